#include "layout/legend_placement.hpp"

#include <algorithm>
#include <optional>

namespace ruralatlas::layout {

namespace {

constexpr double kReferencePt = 8.0;  // the spacings below are for 8 pt text and scale with it
constexpr double kShrinkStepPt = 0.25;

/// Spacings in millimetres at one text size.
struct Spacing {
  double swatch_w, swatch_h, swatch_gap, row_gap, group_gap, column_gap, title_gap;
  explicit Spacing(double text_pt) {
    const double k = text_pt / kReferencePt;
    swatch_w = 7.0 * k;
    swatch_h = 4.0 * k;
    swatch_gap = 2.0 * k;
    row_gap = 1.2 * k;
    group_gap = 2.5 * k;
    column_gap = 5.0 * k;
    title_gap = 2.0 * k;
  }
};

struct Row {
  LegendTextRole role;
  std::size_t group, entry;
  std::string text;
  double height_mm, width_mm;
  bool first_of_group;  ///< the heading, or the first entry of a group without one
};

/// Rows that must stay together in one column: a group heading with its first entry.
struct Block {
  std::vector<Row> rows;
  bool starts_group = false;
  double height_mm() const {
    double h = 0;
    for (const auto& r : rows) h += r.height_mm;
    return h;
  }
};

struct Flow {
  std::vector<std::vector<const Block*>> columns;
  std::vector<double> column_widths;
  double tallest_mm = 0;
  double width_mm(double column_gap) const {
    double w = 0;
    for (double c : column_widths) w += c;
    return w + column_gap * static_cast<double>(std::max<std::size_t>(column_widths.size(), 1) - 1);
  }
};

/// Greedy: a new column when the next block would pass `cap_mm`, unless `max_columns` (> 0)
/// are in use; then the last column takes the rest and overflows.
Flow flow_into_columns(const std::vector<Block>& blocks, double cap_mm, double group_gap, int max_columns) {
  Flow flow;
  double y = 0;
  for (const auto& block : blocks) {
    const double gap = block.starts_group && !flow.columns.empty() && !flow.columns.back().empty() ? group_gap : 0;
    const bool may_add = max_columns <= 0 || static_cast<int>(flow.columns.size()) < max_columns;
    if (flow.columns.empty() || (may_add && !flow.columns.back().empty() && y + gap + block.height_mm() > cap_mm)) {
      flow.columns.emplace_back();
      flow.column_widths.push_back(0);
      y = 0;
    } else {
      y += gap;
    }
    flow.columns.back().push_back(&block);
    y += block.height_mm();
    flow.tallest_mm = std::max(flow.tallest_mm, y);
    for (const auto& row : block.rows) flow.column_widths.back() = std::max(flow.column_widths.back(), row.width_mm);
  }
  return flow;
}

/// Rows grouped into unbreakable blocks: whole groups, or (split_groups) a heading with its
/// first entry and then single entries.
std::vector<Block> make_blocks(const std::vector<Row>& rows, bool split_groups) {
  std::vector<Block> blocks;
  for (const auto& row : rows) {
    const bool keep_with_previous =
        !row.first_of_group && (!split_groups || blocks.back().rows.back().role == LegendTextRole::Group);
    if (keep_with_previous)
      blocks.back().rows.push_back(row);
    else
      blocks.push_back(Block{{row}, row.first_of_group});
  }
  return blocks;
}

LegendPlacement place_at(const render::LegendModel& model, const LegendItem& item, const LegendTextMeasure& measure,
                         double text_pt) {
  const Spacing sp(text_pt);
  const double entry_pt = legend_font_pt(LegendTextRole::Entry, text_pt);
  const double group_pt = legend_font_pt(LegendTextRole::Group, text_pt);
  const double title_pt = legend_font_pt(LegendTextRole::Title, text_pt);
  const double entry_h = std::max(sp.swatch_h, measure.line_height_mm(LegendTextRole::Entry, entry_pt)) + sp.row_gap;
  const double group_h = measure.line_height_mm(LegendTextRole::Group, group_pt) + sp.row_gap * 0.5;

  std::vector<Row> rows;
  for (std::size_t g = 0; g < model.groups.size(); ++g) {
    const auto& group = model.groups[g];
    if (!group.title.empty())
      rows.push_back({LegendTextRole::Group, g, 0, group.title, group_h,
                      measure.width_mm(group.title, LegendTextRole::Group, group_pt), true});
    if (const auto& circles = group.nested_circles) {
      double label_w = 0;
      for (const auto& c : circles->circles)
        label_w = std::max(label_w, measure.width_mm(c.label, LegendTextRole::Entry, entry_pt));
      const double line_h = measure.line_height_mm(LegendTextRole::Entry, entry_pt);
      rows.push_back({LegendTextRole::Entry, g, kNestedCirclesEntry, {}, circles->height_mm(line_h) + sp.row_gap,
                      circles->width_mm(label_w), group.title.empty()});
    }
    for (std::size_t e = 0; e < group.items.size(); ++e) {
      auto text = legend_entry_text(group.items[e], item.show_counts);
      const double w = sp.swatch_w + sp.swatch_gap + measure.width_mm(text, LegendTextRole::Entry, entry_pt);
      rows.push_back({LegendTextRole::Entry, g, e, std::move(text), entry_h, w,
                      e == 0 && group.title.empty() && !group.nested_circles});
    }
  }

  LegendPlacement out;
  out.text_pt = text_pt;
  out.swatch_width_mm = sp.swatch_w;
  out.swatch_height_mm = sp.swatch_h;
  out.swatch_gap_mm = sp.swatch_gap;
  double top = 0, title_w = 0;
  if (!item.title.empty()) {
    const double h = measure.line_height_mm(LegendTextRole::Title, title_pt);
    title_w = measure.width_mm(item.title, LegendTextRole::Title, title_pt);
    out.cells.push_back({LegendTextRole::Title, 0, 0, item.title, 0, 0, h, 0});
    top = h + sp.title_gap;
  }
  const double box_w = item.rect.width_mm, box_h = item.rect.height_mm;
  const double room_h = box_h - top;
  auto fits = [&](const Flow& f) {
    const auto n = static_cast<int>(f.columns.size());
    return f.tallest_mm <= room_h + 1e-9 && std::max(f.width_mm(sp.column_gap), title_w) <= box_w + 1e-9 &&
           (item.max_columns <= 0 || n <= item.max_columns);
  };

  // Whole groups if they fit, else groups may break between entries.
  std::vector<Block> blocks;
  Flow flow;
  for (bool split : {false, true}) {
    blocks = make_blocks(rows, split);
    flow = flow_into_columns(blocks, room_h, sp.group_gap, item.max_columns);
    out.fits = fits(flow);
    if (out.fits) break;
  }
  if (out.fits && flow.columns.size() > 1) {
    // Balance: the lowest column height that still needs no more columns.
    double lo = 0, hi = room_h;
    for (const auto& b : blocks) lo = std::max(lo, b.height_mm());
    for (int i = 0; i < 40 && hi - lo > 0.05; ++i) {
      const double mid = (lo + hi) / 2;
      const Flow trial = flow_into_columns(blocks, mid, sp.group_gap, item.max_columns);
      if (trial.columns.size() <= flow.columns.size() && trial.tallest_mm <= room_h + 1e-9)
        hi = mid;
      else
        lo = mid;
    }
    Flow balanced = flow_into_columns(blocks, hi, sp.group_gap, item.max_columns);
    if (fits(balanced) && balanced.columns.size() == flow.columns.size()) flow = std::move(balanced);
  }

  double x = 0;
  for (std::size_t c = 0; c < flow.columns.size(); ++c) {
    double y = top;
    for (std::size_t b = 0; b < flow.columns[c].size(); ++b) {
      const Block& block = *flow.columns[c][b];
      if (block.starts_group && b > 0) y += sp.group_gap;
      for (const auto& row : block.rows) {
        out.cells.push_back({row.role, row.group, row.entry, row.text, x, y, row.height_mm, static_cast<int>(c)});
        y += row.height_mm;
      }
    }
    x += flow.column_widths[c] + sp.column_gap;
  }
  out.columns = static_cast<int>(flow.columns.size());
  out.width_mm = std::max(flow.width_mm(sp.column_gap), title_w);
  out.height_mm = top + flow.tallest_mm;
  return out;
}

}  // namespace

double legend_font_pt(LegendTextRole role, double text_pt) {
  switch (role) {
    case LegendTextRole::Title: return text_pt * 1.25;
    case LegendTextRole::Group: return text_pt * 1.1;
    case LegendTextRole::Entry: break;
  }
  return text_pt;
}

std::string legend_entry_text(const render::LegendItem& entry, bool show_counts) {
  if (!show_counts) return entry.label;
  return entry.label + " (" + std::to_string(entry.feature_count) + ")";
}

LegendPlacement place_legend(const render::LegendModel& model, const LegendItem& item, const LegendTextMeasure& measure) {
  const double largest = item.text_pt, smallest = std::min(item.min_text_pt > 0 ? item.min_text_pt : largest, largest);
  for (double pt = largest; pt >= smallest - 1e-9; pt -= kShrinkStepPt) {
    auto placement = place_at(model, item, measure, pt);
    if (placement.fits) return placement;
  }
  return place_at(model, item, measure, smallest);
}

}  // namespace ruralatlas::layout
