#pragma once
// A categorized renderer whose categories come from the data (`categories: auto`): one class
// per distinct value of the field, coloured from a ramp. Expanded into rules once the layer
// is loaded (classify_unique_values).
#include <map>
#include <string>
#include <vector>

#include "style/color.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

struct UniqueValuesSpec {
  Symbol symbol;               ///< template: each value gets a copy in its colour
  std::string ramp = "Set2";   ///< qualitative ColorBrewer scheme ...
  std::vector<Color> colors;   ///< ... or the map maker's own colours, in value order
  std::map<std::string, std::string> labels;  ///< legend text for some values (else the value)
  /// More values than this is an error: nobody can tell 10,000 colours apart, and such a
  /// field is an id or a measurement, not a category.
  int max_categories = 12;
};

}  // namespace ruralatlas::style
