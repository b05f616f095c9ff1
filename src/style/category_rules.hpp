#pragma once
// The rules of a categorized style made from chosen values (the desktop app's style panel):
// one class per value in its own colour, and one "other" class for the rest.
#include <optional>
#include <string>
#include <vector>

#include "style/color.hpp"
#include "style/rule.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

struct Category {
  std::string value;  ///< a value of the style's field; also the legend text
  Color color;
};

/// One rule per category (filter `field = 'value'`, the template symbol in its colour), in
/// order; then, with `other`, an else rule "其他" in that colour for features with any other
/// value or none. Filters are not bound.
std::vector<Rule> category_rules(const std::string& field, const std::vector<Category>& categories,
                                 const Symbol& template_symbol, const std::optional<Color>& other);

}  // namespace ruralatlas::style
