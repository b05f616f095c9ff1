#include "render/legend_model.hpp"

#include "style/rule_matcher.hpp"

namespace ruralatlas::render {

LegendModel build_legend(std::span<const StyledLayer> layers) {
  LegendModel model;
  std::vector<std::size_t> matched;
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    if (!it->layer || !it->style || !it->style->show_in_legend) continue;
    const auto& style = *it->style;
    std::vector<std::size_t> counts(style.rules.size(), 0);
    for (const auto& feature : it->layer->features) {
      style::match_rules(style, feature.attributes, matched);
      for (auto r : matched) ++counts[r];
    }
    LegendGroup group;
    group.title = style.title;
    for (std::size_t r = 0; r < style.rules.size(); ++r) {
      const auto& rule = style.rules[r];
      group.items.push_back({rule.label, rule.symbols, it->layer->geometry_kind, counts[r]});
    }
    model.groups.push_back(std::move(group));
  }
  return model;
}

}  // namespace ruralatlas::render
