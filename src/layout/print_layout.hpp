#pragma once
// A page and the items placed on it, in millimetres from the top-left corner.
#include <string>
#include <variant>
#include <vector>

#include "layout/page_spec.hpp"
#include "style/color.hpp"

namespace ruralatlas::layout {

struct RectMm {
  double x_mm = 0, y_mm = 0, width_mm = 0, height_mm = 0;
};

struct MapFrameItem {
  RectMm rect;
  double margin_pct = 3.0;  ///< space around the extent layer, in % of the extent
  bool border = true;
};

enum class Align { Left, Center, Right };

struct TextItem {
  RectMm rect;
  std::string text;  ///< may hold {title}, {subtitle}, {date}, {source}, {crs}, {scale}
  double size_pt = 9.0;
  bool bold = false;
  Align align = Align::Left;
  style::Color color{30, 30, 30};
};

struct LegendItem {
  RectMm rect;
  std::string title;  ///< heading above all groups; empty = none
  bool show_counts = true;
  double text_pt = 8.0;
};

struct ScaleBarItem {
  RectMm rect;  ///< the bar is at most rect.width_mm long
};

struct NorthArrowItem {
  RectMm rect;
};

struct LocatorItem {
  RectMm rect;
  style::Color highlight{215, 48, 31};
};

using LayoutItem = std::variant<MapFrameItem, TextItem, LegendItem, ScaleBarItem, NorthArrowItem, LocatorItem>;

struct PrintLayout {
  PageSpec page;
  std::vector<LayoutItem> items;  ///< drawn in order
};

}  // namespace ruralatlas::layout
