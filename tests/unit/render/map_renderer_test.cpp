#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "render/legend_model.hpp"
#include "render_test_support.hpp"

using namespace ruralatlas;
using namespace ruralatlas::test::render_support;

namespace {

/// A 100 m square (value 95), a 100 m square with a 40 m hole (value 50), in a metric CRS.
core::Layer squares() {
  core::Layer layer;
  layer.name = "squares";
  layer.geometry_kind = core::GeometryKind::Polygon;
  layer.fields = {{"pct", core::FieldType::Real, 0}, {"name", core::FieldType::String, 0}};
  layer.features.push_back({0, polygon("POLYGON((0 0,0 100,100 100,100 0,0 0))"), {95.0, std::string("甲乡")}});
  layer.features.push_back(
      {1,
       polygon("POLYGON((100 0,100 100,200 100,200 0,100 0),(130 30,170 30,170 70,130 70,130 30))"),
       {50.0, std::string("乙乡")}});
  return layer;
}

const QColor kWhite(Qt::white);

class render_map_test : public ::testing::Test {
 protected:
  void SetUp() override { render::ensure_gui_application(); }
  // 10 px per mm; the 200 × 200 m extent fills 400 × 400 px (1 m = 2 px).
  render::MapView view{core::Envelope{{0, 0}, {200, 200}}, QSizeF(400, 400), 254.0};
};

}  // namespace

TEST_F(render_map_test, RulesColourPolygonsAndHolesStayEmpty) {
  auto layer = squares();
  style::LayerStyle style;
  style.rules.push_back(rule("pass", "pct >= 90", {solid(style::Color{0, 0, 255})}));
  style.rules.push_back(rule("fail", "pct < 90", {solid(style::Color{255, 0, 0})}));
  bind(style, layer);
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  const QImage image = draw_map(view, layers, &stats, "rules_and_holes");
  EXPECT_EQ(at(image, view, 50, 50), QColor(0, 0, 255));
  EXPECT_EQ(at(image, view, 110, 50), QColor(255, 0, 0));
  EXPECT_EQ(at(image, view, 150, 50), kWhite) << "hole is not filled";
  EXPECT_EQ(at(image, view, 100, 150), kWhite) << "outside every polygon";
  EXPECT_EQ(stats.features_drawn, 2u);
}

TEST_F(render_map_test, CancelledRenderStopsBeforeTheNextLayerWithoutLabels) {
  auto below = squares(), above = squares();
  style::LayerStyle blue, red;
  blue.rules.push_back(rule("all", std::nullopt, {solid(style::Color{0, 0, 255})}));
  red.rules.push_back(rule("all", std::nullopt, {solid(style::Color{255, 0, 0})}));
  blue.labels = style::LabelSpec{};
  blue.labels->field = "name";
  bind(blue, below);
  bind(red, above);
  const render::StyledLayer layers[] = {{&below, &blue}, {&above, &red}};
  QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  int asked = 0;
  const auto stats = render::render_map(painter, view, layers, [&asked] { return ++asked > 1; });
  painter.end();
  EXPECT_TRUE(stats.cancelled);
  EXPECT_EQ(asked, 2);
  EXPECT_EQ(stats.features_drawn, 2u) << "the first layer only";
  EXPECT_EQ(stats.labels_placed, 0u) << "the first layer's labels are left out too";
  EXPECT_EQ(at(image, view, 50, 50), QColor(0, 0, 255)) << "the red layer above was never drawn";
}

