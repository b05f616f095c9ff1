#pragma once
// A page and the items placed on it. Every item is placed by a rectangle in millimetres from
// the page's top-left corner and drawn in list order (later items on top). Maps are named:
// a frame shows the PageContent map of that name ("main" unless told otherwise).
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/geometry.hpp"
#include "layout/graticule_spec.hpp"
#include "layout/grid_spec.hpp"
#include "layout/page_spec.hpp"
#include "layout/rect_mm.hpp"
#include "layout/scale_bar_spec.hpp"
#include "style/color.hpp"

namespace ruralatlas::layout {

inline const std::string kMainMap = "main";
inline const std::string kLocatorMap = "locator";

struct MapFrameItem {
  RectMm rect;
  std::string map = kMainMap;             ///< which map of the PageContent
  std::string extent_layer;               ///< frame this layer of the map; empty = the map's extent
  std::optional<core::Envelope> extent;   ///< explicit extent in the map CRS; wins over extent_layer
  std::optional<double> scale_denominator;  ///< fixed 1:N centred on the extent; else fit the extent
  bool round_scale = false;               ///< when fitting, round 1:N up to two significant digits
  double margin_pct = 3.0;                ///< room around the extent, in % of its width/height
  double border_mm = 0.35;                ///< frame line; 0 = none
  style::Color border_color{40, 40, 40};
  std::optional<GridOptions> grid;        ///< a kilometre grid over the map, labelled at its edges
  std::optional<GraticuleOptions> graticule;  ///< meridians and parallels, labelled at its edges
};

enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle, Bottom };

struct TextItem {
  RectMm rect;
  std::string text;  ///< may hold {title}, {subtitle}, {source}, {date}, {crs}, {scale}; wraps
  double size_pt = 9.0;
  bool bold = false;
  Align align = Align::Left;
  VAlign valign = VAlign::Top;
  style::Color color{30, 30, 30};
  bool shrink_to_fit = true;  ///< lower the size (to 60 % at most) when the text overflows its box
};

struct LegendItem {
  RectMm rect;
  std::string map = kMainMap;  ///< whose layers it explains
  std::string title;           ///< heading above all groups; empty = none
  bool show_counts = true;     ///< "(123)" features after each label
  double text_pt = 8.0;
  double min_text_pt = 6.0;    ///< may shrink to this size to fit the box
  int max_columns = 0;         ///< 0 = as many as the width allows
};

struct ScaleBarItem {
  RectMm rect;                 ///< the bar and its labels fit inside
  std::string map = kMainMap;  ///< measures the first frame showing this map
  ScaleBarOptions options;
  bool show_fraction = true;   ///< "1:2,000,000" under the bar
  double text_pt = 7.5;
  double bar_height_mm = 1.6;
};

struct NorthArrowItem {
  RectMm rect;
  std::string label = "N";     ///< drawn above the arrow: "N", "北"
  double rotation_deg = 0;     ///< clockwise from the page's up (grid north of the map CRS)
};

struct LocatorItem {
  RectMm rect;
  std::string map = kLocatorMap;  ///< what the inset shows: usually the whole region
  std::string outline = kMainMap;  ///< the frame of this map is outlined in the inset
  style::Color highlight{215, 48, 31};
  double line_mm = 0.5;
  double border_mm = 0.25;
};

/// A table filled by the pipeline (PageContent::tables), e.g. coverage of the atlas page's
/// township: the first column left-aligned, the others right-aligned (numbers).
struct TableItem {
  RectMm rect;
  std::string table;          ///< which PageContent table it shows
  double text_pt = 7.5;
  double min_text_pt = 5.5;   ///< shrinks to this before rows are cut off (with a warning)
  style::Color header_fill{232, 232, 232};
};

/// A picture (a logo, PNG or JPEG) scaled to fit its box, keeping its proportions.
struct ImageItem {
  RectMm rect;
  std::filesystem::path file;  ///< checked to exist when the layout is read
};

using LayoutItem =
    std::variant<MapFrameItem, TextItem, LegendItem, ScaleBarItem, NorthArrowItem, LocatorItem, TableItem, ImageItem>;

struct PrintLayout {
  PageSpec page;
  std::vector<LayoutItem> items;  ///< drawn in order

  /// The first frame showing `map`, or null.
  const MapFrameItem* first_frame(const std::string& map) const {
    for (const auto& item : items)
      if (const auto* frame = std::get_if<MapFrameItem>(&item); frame && frame->map == map) return frame;
    return nullptr;
  }
  /// The first map frame of all, or null.
  const MapFrameItem* main_frame() const {
    for (const auto& item : items)
      if (const auto* frame = std::get_if<MapFrameItem>(&item)) return frame;
    return nullptr;
  }
};

/// The rectangle of any item.
inline const RectMm& item_rect(const LayoutItem& item) {
  return std::visit([](const auto& it) -> const RectMm& { return it.rect; }, item);
}

}  // namespace ruralatlas::layout
