#pragma once
// A graduated renderer as written in a style file. Its classes depend on the data, so it is
// kept beside the rules and expanded into them (classify_graduated) once the layer is loaded.
#include <optional>
#include <string>
#include <vector>

#include "style/class_labels.hpp"
#include "style/color.hpp"
#include "style/rule.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

struct GraduatedSpec {
  std::string method = "jenks";  ///< classification method id (classification_registry.hpp)
  int classes = 5;               ///< ignored by "manual"
  std::vector<double> breaks;    ///< inner breaks for "manual"
  std::string ramp = "YlOrRd";   ///< ColorBrewer scheme for graduated colour
  bool reverse_ramp = false;
  std::vector<Color> colors;  ///< the map maker's own colours (a ramp through them); overrides `ramp`
  Symbol symbol;              ///< template: each class gets a copy with its colour or size
  double min_size_mm = 1.0;   ///< graduated size: marker size or line width of the first class
  double max_size_mm = 4.0;   ///< ... and of the last
  ClassLabelFormat label_format;
  std::optional<Rule> no_data;  ///< else rule for features whose value is missing or not a number
};

}  // namespace ruralatlas::style
