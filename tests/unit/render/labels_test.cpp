#include <gtest/gtest.h>

#include <QFontInfo>
#include <QFontMetricsF>
#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "render/label_anchor.hpp"
#include "render/pole_of_inaccessibility.hpp"
#include "render_test_support.hpp"

using namespace ruralatlas;
using namespace ruralatlas::test::render_support;

namespace {

core::Layer named_points(const std::vector<std::pair<core::Point, std::string>>& points) {
  core::Layer layer;
  layer.name = "villages";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"name", core::FieldType::String, 0}};
  std::int64_t fid = 0;
  for (const auto& [p, name] : points) layer.features.push_back({fid++, core::MultiPoint{p}, {name}});
  return layer;
}

style::LayerStyle labelled(int priority, double size_pt, style::Color marker = {0, 0, 0}) {
  style::LayerStyle style;
  style.rules.push_back(
      rule("all", std::nullopt, {style::MarkerSymbol{style::MarkerShape::Circle, 2.0, marker, std::nullopt, 0}}));
  style::LabelSpec spec;
  spec.field = "name";
  spec.size_pt = size_pt;
  spec.color = style::Color{0, 0, 0};
  spec.halo = style::Color{255, 255, 0};  // yellow, to tell the halo from the glyphs
  spec.halo_mm = 0.5;
  spec.priority = priority;
  style.labels = spec;
  return style;
}

/// Glyph pixels: dark, in a device box.
int dark_pixels(const QImage& image, QRect box) {
  int n = 0;
  box = box.intersected(image.rect());
  for (int y = box.top(); y <= box.bottom(); ++y)
    for (int x = box.left(); x <= box.right(); ++x) n += image.pixelColor(x, y).lightness() < 80;
  return n;
}

class render_labels : public ::testing::Test {
 protected:
  void SetUp() override { render::ensure_gui_application(); }
  render::MapView view{core::Envelope{{0, 0}, {200, 200}}, QSizeF(400, 400), 254.0};  // 10 px/mm, 2 px/m
};

}  // namespace

TEST_F(render_labels, NotoSansCjkIsInstalledAndHasChineseGlyphs) {
  ASSERT_NO_THROW(render::require_font(render::kMapFontFamily)) << "install fonts-noto-cjk";
  const QFont font = render::map_font(render::kMapFontFamily, 10);
  EXPECT_EQ(QFontInfo(font).family().toStdString(), render::kMapFontFamily);
  const QFontMetricsF metrics(font);
  for (char32_t c : {U'县', U'乡', U'村', U'自', U'≥'}) EXPECT_TRUE(metrics.inFontUcs4(c)) << static_cast<unsigned>(c);
  try {
    render::require_font("No Such Font Family 123");
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("No Such Font Family 123"), std::string::npos);
  }
}

TEST_F(render_labels, ChineseLabelBesideItsPointWithHalo) {
  auto layer = named_points({{{60, 100}, "原隆村"}});
  auto style = labelled(1, 14);
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  const QImage image = draw_map(view, layers, &stats, "point_label");
  EXPECT_EQ(stats.labels_placed, 1u);
  const QPointF a = view.to_device(core::Point{60, 100});
  // First choice: right of the marker (radius 10 px + 6 px gap), vertically centred.
  const QRect right(int(a.x()) + 14, int(a.y()) - 25, 200, 50), left(int(a.x()) - 200, int(a.y()) - 25, 185, 50);
  EXPECT_GT(dark_pixels(image, right), 150) << "glyphs to the right";
  EXPECT_EQ(dark_pixels(image, left), 0);
  EXPECT_GT(count_near(image, right, QColor(255, 255, 0), 40), 150) << "a halo around the glyphs";
}

