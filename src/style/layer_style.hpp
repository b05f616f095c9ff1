#pragma once
// How one layer is drawn. Every renderer (single, categorized, graduated, rule-based)
// is expanded into an ordered list of rules when the style file is read, so render/
// needs only one drawing path; `renderer` is kept for the legend's presentation.
#include <optional>
#include <string>
#include <vector>

#include "style/label_spec.hpp"
#include "style/rule.hpp"

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
};

}  // namespace ruralatlas::style
