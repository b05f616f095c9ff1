// The tiny synthetic page (layout_fixture.hpp) exported to PNG, PDF and SVG, checked with
// pixel probes at positions computed by hand, poppler's pdfinfo/pdftotext/pdftoppm, and
// Qt's SVG parser.
#include <fstream>
#include <functional>
#include <regex>

#include <QImage>
#include <QSvgRenderer>
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/page_exporter.hpp"
#include "layout_fixture.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

constexpr double kPxPerMm = 4.0;
constexpr double kDpi = kPxPerMm * 25.4;

int px(double mm) { return static_cast<int>(mm * kPxPerMm); }
bool is_red(QColor c) { return c.red() > 200 && c.green() < 60 && c.blue() < 60; }
bool is_white(QColor c) { return c.red() > 250 && c.green() > 250 && c.blue() > 250; }
bool is_dark(QColor c) { return c.lightness() < 80; }

/// Red pixels on row y_mm between x0_mm and x1_mm, and the first one.
std::pair<int, int> red_run(const QImage& image, double y_mm, double x0_mm, double x1_mm) {
  int count = 0, first = -1;
  for (int x = px(x0_mm); x < px(x1_mm); ++x)
    if (is_red(image.pixelColor(x, px(y_mm)))) {
      if (first < 0) first = x;
      ++count;
    }
  return {count, first};
}

void keep(const std::filesystem::path& file) {
  if (const char* dir = std::getenv("RA_KEEP_TEST_OUTPUT"))
    std::filesystem::copy_file(file, std::filesystem::path(dir) / file.filename(),
                               std::filesystem::copy_options::overwrite_existing);
}

std::size_t count_files(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

}  // namespace