TEST_F(render_map_test, ElseRuleTakesUnmatchedAndNullFeatures) {
  auto layer = squares();
  layer.features[1].attributes[0] = core::Value{};
  style::LayerStyle style;
  style.rules.push_back(rule("pass", "pct >= 90", {solid(style::Color{0, 0, 255})}));
  style.rules.push_back(rule("fail", "pct < 90", {solid(style::Color{255, 0, 0})}));
  style.rules.push_back(rule("no data", std::nullopt, {solid(style::Color{128, 128, 128})}, true));
  bind(style, layer);
  const render::StyledLayer layers[] = {{&layer, &style}};
  const QImage image = draw_map(view, layers);
  EXPECT_EQ(at(image, view, 50, 50), QColor(0, 0, 255)) << "matched: the else rule stays away";
  EXPECT_EQ(at(image, view, 110, 50), QColor(128, 128, 128)) << "null matched nothing else";
  const auto legend = render::build_legend(layers);
  ASSERT_EQ(legend.groups.size(), 1u);
  ASSERT_EQ(legend.groups[0].items.size(), 3u);
  EXPECT_EQ(legend.groups[0].items[0].feature_count, 1u);
  EXPECT_EQ(legend.groups[0].items[1].feature_count, 0u);
  EXPECT_EQ(legend.groups[0].items[2].feature_count, 1u);
  EXPECT_EQ(legend.groups[0].items[2].label, "no data");
}

TEST_F(render_map_test, MatchingRulesStackInRuleOrder) {
  // A base colour for everything and a hatch overlay for failing features, drawn on top.
  auto layer = squares();
  style::LayerStyle style;
  style::FillSymbol hatch = solid(std::nullopt);
  hatch.hatch = style::Hatch::Forward;
  hatch.hatch_color = style::Color{255, 0, 0};
  hatch.hatch_spacing_mm = 1.0;
  style.rules.push_back(rule("all", std::nullopt, {solid(style::Color{0, 0, 255})}));
  style.rules.push_back(rule("fail", "pct < 90", {hatch}));
  bind(style, layer);
  const render::StyledLayer layers[] = {{&layer, &style}};
  const QImage image = draw_map(view, layers, nullptr, "stacked_rules");
  const QRect left(20, 220, 160, 160), right(220, 220, 160, 40);  // device boxes inside each square
  EXPECT_EQ(count_near(image, left, QColor(255, 0, 0), 60), 0) << "the passing square has no hatch";
  EXPECT_GT(count_near(image, right, QColor(255, 0, 0), 60), 200) << "hatch over the failing square";
  EXPECT_GT(count_near(image, right, QColor(0, 0, 255)), 1000) << "base colour between the hatch lines";
  const auto legend = render::build_legend(layers);
  EXPECT_EQ(legend.groups[0].items[0].feature_count, 2u) << "a stacked feature counts in both rules";
  EXPECT_EQ(legend.groups[0].items[1].feature_count, 1u);
}

TEST_F(render_map_test, LevelsOrderDrawingButNotTheLegend) {
  // Both rules draw every feature; the first is listed first but has the higher level.
  auto layer = squares();
  style::LayerStyle style;
  style.rules.push_back(rule("on top", std::nullopt, {solid(style::Color{0, 0, 255})}));
  style.rules.push_back(rule("beneath", std::nullopt, {solid(style::Color{255, 0, 0})}));
  style.rules[0].level = 1;
  const render::StyledLayer layers[] = {{&layer, &style}};
  EXPECT_EQ(at(draw_map(view, layers), view, 50, 50), QColor(0, 0, 255));
  EXPECT_EQ(render::build_legend(layers).groups[0].items[0].label, "on top");
  style.rules[0].level = 0;
  EXPECT_EQ(at(draw_map(view, layers), view, 50, 50), QColor(255, 0, 0)) << "same level: rule order";
}

