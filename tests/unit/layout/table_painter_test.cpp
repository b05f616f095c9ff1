// Table items and the atlas focus mask, drawn on the square test page (layout_fixture.hpp),
// where every position on paper is known by hand.
#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/page_exporter.hpp"
#include "layout_fixture.hpp"

using namespace ruralatlas;

namespace {

constexpr double kDpi = 254;  // 10 px per mm
constexpr double kPxPerMm = kDpi / 25.4;

QColor pixel_at(const QImage& image, double x_mm, double y_mm) {
  return image.pixelColor(static_cast<int>(x_mm * kPxPerMm), static_cast<int>(y_mm * kPxPerMm));
}

layout::TableData coverage_rows(std::size_t rows) {
  layout::TableData table;
  table.header = {"乡镇", "行政村", "达标", "达标率"};
  for (std::size_t r = 0; r < rows; ++r) table.rows.push_back({"城关镇", "12", "9", "75.0%"});
  return table;
}

/// The square page with a table item at (240, 205) mm of the given size showing `rows` rows.
struct TablePage : test::SquarePage {
  TablePage(double width_mm, double height_mm, std::size_t rows) {
    layout::TableItem table;
    table.rect = {240, 205, width_mm, height_mm};
    table.table = "coverage";
    table.text_pt = 8;
    table.min_text_pt = 6;
    page.items.push_back(table);
    content.tables["coverage"] = coverage_rows(rows);
  }
};

bool has_warning(const layout::PageStats& stats, const std::string& part) {
  for (const auto& w : stats.warnings)
    if (w.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(layout_table, FitsAtItsSizeWithShadedHeader) {
  TablePage f(80, 20, 2);  // 3 rows of about 4.5 mm at 8 pt: fits
  layout::PageStats stats;
  const QImage image = layout::render_page_image(f.page, f.content, kDpi, &stats);
  EXPECT_FALSE(has_warning(stats, "table")) << (stats.warnings.empty() ? "" : stats.warnings.front());
  const QColor header = pixel_at(image, 240.3, 205.3);  // top-left corner of the header row
  EXPECT_EQ(header, QColor(232, 232, 232));
  const QColor below = pixel_at(image, 240.3, 224.8);   // under the last row, still in the box
  EXPECT_EQ(below, QColor(Qt::white));
}

TEST(layout_table, ShrinksTextBeforeLeavingRowsOut) {
  TablePage f(80, 18, 3);  // 4 rows need about 19 mm at 8 pt, about 14 mm at 6 pt
  layout::PageStats stats;
  layout::render_page_image(f.page, f.content, kDpi, &stats);
  EXPECT_TRUE(has_warning(stats, "table 'coverage' text shrunk from 8.0 to")) << stats.warnings.size();
  EXPECT_FALSE(has_warning(stats, "left out"));
}

TEST(layout_table, RowsThatDoNotFitAreReportedNotSilentlyClipped) {
  TablePage f(80, 12, 40);  // room for 2 or 3 rows at 6 pt
  layout::PageStats stats;
  layout::render_page_image(f.page, f.content, kDpi, &stats);
  EXPECT_TRUE(has_warning(stats, "rows left out")) << (stats.warnings.empty() ? "" : stats.warnings.front());
}

TEST(layout_table, MissingTableIsAConfigError) {
  TablePage f(80, 20, 2);
  f.content.tables.clear();
  try {
    layout::render_page_image(f.page, f.content, kDpi);
    FAIL() << "no error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("table 'coverage'"), std::string::npos) << e.what();
  }
}

TEST(layout_focus_mask, WashesOutEverythingOutsideThePagesFeature) {
  test::SquarePage f;
  // The focus is the left half of the red square: map x 0–5000, paper x 70–120 mm.
  core::Polygon left_half;
  boost::geometry::read_wkt("POLYGON((0 0,0 10000,5000 10000,5000 0,0 0))", left_half);
  boost::geometry::correct(left_half);
  const core::MultiPolygon focus{left_half};
  f.content.maps[layout::kMainMap] = {f.layers, f.content.map_extent, 1.0, &focus, {}};
  const QImage image = layout::render_page_image(f.page, f.content, kDpi);
  EXPECT_EQ(pixel_at(image, 95, 145), QColor(255, 0, 0)) << "inside the focus: as styled";
  const QColor washed = pixel_at(image, 145, 145);  // the right half of the square
  EXPECT_EQ(washed.red(), 255);
  EXPECT_NEAR(washed.green(), 165, 3) << "red under translucent white";
  const QColor edge = pixel_at(image, 120, 145);  // the focus outline
  EXPECT_LT(edge.red(), 120);
}
