#pragma once
// What a legend shows, built from the styles of a map; layout/ draws it.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "render/nested_circles.hpp"
#include "render/styled_layer.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

struct LegendItem {
  std::string label;
  std::vector<style::Symbol> symbols;
  core::GeometryKind kind = core::GeometryKind::None;  ///< of the layer: how to draw the swatch
  std::size_t feature_count = 0;                       ///< features of the whole layer the rule draws
};

struct LegendGroup {
  std::string title;
  /// Proportional circles (a graduated-size style of circle markers): its classes drawn
  /// nested, above `items`, which then hold only its other rules (no data).
  std::optional<NestedCirclesLegend> nested_circles;
  std::vector<LegendItem> items;
};

struct LegendModel {
  std::vector<LegendGroup> groups;
};

/// One group per layer whose style has show_in_legend, top layer first, one item per rule in
/// rule order, each with the number of the layer's features it draws (a feature drawn by two
/// stacked rules counts in both; else rules count what no other rule took). Filters must be
/// bound. A graduated-size style of circles gets nested circles instead of one item per class.
LegendModel build_legend(std::span<const StyledLayer> layers);

}  // namespace ruralatlas::render
