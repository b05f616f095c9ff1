// Legend flow with a fake text measure: every character is 0.5 mm per 8 pt wide and lines are
// 4 mm per 8 pt high, so positions can be computed by hand.
#include <gtest/gtest.h>

#include "layout/legend_placement.hpp"

using namespace ruralatlas;
using layout::LegendTextRole;

namespace {

class FakeMeasure final : public layout::LegendTextMeasure {
 public:
  double width_mm(std::string_view text, LegendTextRole, double pt) const override {
    return static_cast<double>(text.size()) * 0.5 * pt / 8.0;
  }
  double line_height_mm(LegendTextRole, double pt) const override { return 4.0 * pt / 8.0; }
};

/// `groups` groups of `entries` entries each, labelled "g0", "e0"….
render::LegendModel model_of(int groups, int entries) {
  render::LegendModel model;
  for (int g = 0; g < groups; ++g) {
    render::LegendGroup group;
    group.title = "g" + std::to_string(g);
    for (int e = 0; e < entries; ++e) group.items.push_back({"e" + std::to_string(e), {}, core::GeometryKind::Polygon, 7});
    model.groups.push_back(group);
  }
  return model;
}

layout::LegendItem box(double w_mm, double h_mm) {
  layout::LegendItem item;
  item.rect = {0, 0, w_mm, h_mm};
  item.text_pt = 8;
  item.min_text_pt = 6;
  return item;
}

int columns_of(const layout::LegendPlacement& p) {
  int n = 0;
  for (const auto& c : p.cells) n = std::max(n, c.column + 1);
  return n;
}

}  // namespace

TEST(layout_legend_placement, OneColumnWhenItFits) {
  // At 8 pt: a group heading (8.8 pt) is 4.4 + 0.6 = 5 mm, an entry max(4, 4) + 1.2 = 5.2 mm.
  const auto p = layout::place_legend(model_of(1, 3), box(60, 100), FakeMeasure{});
  EXPECT_TRUE(p.fits);
  EXPECT_EQ(p.columns, 1);
  EXPECT_DOUBLE_EQ(p.text_pt, 8);
  ASSERT_EQ(p.cells.size(), 4u);
  EXPECT_EQ(p.cells[0].role, LegendTextRole::Group);
  EXPECT_EQ(p.cells[1].text, "e0 (7)");
  EXPECT_NEAR(p.cells[1].y_mm, 5, 1e-9);
  EXPECT_NEAR(p.cells[3].y_mm, 5 + 2 * 5.2, 1e-9);
  EXPECT_NEAR(p.height_mm, 5 + 3 * 5.2, 1e-9);
}

TEST(layout_legend_placement, FlowsIntoBalancedColumnsAndKeepsHeadingsWithAnEntry) {
  // 4 groups × 3 entries = 4 × 20.6 mm + 3 gaps of 2.5 = 89.9 mm; 50 mm holds two groups a column.
  const auto p = layout::place_legend(model_of(4, 3), box(100, 50), FakeMeasure{});
  EXPECT_TRUE(p.fits);
  EXPECT_EQ(p.columns, 2);
  EXPECT_DOUBLE_EQ(p.text_pt, 8);
  std::vector<int> per_column(2, 0);
  for (const auto& c : p.cells) {
    EXPECT_LE(c.y_mm + c.height_mm, 50 + 1e-9) << c.text;
    ++per_column[c.column];
  }
  EXPECT_EQ(per_column[0], per_column[1]) << "balanced";
  // A heading is never the last line of a column.
  for (std::size_t i = 0; i < p.cells.size(); ++i)
    if (p.cells[i].role == LegendTextRole::Group) {
      ASSERT_LT(i + 1, p.cells.size());
      EXPECT_EQ(p.cells[i + 1].column, p.cells[i].column) << p.cells[i].text;
      EXPECT_EQ(p.cells[i + 1].role, LegendTextRole::Entry);
    }
  // The second column starts right of the first: widest line 7 + 2 + 3 mm, then a 5 mm gap.
  for (const auto& c : p.cells)
    if (c.column == 1) {
      EXPECT_NEAR(c.x_mm, 12 + 5, 1e-9);
    }
}

TEST(layout_legend_placement, KeepsGroupsWholeWhenTheyFitElseSplitsBeforeShrinking) {
  // Groups of 2, 5 and 2 entries (15.4, 31 and 15.4 mm): balancing entry by entry would
  // break the middle group; whole groups fit two columns of at most 48.9 mm.
  render::LegendModel model = model_of(3, 2);
  for (int e = 2; e < 5; ++e) model.groups[1].items.push_back({"e" + std::to_string(e), {}, core::GeometryKind::Line, 7});
  const auto whole = layout::place_legend(model, box(100, 50), FakeMeasure{});
  EXPECT_TRUE(whole.fits);
  EXPECT_EQ(whole.columns, 2);
  std::vector<int> column_of_group(3, -1);
  for (const auto& c : whole.cells) {
    if (column_of_group[c.group] < 0) column_of_group[c.group] = c.column;
    EXPECT_EQ(c.column, column_of_group[c.group]) << "group " << c.group << " split at " << c.text;
  }

  // One group of 12 entries (67.4 mm) in a 30 mm box: split into columns at full size.
  const auto split = layout::place_legend(model_of(1, 12), box(100, 30), FakeMeasure{});
  EXPECT_TRUE(split.fits);
  EXPECT_DOUBLE_EQ(split.text_pt, 8);
  EXPECT_GE(split.columns, 3);
}

TEST(layout_legend_placement, ShrinksTextToFitThenReportsOverflow) {
  // Too narrow for two columns at 8 pt (12 + 5 + 12 = 29 mm) but not at 7 pt (25.4 mm).
  const auto shrunk = layout::place_legend(model_of(4, 3), box(26, 50), FakeMeasure{});
  EXPECT_TRUE(shrunk.fits);
  EXPECT_LT(shrunk.text_pt, 8);
  EXPECT_GE(shrunk.text_pt, 6);
  EXPECT_LE(shrunk.width_mm, 26 + 1e-9);

  const auto overflow = layout::place_legend(model_of(10, 3), box(20, 30), FakeMeasure{});
  EXPECT_FALSE(overflow.fits);
  EXPECT_DOUBLE_EQ(overflow.text_pt, 6);
}

TEST(layout_legend_placement, TitleOnTopAndColumnLimit) {
  auto item = box(100, 50);
  item.title = "图例";
  const auto p = layout::place_legend(model_of(1, 2), item, FakeMeasure{});
  ASSERT_FALSE(p.cells.empty());
  EXPECT_EQ(p.cells[0].role, LegendTextRole::Title);
  EXPECT_NEAR(p.cells[1].y_mm, 5 + 2, 1e-9) << "title line (10 pt) and gap";

  auto one_column = box(100, 50);
  one_column.max_columns = 1;
  const auto limited = layout::place_legend(model_of(4, 3), one_column, FakeMeasure{});
  EXPECT_EQ(columns_of(limited), 1);
  EXPECT_LT(limited.text_pt, 8) << "shrinks instead of adding a column";
  EXPECT_FALSE(limited.fits) << "89.9 mm at 6 pt is still 67.4 mm";
}

TEST(layout_legend_placement, CountsAreOptional) {
  render::LegendItem entry{"达标 ≥ 90%", {}, core::GeometryKind::Point, 3381};
  EXPECT_EQ(layout::legend_entry_text(entry, true), "达标 ≥ 90% (3381)");
  EXPECT_EQ(layout::legend_entry_text(entry, false), "达标 ≥ 90%");
}
