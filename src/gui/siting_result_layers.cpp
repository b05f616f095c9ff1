#include "gui/siting_result_layers.hpp"

#include "project/style_file.hpp"

namespace ruralatlas::gui {

namespace {

constexpr style::Color kNewSiteRed{0xcb, 0x18, 0x1d};
constexpr style::Color kExistingBlue{0x21, 0x71, 0xb5};
constexpr style::Color kBeyondGrey{0x73, 0x73, 0x73};

style::LineSymbol line_symbol(style::Color color, double width_mm, std::vector<double> dash_mm = {}) {
  style::LineSymbol line;
  line.color = color;
  line.width_mm = width_mm;
  line.dash_mm = std::move(dash_mm);
  return line;
}

style::Rule line_rule(const std::string& label, const std::string& filter, style::LineSymbol line, int level) {
  style::Rule rule;
  rule.label = label;
  rule.filter = style::Filter::parse(filter);
  rule.symbols.push_back(std::move(line));
  rule.level = level;
  return rule;
}

style::LayerStyle allocation_style(const core::Layer& layer, const SitingLegendTexts& labels) {
  style::LayerStyle s;
  s.layer = layer.name;
  s.title = labels.allocations;
  s.renderer = style::RendererKind::RuleBased;
  if (layer.field_index("covered")) {
    s.rules.push_back(line_rule(labels.new_within, "covered = 1 and site_kind = 'new'", line_symbol(kNewSiteRed, 0.6), 2));
    s.rules.push_back(line_rule(labels.existing_within, "covered = 1 and site_kind = 'existing'", line_symbol(kExistingBlue, 0.6), 2));
    s.rules.push_back(line_rule(labels.beyond, "covered = 0", line_symbol(kBeyondGrey, 0.4, {1.2, 0.8}), 1));
  } else {  // no threshold: every line is an allocation, by the kind of site
    s.rules.push_back(line_rule(labels.new_within, "site_kind = 'new'", line_symbol(kNewSiteRed, 0.6), 2));
    s.rules.push_back(line_rule(labels.existing_within, "site_kind = 'existing'", line_symbol(kExistingBlue, 0.6), 2));
  }
  project::bind_style(s, layer, {});
  return s;
}

style::LayerStyle site_style(const core::Layer& layer, const SitingLegendTexts& labels) {
  style::LayerStyle s;
  s.layer = layer.name;
  s.title = labels.sites;
  style::Rule ring;
  ring.label = labels.sites;
  // White-cased and hollow, so a demand circle under a chosen site shows through.
  ring.symbols.push_back(style::MarkerSymbol{style::MarkerShape::Circle, 6.0, std::nullopt, style::Color{255, 255, 255}, 1.1});
  ring.symbols.push_back(style::MarkerSymbol{style::MarkerShape::Circle, 6.0, std::nullopt, kNewSiteRed, 0.6});
  s.rules.push_back(std::move(ring));
  style::LabelSpec label;
  label.field = "name";
  label.bold = true;
  label.color = {0x67, 0x00, 0x0d};
  label.halo_mm = 0.5;
  label.priority = 90;
  if (layer.field_index("name")) s.labels = label;
  project::bind_style(s, layer, {});
  return s;
}

project::MapLayer map_layer(core::Layer layer, const SitingLegendTexts& labels, bool sites) {
  project::MapLayer m;
  auto shared = std::make_shared<const core::Layer>(std::move(layer));
  m.style = sites ? site_style(*shared, labels) : allocation_style(*shared, labels);
  m.layer = std::move(shared);
  return m;
}

}  // namespace

std::vector<project::MapLayer> siting_result_layers(const project::SitingOutcome& outcome, const SitingLegendTexts& labels) {
  return {map_layer(outcome.allocations, labels, false), map_layer(outcome.chosen_sites, labels, true)};
}

}  // namespace ruralatlas::gui
