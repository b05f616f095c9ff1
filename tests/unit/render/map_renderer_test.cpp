#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

#include "render/font_setup.hpp"
#include "render/legend_model.hpp"
#include "render/map_renderer.hpp"

using namespace ruralatlas;

namespace {

/// A fill without outline, so probes see only the fill colour.
style::FillSymbol solid(std::optional<style::Color> colour) {
  style::FillSymbol fill;
  fill.fill = colour;
  fill.outline = std::nullopt;
  return fill;
}

style::Rule rule(std::string label, std::optional<std::string> filter, style::Symbol symbol, bool is_else = false) {
  style::Rule r;
  r.label = std::move(label);
  if (filter) r.filter = style::Filter::parse(*filter);
  r.is_else = is_else;
  r.symbols = {std::move(symbol)};
  return r;
}

/// A 100 m square (value 95), a 100 m square with a 40 m hole (value 50), and a
/// horizontal line, in a metric CRS.
core::Layer squares() {
  core::Layer layer;
  layer.name = "squares";
  layer.geometry_kind = core::GeometryKind::Polygon;
  layer.fields = {{"pct", core::FieldType::Real, 0}, {"name", core::FieldType::String, 0}};
  core::Polygon a, b;
  boost::geometry::read_wkt("POLYGON((0 0,0 100,100 100,100 0,0 0))", a);
  boost::geometry::read_wkt("POLYGON((100 0,100 100,200 100,200 0,100 0),(130 30,170 30,170 70,130 70,130 30))", b);
  boost::geometry::correct(a);
  boost::geometry::correct(b);
  layer.features.push_back({0, core::MultiPolygon{a}, {95.0, std::string("甲乡")}});
  layer.features.push_back({1, core::MultiPolygon{b}, {50.0, std::string("乙乡")}});
  return layer;
}

QColor at(const QImage& image, const render::MapView& view, double x, double y) {
  const QPointF p = view.to_device(core::Point{x, y});
  return image.pixelColor(static_cast<int>(p.x()), static_cast<int>(p.y()));
}

class Render : public ::testing::Test {
 protected:
  void SetUp() override { render::ensure_gui_application(); }
  // 10 px per mm; the 200 × 200 m extent fills 400 × 400 px.
  render::MapView view{core::Envelope{{0, 0}, {200, 200}}, QSizeF(400, 400), 254.0};
  QImage draw(std::span<const render::StyledLayer> layers, render::RenderStats* stats = nullptr) {
    QImage image(400, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    auto s = render::render_map(painter, view, layers);
    if (stats) *stats = s;
    return image;
  }
};

}  // namespace

TEST_F(Render, RulesColourPolygonsAndHolesStayEmpty) {
  auto layer = squares();
  style::LayerStyle style;
  style.rules.push_back(rule("pass", "pct >= 90", solid(style::Color{0, 0, 255})));
  style.rules.push_back(rule("fail", "pct < 90", solid(style::Color{255, 0, 0})));
  for (auto& r : style.rules) r.filter->bind(layer.fields);
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  const QImage image = draw(layers, &stats);
  EXPECT_EQ(at(image, view, 50, 50), QColor(0, 0, 255));
  EXPECT_EQ(at(image, view, 110, 50), QColor(255, 0, 0));
  EXPECT_EQ(at(image, view, 150, 50), QColor(Qt::white)) << "hole is not filled";
  EXPECT_EQ(at(image, view, 100, 150), QColor(Qt::white)) << "outside every polygon";
  EXPECT_EQ(stats.features_drawn, 2u);
}

TEST_F(Render, ElseRuleTakesUnmatchedAndNullFeatures) {
  auto layer = squares();
  layer.features[1].attributes[0] = core::Value{};
  style::LayerStyle style;
  style.rules.push_back(rule("pass", "pct >= 90", solid(style::Color{0, 0, 255})));
  style.rules.push_back(rule("no data", std::nullopt, solid(style::Color{128, 128, 128}), true));
  style.rules[0].filter->bind(layer.fields);
  const render::StyledLayer layers[] = {{&layer, &style}};
  const QImage image = draw(layers);
  EXPECT_EQ(at(image, view, 50, 50), QColor(0, 0, 255));
  EXPECT_EQ(at(image, view, 110, 50), QColor(128, 128, 128));
  const auto legend = render::build_legend(layers);
  ASSERT_EQ(legend.groups.size(), 1u);
  EXPECT_EQ(legend.groups[0].items[0].feature_count, 1u);
  EXPECT_EQ(legend.groups[0].items[1].feature_count, 1u);
}

TEST_F(Render, MarkersAndLinesLandWhereTheirCoordinatesAre) {
  core::Layer points;
  points.geometry_kind = core::GeometryKind::Point;
  points.features.push_back({0, core::MultiPoint{{50.0, 150.0}}, {}});
  core::Layer lines;
  lines.geometry_kind = core::GeometryKind::Line;
  lines.features.push_back({0, core::MultiLineString{{{0.0, 100.0}, {200.0, 100.0}}}, {}});
  style::LayerStyle point_style, line_style;
  point_style.rules.push_back(rule("p", std::nullopt, style::MarkerSymbol{style::MarkerShape::Square, 3.0, style::Color{0, 160, 0}, std::nullopt, 0}));
  line_style.rules.push_back(rule("l", std::nullopt, style::LineSymbol{style::Color{200, 0, 200}, 1.0, {}, std::nullopt, 0}));
  const render::StyledLayer layers[] = {{&lines, &line_style}, {&points, &point_style}};
  const QImage image = draw(layers);
  EXPECT_EQ(at(image, view, 50, 150), QColor(0, 160, 0));
  EXPECT_EQ(at(image, view, 120, 100), QColor(200, 0, 200));
  EXPECT_EQ(at(image, view, 120, 110), QColor(Qt::white)) << "the 1 mm line is 10 px, 5 m either side";
  // A 3 mm square marker at 10 px/mm spans 30 px = 15 m: 20 m away is background.
  EXPECT_EQ(at(image, view, 70, 150), QColor(Qt::white));
}

TEST_F(Render, ChineseLabelsAreDrawnAndCollisionsDroppedByPriority) {
  auto layer = squares();
  style::LayerStyle style;
  style.rules.push_back(rule("all", std::nullopt, solid(std::nullopt)));
  style::LabelSpec spec;
  spec.field = "name";
  spec.size_pt = 14;
  spec.color = style::Color{0, 0, 0};
  spec.priority = 5;
  style.labels = spec;
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  QImage image = draw(layers, &stats);
  EXPECT_EQ(stats.labels_placed, 2u);
  // Dark glyph pixels near the first square's visual centre (50, 50).
  const QPointF c = view.to_device(core::Point{50, 50});
  int dark = 0;
  for (int y = int(c.y()) - 15; y < int(c.y()) + 15; ++y)
    for (int x = int(c.x()) - 40; x < int(c.x()) + 40; ++x) dark += image.pixelColor(x, y).lightness() < 80;
  EXPECT_GT(dark, 40) << "glyphs, not an empty box";

  // The same labels at 10× the size cannot both fit: the higher priority one wins.
  core::Layer other = squares();
  style::LayerStyle low = style;
  low.labels->priority = 1;
  low.labels->size_pt = 60;
  style.labels->size_pt = 60;
  other.features.pop_back();
  layer.features.erase(layer.features.begin());
  const render::StyledLayer crowded[] = {{&other, &low}, {&layer, &style}};
  draw(crowded, &stats);
  EXPECT_EQ(stats.labels_placed, 1u);
  EXPECT_EQ(stats.labels_dropped, 1u);
}

TEST(MapView, ScaleAndRoundTrip) {
  // 100 km across 400 mm of paper is 1:250,000 at any resolution.
  for (double dpi : {72.0, 300.0}) {
    const double px = 400.0 / 25.4 * dpi;
    render::MapView view(core::Envelope{{500000, 4000000}, {600000, 4000000 + 1}}, QSizeF(px, px / 2), dpi);
    EXPECT_NEAR(view.scale_denominator(), 250000.0, 1e-6 * 250000.0);
    const auto back = view.to_map(view.to_device(core::Point{512345, 4000000}));
    EXPECT_NEAR(back.x(), 512345, 1e-6);
  }
  const auto fixed = render::MapView::at_scale(core::Point{0, 0}, 50000, QSizeF(1000, 1000), 254.0);
  EXPECT_NEAR(fixed.scale_denominator(), 50000.0, 1e-6);
  EXPECT_NEAR(fixed.extent().max_corner().x() - fixed.extent().min_corner().x(), 5000.0, 1e-6);  // 100 mm at 1:50k
}
