#pragma once
// Where each line of a legend goes: groups flow into balanced columns, and the text shrinks
// (down to the item's min_text_pt) until the columns fit the box. Pure layout: text is
// measured through an interface, so it is tested without fonts; legend_painter draws it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/print_layout.hpp"
#include "render/legend_model.hpp"

namespace ruralatlas::layout {

enum class LegendTextRole { Title, Group, Entry };

class LegendTextMeasure {
 public:
  virtual ~LegendTextMeasure() = default;
  virtual double width_mm(std::string_view text, LegendTextRole role, double text_pt) const = 0;
  virtual double line_height_mm(LegendTextRole role, double text_pt) const = 0;
};

/// LegendCell::entry of a group's nested circles (render::LegendGroup::nested_circles).
inline constexpr std::size_t kNestedCirclesEntry = static_cast<std::size_t>(-1);

/// One line of the legend, placed relative to the box's top-left corner.
struct LegendCell {
  LegendTextRole role = LegendTextRole::Entry;
  std::size_t group = 0;  ///< index into LegendModel::groups
  std::size_t entry = 0;  ///< index into the group's items (Entry only), or kNestedCirclesEntry
  std::string text;       ///< label with its count
  double x_mm = 0, y_mm = 0, height_mm = 0;
  int column = 0;
};

struct LegendPlacement {
  std::vector<LegendCell> cells;
  double text_pt = 0;      ///< size used (≤ the item's text_pt)
  int columns = 0;
  double width_mm = 0, height_mm = 0;  ///< space used
  bool fits = true;        ///< false: even at min_text_pt the legend overflows its box
  double swatch_width_mm = 0, swatch_height_mm = 0, swatch_gap_mm = 0;
};

LegendPlacement place_legend(const render::LegendModel& model, const LegendItem& item, const LegendTextMeasure& measure);

/// Font size of each role for a legend whose entries are `text_pt`: the title 1.25×, group
/// headings 1.1× (bold), entries 1×.
double legend_font_pt(LegendTextRole role, double text_pt);

/// "label (123)" or "label".
std::string legend_entry_text(const render::LegendItem& entry, bool show_counts);

}  // namespace ruralatlas::layout
