#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "style/filter.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

/// Draw `symbols` (bottom to top) for features that match `filter`. A rule without a
/// filter matches everything; an `else` rule matches features no non-else rule took.
/// Every matching rule draws (rules stack, e.g. a colour and a hatch overlay).
struct Rule {
  std::string label;  ///< legend text
  std::optional<Filter> filter;
  bool is_else = false;
  std::vector<Symbol> symbols;
  /// Drawing order ("symbol levels"): rules of a lower level are drawn first, ties in rule
  /// order. The legend keeps rule order, so county roads can be listed first yet drawn on top.
  int level = 0;
  /// Categorized styles: the values of the style's field this rule's filter matches, kept so
  /// the style can be written back as categories. Empty for other rules.
  std::vector<std::string> values;
  std::size_t feature_count = 0;  ///< features classified into the rule, when known (graduated)
};

}  // namespace ruralatlas::style
