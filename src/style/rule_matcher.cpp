#include "style/rule_matcher.hpp"

namespace ruralatlas::style {

void match_rules(const LayerStyle& style, const std::vector<core::Value>& attributes, std::vector<std::size_t>& out) {
  out.clear();
  for (std::size_t i = 0; i < style.rules.size(); ++i) {
    const auto& rule = style.rules[i];
    if (!rule.is_else && (!rule.filter || rule.filter->matches(attributes))) out.push_back(i);
  }
  if (!out.empty()) return;
  for (std::size_t i = 0; i < style.rules.size(); ++i)
    if (style.rules[i].is_else) out.push_back(i);
}

}  // namespace ruralatlas::style
