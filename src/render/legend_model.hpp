#pragma once
// What a legend shows, built from the styles of a map; layout/ draws it.
#include <span>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "render/styled_layer.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

struct LegendItem {
  std::string label;
  std::vector<style::Symbol> symbols;
  core::GeometryKind kind = core::GeometryKind::None;
  std::size_t feature_count = 0;
};

struct LegendGroup {
  std::string title;
  std::vector<LegendItem> items;
};

struct LegendModel {
  std::vector<LegendGroup> groups;
};

/// One group per layer whose style has show_in_legend, top layer first; counts features per rule.
LegendModel build_legend(std::span<const StyledLayer> layers);

}  // namespace ruralatlas::render
