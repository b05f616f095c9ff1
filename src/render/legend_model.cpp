#include "render/legend_model.hpp"

#include "style/rule_matcher.hpp"

namespace ruralatlas::render {

namespace {

/// The circle of a class rule, if the rule draws exactly one circle marker.
const style::MarkerSymbol* class_circle(const style::Rule& rule) {
  if (rule.is_else || rule.symbols.size() != 1) return nullptr;
  const auto* marker = std::get_if<style::MarkerSymbol>(&rule.symbols.front());
  return marker && marker->shape == style::MarkerShape::Circle ? marker : nullptr;
}

/// Nested circles for the class rules of a graduated-size style of circles, else nullopt.
std::optional<NestedCirclesLegend> nested_circles_of(const style::LayerStyle& style) {
  if (style.renderer != style::RendererKind::GraduatedSize) return std::nullopt;
  NestedCirclesLegend legend;
  for (const auto& rule : style.rules)
    if (const auto* circle = class_circle(rule)) {
      legend.symbol = *circle;
      legend.circles.push_back({circle->size_mm, rule.label});
    }
  if (legend.circles.size() < 2) return std::nullopt;
  return legend;
}

}  // namespace

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
    group.nested_circles = nested_circles_of(style);
    for (std::size_t r = 0; r < style.rules.size(); ++r) {
      const auto& rule = style.rules[r];
      if (group.nested_circles && class_circle(rule)) continue;
      group.items.push_back({rule.label, rule.symbols, it->layer->geometry_kind, counts[r]});
    }
    model.groups.push_back(std::move(group));
  }
  return model;
}

}  // namespace ruralatlas::render