TEST_F(render_labels, TheHaloSurroundsEveryGlyphAtPrintResolution) {
  // A 300-dpi image (as `render --dpi 300` makes): the halo must be as large as the text,
  // not drawn at the screen's 96 dpi (which left only the first glyph of a name haloed).
  const double dpi = 300;
  const render::MapView print_view{core::Envelope{{0, 0}, {200, 200}}, QSizeF(800, 800), dpi};
  auto layer = named_points({{{20, 100}, "原隆村委会"}});
  auto style = labelled(1, 10);
  const render::StyledLayer layers[] = {{&layer, &style}};
  QImage image(print_view.frame_px().toSize(), QImage::Format_ARGB32);
  image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
  image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    render::render_map(painter, print_view, layers);
  }
  // Horizontal extent of the glyphs (dark) and of the halo (yellow) right of the marker.
  const int marker_right = static_cast<int>(print_view.to_device(core::Point{20, 100}).x() + 1.5 * dpi / 25.4);
  int dark_lo = image.width(), dark_hi = -1, halo_lo = image.width(), halo_hi = -1;
  for (int y = 0; y < image.height(); ++y)
    for (int x = marker_right; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.lightness() < 80) dark_lo = std::min(dark_lo, x), dark_hi = std::max(dark_hi, x);
      if (near(c, QColor(255, 255, 0), 40)) halo_lo = std::min(halo_lo, x), halo_hi = std::max(halo_hi, x);
    }
  ASSERT_GT(dark_hi, dark_lo);
  // Five 10 pt ideographs are about 5 × 3.5 mm wide; the 0.5 mm halo reaches past both ends.
  EXPECT_NEAR((dark_hi - dark_lo) / (dpi / 25.4), 17.6, 2.5);
  const double halo_px = 0.5 * dpi / 25.4;
  EXPECT_LE(halo_lo, dark_lo - halo_px / 2);
  EXPECT_GE(halo_hi, dark_hi + halo_px / 2);
}

TEST_F(render_labels, DifferentCharactersDrawDifferentGlyphsNotBoxes) {
  // Missing glyphs ("tofu") all draw the same box; real glyphs differ from each other.
  auto render_text = [&](const std::string& text) {
    auto layer = named_points({{{20, 100}, text}});
    auto style = labelled(1, 24);
    style.labels->halo.reset();
    const render::StyledLayer layers[] = {{&layer, &style}};
    return draw_map(view, layers, nullptr, "glyph_" + std::to_string(text.size()));
  };
  const QImage county = render_text("县"), township = render_text("乡村");
  int differing = 0;
  for (int y = 0; y < county.height(); ++y)
    for (int x = 0; x < county.width(); ++x)
      differing += (county.pixelColor(x, y).lightness() < 80) != (township.pixelColor(x, y).lightness() < 80);
  EXPECT_GT(differing, 200);
}

TEST_F(render_labels, CollisionsAreResolvedByPriority) {
  // Two polygons in the same place, each labelled at its centre: only one label fits.
  auto square = [](const std::string& name) {
    core::Layer layer;
    layer.geometry_kind = core::GeometryKind::Polygon;
    layer.fields = {{"name", core::FieldType::String, 0}};
    layer.features.push_back({0, polygon("POLYGON((40 40,160 40,160 160,40 160,40 40))"), {name}});
    return layer;
  };
  auto style_for = [](int priority, style::Color colour) {
    style::LayerStyle style;
    style.rules.push_back(rule("all", std::nullopt, {solid(std::nullopt)}));
    style::LabelSpec spec;
    spec.field = "name";
    spec.size_pt = 16;
    spec.color = colour;
    spec.halo.reset();
    spec.priority = priority;
    style.labels = spec;
    return style;
  };
  const auto low_layer = square("低优先级"), high_layer = square("高优先级");
  auto low = style_for(1, {255, 0, 0}), high = style_for(9, {0, 0, 0});
  // The low-priority layer comes first (drawn below) and must still lose.
  const render::StyledLayer layers[] = {{&low_layer, &low}, {&high_layer, &high}};
  render::RenderStats stats;
  QImage image = draw_map(view, layers, &stats, "collision");
  EXPECT_EQ(stats.labels_placed, 1u);
  EXPECT_EQ(stats.labels_dropped, 1u);
  EXPECT_GT(dark_pixels(image, image.rect()), 100) << "the black, high-priority label";
  EXPECT_EQ(count_near(image, image.rect(), QColor(255, 0, 0), 60), 0) << "no red, low-priority glyphs";

  low.labels->priority = 10;
  image = draw_map(view, layers, &stats);
  EXPECT_EQ(stats.labels_placed, 1u);
  EXPECT_GT(count_near(image, image.rect(), QColor(255, 0, 0), 60), 100) << "now red wins";
  EXPECT_EQ(dark_pixels(image, image.rect()), 0);
}

TEST_F(render_labels, APointLabelMovesAroundItsMarkerWhenBlocked) {
  // The higher-priority label takes the right of its point; the other point, just below, finds
  // its right side taken and goes elsewhere instead of being dropped.
  auto layer = named_points({{{40, 100}, "甲村"}, {{40, 94}, "乙村"}});
  auto style = labelled(1, 12);
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  draw_map(view, layers, &stats, "point_positions");
  EXPECT_EQ(stats.labels_placed, 2u);
  EXPECT_EQ(stats.labels_dropped, 0u);
}