TEST_F(render_map_test, MarkersAndLinesLandWhereTheirCoordinatesAre) {
  core::Layer points;
  points.geometry_kind = core::GeometryKind::Point;
  points.features.push_back({0, core::MultiPoint{{50.0, 150.0}}, {}});
  core::Layer lines;
  lines.geometry_kind = core::GeometryKind::Line;
  lines.features.push_back({0, core::MultiLineString{{{0.0, 100.0}, {200.0, 100.0}}}, {}});
  style::LayerStyle point_style, line_style;
  point_style.rules.push_back(
      rule("p", std::nullopt,
           {style::MarkerSymbol{style::MarkerShape::Square, 3.0, style::Color{0, 160, 0}, std::nullopt, 0}}));
  line_style.rules.push_back(
      rule("l", std::nullopt, {style::LineSymbol{style::Color{200, 0, 200}, 1.0, {}, std::nullopt, 0}}));
  const render::StyledLayer layers[] = {{&lines, &line_style}, {&points, &point_style}};
  const QImage image = draw_map(view, layers);
  EXPECT_EQ(at(image, view, 50, 150), QColor(0, 160, 0));
  EXPECT_EQ(at(image, view, 56, 156), QColor(0, 160, 0)) << "3 mm square: 30 px = 15 m wide, 7.5 m either side";
  EXPECT_EQ(at(image, view, 120, 100), QColor(200, 0, 200));
  EXPECT_EQ(at(image, view, 120, 110), kWhite) << "the 1 mm line is 10 px, 5 m either side";
  EXPECT_EQ(at(image, view, 70, 150), kWhite) << "20 m from the marker centre is background";
}

TEST_F(render_map_test, CasingsOfALayerLieBeneathAllItsLines) {
  core::Layer roads;
  roads.geometry_kind = core::GeometryKind::Line;
  roads.features.push_back({0, core::MultiLineString{{{0.0, 100.0}, {200.0, 100.0}}}, {}});  // horizontal first
  roads.features.push_back({1, core::MultiLineString{{{100.0, 0.0}, {100.0, 200.0}}}, {}});  // vertical on top
  style::LayerStyle style;
  style.rules.push_back(rule("road", std::nullopt,
                             {style::LineSymbol{style::Color{150, 30, 30}, 1.0, {}, style::Color{255, 255, 0}, 3.0}}));
  const render::StyledLayer layers[] = {{&roads, &style}};
  const QImage image = draw_map(view, layers, nullptr, "casings");
  // On the horizontal road, 5 m (10 px) right of the vertical one: inside the vertical road's
  // 3 mm casing (±15 px) but outside its 1 mm line. Drawn per feature, the casing would cover it.
  EXPECT_EQ(at(image, view, 105, 100), QColor(150, 30, 30));
  EXPECT_EQ(at(image, view, 50, 106), QColor(255, 255, 0)) << "casing beside the line";
  EXPECT_EQ(at(image, view, 50, 110), kWhite) << "beyond the casing";
}

TEST_F(render_map_test, OpacityScaleRangeAndViewCulling) {
  auto layer = squares();
  style::LayerStyle style;
  style.rules.push_back(rule("all", std::nullopt, {solid(style::Color{0, 0, 255})}));
  style.opacity = 0.5;
  const render::StyledLayer layers[] = {{&layer, &style}};
  render::RenderStats stats;
  QImage image = draw_map(view, layers, &stats);
  EXPECT_TRUE(near(at(image, view, 50, 50), QColor(128, 128, 255), 3)) << at(image, view, 50, 50).name().toStdString();

  // 200 m on 400 px at 254 dpi (40 mm) is 1:5,000: hidden when zoomed in beyond 1:10,000.
  EXPECT_NEAR(view.scale_denominator(), 5000, 1e-6);
  style.opacity = 1;
  style.min_scale_denominator = 10000;
  image = draw_map(view, layers, &stats);
  EXPECT_EQ(at(image, view, 50, 50), kWhite);
  EXPECT_EQ(stats.layers_hidden, 1u);
  EXPECT_EQ(stats.features_drawn, 0u);
  style.min_scale_denominator.reset();
  style.max_scale_denominator = 4000;
  draw_map(view, layers, &stats);
  EXPECT_EQ(stats.layers_hidden, 1u);

  // Features outside the view are not drawn (nor counted).
  style.max_scale_denominator.reset();
  // (The view is widened by 10 mm for symbols reaching in: 50 m here.)
  const render::MapView corner(core::Envelope{{0, 0}, {20, 20}}, QSizeF(40, 40), 254.0);
  draw_map(corner, layers, &stats);
  EXPECT_EQ(stats.features_drawn, 1u);
}
