#pragma once
// How one layer is drawn. Every renderer (single, categorized, graduated, rule-based)
// is expanded into an ordered list of rules, so render/ needs only one drawing path;
// `renderer` is kept for the legend's presentation. Graduated renderers are expanded when
// the layer's data is known (classify_graduated), and so are categories taken from the data
// (classify_unique_values); until then `rules` is empty.
#include <optional>
#include <string>
#include <vector>

#include "style/classification_method.hpp"
#include "style/graduated_spec.hpp"
#include "style/label_spec.hpp"
#include "style/rule.hpp"
#include "style/unique_values_spec.hpp"

namespace ruralatlas::style {

enum class RendererKind { Single, Categorized, GraduatedColor, GraduatedSize, RuleBased };

struct LayerStyle {
  std::string layer;  ///< name of the layer it draws
  std::string title;  ///< legend heading
  RendererKind renderer = RendererKind::Single;
  std::string field;  ///< classified field, for categorized/graduated
  std::vector<Rule> rules;
  std::optional<LabelSpec> labels;
  double opacity = 1.0;
  std::optional<double> min_scale_denominator;  ///< hidden when zoomed in beyond 1:N
  std::optional<double> max_scale_denominator;  ///< hidden when zoomed out beyond 1:N
  bool show_in_legend = true;

  std::optional<GraduatedSpec> graduated;        ///< GraduatedColor/GraduatedSize: the spec
  std::optional<Classification> classification;  ///< ... and the classes made from the data
  std::optional<UniqueValuesSpec> unique_values;  ///< Categorized from the data: expanded when bound

  /// What binding the style to its data had to work around (merged classes, a no-data
  /// fallback), for the render report.
  std::vector<std::string> warnings;

  bool is_graduated() const {
    return renderer == RendererKind::GraduatedColor || renderer == RendererKind::GraduatedSize;
  }
  /// Drawn at 1:scale_denominator?
  bool visible_at(double scale_denominator) const {
    return !(min_scale_denominator && scale_denominator < *min_scale_denominator) &&
           !(max_scale_denominator && scale_denominator > *max_scale_denominator);
  }
};

}  // namespace ruralatlas::style
