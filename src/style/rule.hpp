#pragma once
#include <optional>
#include <string>
#include <vector>

#include "style/filter.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

/// Draw `symbols` (bottom to top) for features that match `filter`. A rule without a
/// filter matches everything; an `else` rule matches features no earlier non-else rule took.
struct Rule {
  std::string label;  ///< legend text
  std::optional<Filter> filter;
  bool is_else = false;
  std::vector<Symbol> symbols;
  std::size_t feature_count = 0;  ///< filled by the renderer/legend model when counted
};

}  // namespace ruralatlas::style
