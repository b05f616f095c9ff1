#include "style/category_rules.hpp"

#include "style/filter.hpp"
#include "style/symbol_color.hpp"

namespace ruralatlas::style {

std::vector<Rule> category_rules(const std::string& field, const std::vector<Category>& categories,
                                 const Symbol& template_symbol, const std::optional<Color>& other) {
  const auto reference = Filter::field_reference(field);
  std::vector<Rule> rules;
  for (const auto& category : categories) {
    Rule rule;
    rule.label = category.value;
    rule.filter = Filter::parse(reference + " = " + Filter::text_literal(category.value));
    rule.values = {category.value};
    rule.symbols = {recolored(template_symbol, category.color)};
    rules.push_back(std::move(rule));
  }
  if (other) {
    Rule rule;
    rule.label = "其他";  // as a style file's `else:` category is labelled by default
    rule.is_else = true;
    rule.symbols = {recolored(template_symbol, *other)};
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace ruralatlas::style