TEST_F(render_labels, LabelsLeavingTheFrameAreDroppedAndScaleLimitsApply) {
  auto layer = named_points({{{199, 199}, "边缘村庄名称很长"}});
  auto style = labelled(1, 20);
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  draw_map(view, layers, &stats);
  EXPECT_EQ(stats.labels_placed + stats.labels_dropped, 1u);
  EXPECT_EQ(stats.labels_dropped, 1u) << "no position keeps the text inside the frame";

  auto inside = named_points({{{50, 100}, "村"}});
  const render::StyledLayer shown[] = {{&inside, &style}};
  style.labels->max_scale_denominator = 1000;  // the view is 1:5,000
  draw_map(view, shown, &stats);
  EXPECT_EQ(stats.labels_placed + stats.labels_dropped, 0u);
}

/// A C open to the east: the spine (x 0–70, half-width 35) is wider than the arms (half-height
/// 25), and the centroid (x ≈ 83) lies in the empty bay.
const char* const kCShape = "POLYGON((0 0,200 0,200 50,70 50,70 150,200 150,200 200,0 200,0 0))";

TEST_F(render_labels, PolygonLabelSitsInsideAConcaveShape) {
  core::Layer layer;
  layer.geometry_kind = core::GeometryKind::Polygon;
  layer.fields = {{"name", core::FieldType::String, 0}};
  layer.features.push_back({0, polygon(kCShape), {std::string("县")}});
  style::LayerStyle style;
  style.rules.push_back(rule("all", std::nullopt, {solid(style::Color{230, 230, 230})}));
  style::LabelSpec spec;
  spec.field = "name";
  spec.size_pt = 12;
  spec.color = style::Color{0, 0, 0};
  spec.halo.reset();
  style.labels = spec;
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  const QImage image = draw_map(view, layers, &stats, "concave_label");
  EXPECT_EQ(stats.labels_placed, 1u);
  // The pole is on the spine's centre line x = 35 (y 35–165): device x 70, y 70–330.
  EXPECT_GT(dark_pixels(image, QRect(40, 60, 60, 280)), 30) << "in the C's spine";
  EXPECT_EQ(dark_pixels(image, QRect(180, 120, 200, 160)), 0) << "not in the bay around the centroid";
}

TEST(render_label_anchor, PoleOfInaccessibilityAgainstAGridSearch) {
  const std::vector<core::MultiPolygon> shapes = {
      polygon(kCShape),
      polygon("POLYGON((0 0,0 100,100 100,100 0,0 0),(20 20,80 20,80 45,20 45,20 20))"),
      polygon("POLYGON((0 0,300 0,300 20,0 20,0 0))"),
  };
  for (const auto& shape : shapes) {
    const auto& p = shape.front();
    std::vector<core::LineString> rings{core::LineString(p.outer().begin(), p.outer().end())};
    for (const auto& hole : p.inners()) rings.emplace_back(hole.begin(), hole.end());
    // Oracle: the best of a 1-unit grid of inside points, by distance to every ring.
    double best = 0;
    for (double x = 0; x <= 300; x += 1)
      for (double y = 0; y <= 200; y += 1) {
        const core::Point q{x, y};
        if (!boost::geometry::within(q, p)) continue;
        double d = std::numeric_limits<double>::infinity();
        for (const auto& ring : rings) d = std::min(d, boost::geometry::distance(q, ring));
        best = std::max(best, d);
      }
    const auto pole = render::pole_of_inaccessibility(p, 0.5);
    SCOPED_TRACE(boost::geometry::wkt(p));
    EXPECT_TRUE(boost::geometry::within(pole.point, p));
    EXPECT_GE(pole.distance, best - 1.0);
    EXPECT_LE(pole.distance, best + 1.5);
  }
}

TEST(render_label_anchor, PointsAndLineMiddles) {
  EXPECT_TRUE(
      boost::geometry::equals(*render::label_anchor(core::MultiPoint{{3.0, 4.0}, {5.0, 6.0}}), core::Point{3, 4}));
  // The longest part is the L of length 20: its middle is its corner.
  const core::MultiLineString lines{{{0.0, 0.0}, {1.0, 0.0}}, {{10.0, 0.0}, {20.0, 0.0}, {20.0, 10.0}}};
  const auto middle = render::label_anchor(lines);
  ASSERT_TRUE(middle);
  EXPECT_NEAR(middle->x(), 20, 1e-9);
  EXPECT_NEAR(middle->y(), 0, 1e-9);
  EXPECT_FALSE(render::label_anchor(core::Geometry{}));
}