TEST(layout_page_export, PngPixelsWhereTheyBelong) {
  test::SquarePage f;
  test::TempDir dir;
  const auto stats = layout::export_png(dir / "page.png", f.page, f.content, kDpi);
  keep(dir / "page.png");
  QImage image(QString::fromStdString((dir / "page.png").string()));
  ASSERT_EQ(image.width(), 1680);  // A3 landscape at 4 px/mm
  ASSERT_EQ(image.height(), 1188);
  EXPECT_NEAR(stats.scale_denominator, 100'000, 1e-6);
  EXPECT_TRUE(stats.warnings.empty()) << stats.warnings.front();

  // The square spans (70, 95)–(170, 195) mm.
  EXPECT_TRUE(is_red(image.pixelColor(px(120), px(145)))) << "centre of the square";
  EXPECT_TRUE(is_red(image.pixelColor(px(71), px(96)))) << "inside its top-left corner";
  EXPECT_TRUE(is_red(image.pixelColor(px(169), px(194)))) << "inside its bottom-right corner";
  EXPECT_TRUE(is_white(image.pixelColor(px(68), px(145)))) << "frame, left of the square";
  EXPECT_TRUE(is_white(image.pixelColor(px(120), px(197)))) << "frame, below the square";
  EXPECT_TRUE(is_white(image.pixelColor(px(25), px(25)))) << "frame corner";
  EXPECT_TRUE(is_white(image.pixelColor(px(5), px(5)))) << "page margin";
  EXPECT_TRUE(is_white(image.pixelColor(px(415), px(292)))) << "page margin";
  EXPECT_TRUE(is_white(image.pixelColor(px(230), px(145)))) << "between frame and panel";
  int border = 255;
  for (int x = px(20) - 2; x <= px(20) + 2; ++x) border = std::min(border, image.pixelColor(x, px(145)).lightness());
  EXPECT_LT(border, 128) << "frame border at x = 20 mm";

  const auto [red_px, red_left] = red_run(image, 145, 20, 220);
  EXPECT_NEAR(red_px, px(100), 2) << "10 km at 1:100,000 = 100 mm";
  EXPECT_NEAR(red_left, px(70), 1);

  // Scale bar in (240, 230)–(330, 250): about 83 mm of room = 8.3 km → a 5 km bar of 50 mm,
  // ticks 0 0.5 1 2 3 4 5 km: black 0–5 mm, white 5–10, black 10–20, white 20–30, ….
  // The bar's rows: at least 40 % dark (the outlines are all dark, the inside half); labels
  // above and the fraction below are thin text.
  std::vector<int> dark_per_row;
  for (int y = px(230); y < px(250); ++y) {
    int dark = 0;
    for (int x = px(240); x < px(330); ++x) dark += is_dark(image.pixelColor(x, y));
    dark_per_row.push_back(dark);
  }
  const int most = *std::max_element(dark_per_row.begin(), dark_per_row.end());
  int first_row = -1, last_row = -1;
  for (int i = 0; i < static_cast<int>(dark_per_row.size()); ++i) {
    if (dark_per_row[i] >= most * 0.4 && (first_row < 0 || last_row == i - 1)) {
      if (first_row < 0) first_row = i;
      last_row = i;
    }
  }
  ASSERT_GE(first_row, 0);
  const int bar_row = px(230) + (first_row + last_row) / 2;  // inside the bar
  const int outline_row = px(230) + first_row;              // its top edge, dark end to end
  EXPECT_NEAR((last_row - first_row + 1) / kPxPerMm, 1.6 + 0.2, 0.5) << "bar height";
  int left = -1, right = -1;
  for (int x = px(240); x < px(330); ++x)
    if (is_dark(image.pixelColor(x, outline_row))) {
      if (left < 0) left = x;
      right = x;
    }
  const int bar_px = right - left;
  EXPECT_NEAR(bar_px, px(50), 2) << "5 km at 1:100,000 = 50 mm (+ 0.2 mm of outline)";
  EXPECT_NEAR(left, px(240), px(2)) << "the bar starts at the box's left";
  auto at = [&](double mm_from_left) { return image.pixelColor(left + px(mm_from_left), bar_row); };
  EXPECT_TRUE(is_dark(at(2.5))) << "first half-segment black";
  EXPECT_TRUE(is_white(at(7.5))) << "second half-segment white";
  EXPECT_TRUE(is_dark(at(15))) << "1–2 km black";
  EXPECT_TRUE(is_white(at(25))) << "2–3 km white";
  EXPECT_TRUE(is_dark(at(35)));
  EXPECT_TRUE(is_white(at(45)));
  // True at print size, against the map itself: the 10 km square is twice the 5 km bar.
  EXPECT_NEAR(static_cast<double>(red_px) / bar_px, 2.0, 0.03);

  // The legend's red swatch sits in the legend box, at its left.
  int swatch = 0, stray = 0;
  for (int y = px(60); y < px(200); ++y)
    for (int x = px(240); x < px(400); ++x)
      if (is_red(image.pixelColor(x, y))) {
        if (x < px(248))
          ++swatch;
        else
          ++stray;
      }
  EXPECT_GT(swatch, 150) << "about 6 × 3 mm of red";
  EXPECT_EQ(stray, 0);
}

TEST(layout_page_export, MapIsClippedToItsFrame) {
  test::SquarePage f;
  // At 1:20,000 the 10 km square is 500 mm wide: it must stop at the frame's edges.
  std::get<layout::MapFrameItem>(f.page.items[0]).scale_denominator = 20'000;
  const QImage image = layout::render_page_image(f.page, f.content, kDpi);
  EXPECT_TRUE(is_red(image.pixelColor(px(22), px(22)))) << "frame corner";
  EXPECT_TRUE(is_red(image.pixelColor(px(218), px(268)))) << "opposite frame corner";
  EXPECT_TRUE(is_white(image.pixelColor(px(230), px(145)))) << "right of the frame";
  EXPECT_TRUE(is_white(image.pixelColor(px(120), px(275)))) << "below the frame";
  EXPECT_TRUE(is_white(image.pixelColor(px(10), px(145)))) << "left of the frame";
}

TEST(layout_page_export, LocatorOutlinesTheMainFrame) {
  test::SquarePage f;
  // The inset shows 50 km around the square in grey; the main frame (20 × 25 km around the
  // square's centre) is outlined in red.
  style::LayerStyle grey = f.style;
  std::get<style::FillSymbol>(grey.rules[0].symbols[0]).fill = style::Color{200, 200, 200};
  const std::vector<render::StyledLayer> locator{{&f.layer, &grey}};
  f.content.locator_layers = locator;
  f.content.locator_extent = core::Envelope{{-20'000, -20'000}, {30'000, 30'000}};
  layout::LocatorItem inset;
  inset.rect = {340, 200, 60, 60};
  f.page.items.push_back(inset);
  layout::PageStats stats;
  const QImage image = layout::render_page_image(f.page, f.content, kDpi, &stats);
  // 54 km (50 + 4 % margins) in 60 mm: 1 km = 1.111 mm, centre (5, 5) km at (370, 230) mm.
  const double mm_per_km = 60.0 / 54.0;
  auto red_near = [&](double x_mm, double y_mm) {
    for (int dx = -3; dx <= 3; ++dx)
      for (int dy = -3; dy <= 3; ++dy)
        if (image.pixelColor(px(x_mm) + dx, px(y_mm) + dy).red() > 180 &&
            image.pixelColor(px(x_mm) + dx, px(y_mm) + dy).green() < 120)
          return true;
    return false;
  };
  EXPECT_TRUE(red_near(370 - 10 * mm_per_km, 230)) << "left edge of the outline";
  EXPECT_TRUE(red_near(370 + 10 * mm_per_km, 230)) << "right edge";
  EXPECT_TRUE(red_near(370, 230 - 12.5 * mm_per_km)) << "top edge";
  EXPECT_FALSE(red_near(370, 230)) << "grey square inside, not red";
  EXPECT_FALSE(red_near(370 - 15 * mm_per_km, 230)) << "outside the outline";
}

TEST(layout_page_export, PdfIsOneA3PageWithSearchableChineseText) {
  test::SquarePage f;
  test::TempDir dir;
  const auto pdf = dir / "page.pdf";
  layout::export_pdf(pdf, f.page, f.content);
  keep(pdf);
  EXPECT_EQ(count_files(dir.path()), 1u) << "no temporary file left";
  const auto info = test::run_shell("pdfinfo '" + pdf.string() + "'");
  ASSERT_EQ(info.exit_code, 0) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages:\\s+1\\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Page size:\\s+1190.55 x 841.89 pts"))) << info.out;
  const auto text = test::run_shell("pdftotext '" + pdf.string() + "' -").out;
  for (const char* expected : {"测试标题 Test", "图例", "图例组", "试验区 (1)", "1:100,000", "km"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in:\n" << text;
  const auto fonts = test::run_shell("pdffonts '" + pdf.string() + "'").out;
  EXPECT_TRUE(std::regex_search(fonts, std::regex("NotoSansCJK\\S*\\s+CID TrueType\\s+Identity-H\\s+yes"))) << fonts;

  // Vector content lands where the PNG's does: rasterise at 4 px/mm and probe the square.
  const auto raster = test::run_shell("pdftoppm -r 101.6 -png -singlefile '" + pdf.string() + "' '" +
                                      (dir / "raster").string() + "'");
  ASSERT_EQ(raster.exit_code, 0);
  QImage image(QString::fromStdString((dir / "raster.png").string()));
  ASSERT_NEAR(image.width(), 1680, 1);  // pdftoppm rounds up
  ASSERT_NEAR(image.height(), 1188, 1);
  const auto [red_px, red_left] = red_run(image, 145, 20, 220);
  EXPECT_NEAR(red_px, px(100), 2);
  EXPECT_NEAR(red_left, px(70), 1);
  int top = -1;
  for (int y = px(80); y < px(110) && top < 0; ++y)
    if (is_red(image.pixelColor(px(120), y))) top = y;
  EXPECT_NEAR(top, px(95), 1) << "the page's top edge is where the drawing expects it";
}

TEST(layout_page_export, PdfOfSeveralPagesEachWithItsSize) {
  test::SquarePage a3, a4;
  a4.page.page = layout::iso_page(layout::PaperSize::A4, layout::Orientation::Portrait);
  a4.page.items.resize(2);  // map frame and title only
  std::get<layout::MapFrameItem>(a4.page.items[0]).rect = {10, 40, 190, 200};
  std::get<layout::TextItem>(a4.page.items[1]).rect = {10, 10, 190, 20};
  a4.content.variables["title"] = "第二页";
  test::TempDir dir;
  const std::vector<layout::LayoutPage> pages{{&a3.page, &a3.content}, {&a4.page, &a4.content}};
  const auto stats = layout::export_pdf(dir / "atlas.pdf", pages);
  ASSERT_EQ(stats.size(), 2u);
  const auto info = test::run_shell("pdfinfo -f 1 -l 2 '" + (dir / "atlas.pdf").string() + "'").out;
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages:\\s+2\\n"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Page\\s+1 size:\\s+1190.55 x 841.89 pts"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Page\\s+2 size:\\s+595.2[78]\\d* x 841.89 pts"))) << info;
  const auto page2 = test::run_shell("pdftotext -f 2 -l 2 '" + (dir / "atlas.pdf").string() + "' -").out;
  EXPECT_NE(page2.find("第二页"), std::string::npos) << page2;
}

TEST(layout_page_export, SvgParsesWithItsPaperSize) {
  test::SquarePage f;
  test::TempDir dir;
  const auto svg = dir / "page.svg";
  layout::export_svg(svg, f.page, f.content);
  keep(svg);
  QSvgRenderer renderer(QString::fromStdString(svg.string()));
  EXPECT_TRUE(renderer.isValid());
  EXPECT_NEAR(renderer.viewBoxF().width() / renderer.viewBoxF().height(), 420.0 / 297.0, 1e-3);
  const auto head = test::run_shell("head -c 1000 '" + svg.string() + "'").out;
  EXPECT_NE(head.find("width=\"420mm\" height=\"297mm\""), std::string::npos) << head;
  const auto all = test::run_shell("cat '" + svg.string() + "'").out;
  EXPECT_NE(all.find("测试标题"), std::string::npos) << "text stays text";
}

TEST(layout_page_export, MissingFolderIsAnOutputErrorNamingItAndLeavesNothing) {
  test::SquarePage f;
  test::TempDir dir;
  const auto folder = dir / "no-such-folder";
  using Export = std::function<void(const std::filesystem::path&)>;
  const std::vector<std::pair<const char*, Export>> exports{
      {"page.pdf", [&](const auto& p) { layout::export_pdf(p, f.page, f.content); }},
      {"page.png", [&](const auto& p) { layout::export_png(p, f.page, f.content, 20); }},
      {"page.svg", [&](const auto& p) { layout::export_svg(p, f.page, f.content); }}};
  for (const auto& [name, run] : exports) {
    try {
      run(folder / name);
      ADD_FAILURE() << name << ": expected an error";
    } catch (const core::Error& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::Output) << e.what();
      EXPECT_NE(std::string(e.what()).find((folder / name).string()), std::string::npos) << e.what();
    }
  }
  // A file where the folder should be.
  std::ofstream(dir / "a-file") << "x";
  EXPECT_THROW(layout::export_png(dir / "a-file" / "page.png", f.page, f.content, 20), core::Error);
  EXPECT_EQ(count_files(dir.path()), 1u) << "only a-file";
}

TEST(layout_page_export, FailureWhileDrawingLeavesNoFile) {
  test::SquarePage f;
  layout::LegendItem legend;
  legend.rect = {240, 60, 50, 50};
  legend.map = "elsewhere";  // no such map in the content: a Config error mid-page
  f.page.items.push_back(legend);
  test::TempDir dir;
  EXPECT_THROW(layout::export_svg(dir / "page.svg", f.page, f.content), core::Error);
  EXPECT_THROW(layout::export_pdf(dir / "page.pdf", f.page, f.content), core::Error);
  EXPECT_THROW(layout::export_png(dir / "page.png", f.page, f.content, 20), core::Error);
  EXPECT_EQ(count_files(dir.path()), 0u) << "no output and no temporary file";
}

TEST(layout_page_export, CrampedLegendAndTextAreReported) {
  test::SquarePage f;
  std::get<layout::LegendItem>(f.page.items[2]).rect = {240, 60, 12, 6};
  std::get<layout::TextItem>(f.page.items[1]).rect = {240, 20, 10, 5};
  layout::PageStats stats;
  layout::render_page_image(f.page, f.content, 30, &stats);
  ASSERT_EQ(stats.warnings.size(), 2u);
  EXPECT_NE(stats.warnings[0].find("测试标题"), std::string::npos) << stats.warnings[0];
  EXPECT_NE(stats.warnings[1].find("legend"), std::string::npos) << stats.warnings[1];
}

namespace {

/// A made-up but exact lon/lat for the fixture's metric map: 1° per 100 km from (105°E, 36°N) at
/// the map's origin, so every meridian's place on paper is known by hand.
layout::GeographicTransform linear_lon_lat() {
  layout::GeographicTransform t;
  t.to_map = [](const core::Point& ll) {
    return std::optional<core::Point>(core::Point((ll.x() - 105) * 100'000, (ll.y() - 36) * 100'000));
  };
  t.to_lon_lat = [](const core::Point& p) {
    return std::optional<core::Point>(core::Point(105 + p.x() / 100'000, 36 + p.y() / 100'000));
  };
  return t;
}

bool is_graticule(QColor c) { return c.lightness() < 225 && c.blue() > c.red() + 15; }

}  // namespace

TEST(layout_page_export, GraticuleLinesAndLabelsWhereTheLonLatSays) {
  test::SquarePage f;
  // The frame shows x -5 … 15 km, y -7.5 … 17.5 km: 104.95–105.15°E, 35.925–36.175°N, so lines
  // every 5′: meridians 105°00′ (x = 0, 70 mm on paper) and 105°05′ (x = 8.333 km, 153.3 mm);
  // parallels 36°00′ (y = 0, 195 mm), 36°05′ (111.7 mm) and 36°10′ (28.3 mm).
  auto& frame = std::get<layout::MapFrameItem>(f.page.items[0]);
  frame.graticule = layout::GraticuleOptions{};
  frame.graticule->line_mm = 0.5;
  f.content.geographic = linear_lon_lat();
  layout::PageStats stats;
  const QImage image = layout::render_page_image(f.page, f.content, kDpi, &stats);
  EXPECT_TRUE(stats.warnings.empty());
  EXPECT_TRUE(is_graticule(image.pixelColor(px(70), px(60)))) << "105°E above the square";
  EXPECT_TRUE(is_graticule(image.pixelColor(px(153.33), px(60)))) << "105°05′E";
  EXPECT_TRUE(is_white(image.pixelColor(px(110), px(60)))) << "between meridians";
  EXPECT_TRUE(is_graticule(image.pixelColor(px(40), px(195)))) << "36°N left of the square";
  EXPECT_TRUE(is_graticule(image.pixelColor(px(40), px(111.67)))) << "36°05′N";
  EXPECT_TRUE(is_white(image.pixelColor(px(40), px(150)))) << "between parallels";

  test::TempDir dir;
  const auto pdf = dir / "graticule.pdf";
  layout::export_pdf(pdf, f.page, f.content);
  keep(pdf);
  const auto text = test::run_shell("pdftotext '" + pdf.string() + "' -").out;
  for (const char* label : {"105°00′E", "105°05′E", "36°00′N", "36°05′N"})
    EXPECT_NE(text.find(label), std::string::npos) << label << " in:\n" << text;
}

TEST(layout_page_export, GraticuleWithoutLonLatIsAWarningNotASilentGap) {
  test::SquarePage f;
  std::get<layout::MapFrameItem>(f.page.items[0]).graticule = layout::GraticuleOptions{};
  layout::PageStats stats;
  layout::render_page_image(f.page, f.content, kDpi, &stats);
  ASSERT_EQ(stats.warnings.size(), 1u);
  EXPECT_NE(stats.warnings[0].find("graticule"), std::string::npos) << stats.warnings[0];
}
