#include <regex>

#include <QImage>
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/page_exporter.hpp"
#include "layout/pdf_text_fixup.hpp"
#include "render/font_setup.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

/// One red 10 km square in a metric CRS, shown on an A4 landscape page with a map frame
/// (20, 20)–(200, 190) mm, a title and a scale bar.
struct Fixture {
  core::Layer layer;
  style::LayerStyle style;
  std::vector<render::StyledLayer> layers;
  layout::PrintLayout page;
  layout::PageContent content;

  Fixture() {
    core::Polygon square;
    boost::geometry::read_wkt("POLYGON((0 0,0 10000,10000 10000,10000 0,0 0))", square);
    boost::geometry::correct(square);
    layer.name = "square";
    layer.geometry_kind = core::GeometryKind::Polygon;
    layer.features.push_back({0, core::MultiPolygon{square}, {}});
    style::FillSymbol fill;
    fill.fill = style::Color{255, 0, 0};
    fill.outline = std::nullopt;
    style::Rule rule;
    rule.label = "试验区";
    rule.symbols = {fill};
    style.title = "图例组";
    style.rules = {rule};
    layers = {{&layer, &style}};
    page.page = *layout::iso_page("A4", true);
    layout::MapFrameItem map;
    map.rect = {20, 20, 180, 170};
    map.margin_pct = 0;
    layout::TextItem title;
    title.rect = {205, 20, 85, 20};
    title.text = "{title}";
    title.size_pt = 16;
    layout::ScaleBarItem bar;
    bar.rect = {205, 170, 80, 20};
    layout::LegendItem legend;
    legend.rect = {205, 60, 85, 100};
    page.items = {map, title, legend, bar};
    content.map_layers = layers;
    content.map_extent = core::Envelope{{0, 0}, {10000, 10000}};
    content.variables = {{"title", "测试标题 Test"}};
  }
};

}  // namespace

TEST(PageExporter, PngPixelsAtTheRightPlaces) {
  Fixture f;
  test::TempDir dir;
  const auto stats = layout::export_png(dir / "page.png", f.page, f.content, 50.8);  // 2 px per mm
  if (std::getenv("RA_KEEP_TEST_OUTPUT")) std::filesystem::copy_file(dir / "page.png", "/tmp/page_exporter_test.png", std::filesystem::copy_options::overwrite_existing);
  QImage image(QString::fromStdString((dir / "page.png").string()));
  ASSERT_EQ(image.width(), 594);
  ASSERT_EQ(image.height(), 420);
  // The square fills the frame's height (170 mm for 10 km): 1:58,824; centred horizontally.
  EXPECT_NEAR(stats.scale_denominator, 10000.0 / 0.170, 1.0);
  EXPECT_EQ(image.pixelColor(110 * 2, 105 * 2), QColor(255, 0, 0)) << "middle of the map frame";
  EXPECT_EQ(image.pixelColor(22 * 2, 105 * 2), QColor(Qt::white)) << "frame left of the square";
  EXPECT_EQ(image.pixelColor(5 * 2, 5 * 2), QColor(Qt::white)) << "page margin";
  // The scale bar's first (black) segment starts near x = 205 mm, below a line of labels
  // (7.5 pt ≈ 3.8 mm) and a 0.8 mm gap: 174.6–176.4 mm.
  int black = 0;
  for (int x = 206 * 2; x < 212 * 2; ++x) black += image.pixelColor(x, 351).lightness() < 60;
  EXPECT_GT(black, 6) << "scale bar drawn";
}

TEST(PageExporter, PdfIsOnePageWithSearchableChineseText) {
  Fixture f;
  test::TempDir dir;
  const auto pdf = (dir / "page.pdf").string();
  layout::export_pdf(pdf, f.page, f.content);
  const auto info = test::run_shell("pdfinfo '" + pdf + "'");
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages:\\s+1\\n"))) << info.out;
  std::smatch size;  // A4 landscape is 841.89 × 595.28 pt; Qt rounds the media box to whole points
  ASSERT_TRUE(std::regex_search(info.out, size, std::regex("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))) << info.out;
  EXPECT_NEAR(std::stod(size[1]), 841.89, 0.5);
  EXPECT_NEAR(std::stod(size[2]), 595.28, 0.5);
  const auto text = test::run_shell("pdftotext '" + pdf + "' -").out;
  EXPECT_NE(text.find("测试标题 Test"), std::string::npos) << text;
  EXPECT_NE(text.find("试验区"), std::string::npos) << text;
  EXPECT_NE(text.find("图例组"), std::string::npos) << text;
}

TEST(PageExporter, SvgIsWritten) {
  Fixture f;
  test::TempDir dir;
  layout::export_svg(dir / "page.svg", f.page, f.content);
  const auto head = test::run_shell("head -c 400 '" + (dir / "page.svg").string() + "'").out;
  EXPECT_NE(head.find("<svg"), std::string::npos) << head;
}

TEST(PageExporter, MissingFolderIsAnOutputErrorAndLeavesNothing) {
  Fixture f;
  test::TempDir dir;
  const auto target = dir / "no-such-folder" / "page.pdf";
  try {
    layout::export_pdf(target, f.page, f.content);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Output);
    EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(PdfTextFixup, RadicalsBecomeTheIdeographThatSharesTheirGlyph) {
  render::ensure_gui_application();
  const auto map = layout::radical_to_ideograph_map(render::map_font("Noto Sans CJK SC", 10));
  ASSERT_TRUE(map.count(0x2F83));
  EXPECT_EQ(map.at(0x2F83), 0x81EA);  // ⾃ → 自
  EXPECT_EQ(map.at(0x2F54), 0x6C34);  // ⽔ → 水
  // Sources (glyph ids) are kept; destinations change, byte length stays.
  QByteArray pdf("x begincmap\n<2F83> <2F83> <2F54>\n<0001> <0002> [<2F83> <0041>]\n<2F54> <2F54>\nendcmap <2F83>");
  const auto size = pdf.size();
  EXPECT_EQ(layout::fix_pdf_to_unicode(pdf, map), 3u);
  EXPECT_EQ(pdf, QByteArray("x begincmap\n<2F83> <2F83> <6C34>\n<0001> <0002> [<81EA> <0041>]\n<2F54> <6C34>\nendcmap <2F83>"));
  EXPECT_EQ(pdf.size(), size);
}
