// Labels along lines (positions hand-computed on straight and bent lines) and the nested
// circles of a proportional-symbol legend (sizes and order from the style's classes).
#include <gtest/gtest.h>

#include <cmath>

#include "render/legend_model.hpp"
#include "render/line_label_path.hpp"
#include "render_test_support.hpp"

using namespace ruralatlas;
using namespace ruralatlas::test::render_support;

TEST(render_line_label_path, WestwardLineIsReadLeftToRight) {
  // Drawn from x = 100 to x = 0: two 10 px glyphs centred at 50 along it read left to right,
  // at x = 45 then 55, upright (0°), not at 55 then 45 upside down (180°).
  const QPolygonF line{{100, 50}, {0, 50}};
  const std::vector<double> advances{10, 10};
  const auto poses = render::glyphs_along(line, advances, 50);
  ASSERT_TRUE(poses);
  ASSERT_EQ(poses->size(), 2u);
  EXPECT_NEAR((*poses)[0].centre.x(), 45, 1e-9);
  EXPECT_NEAR((*poses)[1].centre.x(), 55, 1e-9);
  EXPECT_NEAR((*poses)[0].angle_deg, 0, 1e-9);
  EXPECT_NEAR((*poses)[0].centre.y(), 50, 1e-9);
}

TEST(render_line_label_path, GlyphsFollowABendAndTurnWithIt) {
  // An L: 60 px east, then 60 px south (screen y down). Three 20 px glyphs centred at 60:
  // the first on the east leg (angle 0), the last on the south leg (angle 90), if turns of
  // 90° are allowed; the default 30° refuses the hairpin.
  const QPolygonF line{{0, 0}, {60, 0}, {60, 60}};
  const std::vector<double> advances{20, 20, 20};
  const auto poses = render::glyphs_along(line, advances, 60, 90);
  ASSERT_TRUE(poses);
  EXPECT_NEAR((*poses)[0].centre.x(), 40, 1e-9);
  EXPECT_NEAR((*poses)[0].angle_deg, 0, 1e-9);
  EXPECT_NEAR((*poses)[2].centre.y(), 20, 1e-9);
  EXPECT_NEAR((*poses)[2].angle_deg, 90, 1e-9);
  EXPECT_FALSE(render::glyphs_along(line, advances, 60));
  EXPECT_FALSE(render::glyphs_along(line, advances, 20)) << "runs off the start";
  EXPECT_NEAR(render::polyline_length(line), 120, 1e-9);
}

TEST(render_line_labels, RoadNamePrintedAlongARoadOncePerStretch) {
  render::ensure_gui_application();
  // 10 px per mm; 1 m = 2 px. A diagonal road in two segments of the same name.
  render::MapView view{core::Envelope{{0, 0}, {200, 200}}, QSizeF(400, 400), 254.0};
  core::Layer roads;
  roads.name = "roads";
  roads.geometry_kind = core::GeometryKind::Line;
  roads.fields = {{"name", core::FieldType::String, 0}};
  roads.features.push_back({0, core::MultiLineString{{{10.0, 10.0}, {100.0, 100.0}}}, {std::string("X101")}});
  roads.features.push_back({1, core::MultiLineString{{{100.0, 100.0}, {190.0, 190.0}}}, {std::string("X101")}});
  style::LayerStyle style;
  style.rules.push_back(rule("road", std::nullopt, {style::LineSymbol{{200, 200, 200}, 0.5, {}, std::nullopt, 0}}));
  style::LabelSpec spec;
  spec.field = "name";
  spec.size_pt = 10;
  spec.halo.reset();
  style.labels = spec;
  const render::StyledLayer layers[] = {{&roads, &style}};
  render::RenderStats stats;
  const QImage image = draw_map(view, layers, &stats, "road_label");
  // The two segments are 25 mm apart at their middles, closer than the repeat distance.
  EXPECT_EQ(stats.labels_placed, 1u);
  EXPECT_EQ(stats.labels_dropped, 0u);
  // The first segment's middle is (55, 55) m: device (110, 290). Glyphs straddle the line there.
  int dark_near_middle = 0, dark_elsewhere = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      if (image.pixelColor(x, y).lightness() < 80) (std::hypot(x - 110, y - 290) < 60 ? dark_near_middle : dark_elsewhere)++;
  EXPECT_GT(dark_near_middle, 100);
  EXPECT_EQ(dark_elsewhere, 0);
}

TEST(render_nested_circles, GraduatedSizeCirclesBecomeOneNestedGroup) {
  core::Layer sites;
  sites.name = "sites";
  sites.geometry_kind = core::GeometryKind::Point;
  style::LayerStyle style;
  style.title = "安置户数";
  style.renderer = style::RendererKind::GraduatedSize;
  auto circle = [](double size_mm) { return style::MarkerSymbol{style::MarkerShape::Circle, size_mm, style::Color{1, 2, 3}}; };
  style.rules.push_back(rule("< 100 户", std::nullopt, {circle(2)}));
  style.rules.push_back(rule("100–500 户", std::nullopt, {circle(5)}));
  style.rules.push_back(rule("≥ 500 户", std::nullopt, {circle(9)}));
  style.rules.push_back(rule("无数据", std::nullopt, {circle(2)}, true));
  const render::StyledLayer layers[] = {{&sites, &style}};
  const auto legend = render::build_legend(layers);
  ASSERT_EQ(legend.groups.size(), 1u);
  const auto& group = legend.groups[0];
  ASSERT_TRUE(group.nested_circles);
  ASSERT_EQ(group.nested_circles->circles.size(), 3u);
  EXPECT_EQ(group.nested_circles->largest_mm(), 9);
  EXPECT_EQ(group.nested_circles->circles[1].label, "100–500 户");
  ASSERT_EQ(group.items.size(), 1u) << "only the no-data rule stays an ordinary entry";
  EXPECT_EQ(group.items[0].label, "无数据");
  // Height: half a 3 mm line above the 9 mm circle; labels centred on the tops at 1.5, 5.5
  // and 8.5 mm, so the last ends at 10 mm, below the circles' bottom at 10.5 mm.
  EXPECT_NEAR(group.nested_circles->height_mm(3), 10.5, 1e-9);
  // 4 mm lines: circle tops at 2, 6 and 9 mm; the last label is pushed to 10 (a line below
  // 6) and ends at 12 mm, below the circles' bottom at 11.
  EXPECT_NEAR(group.nested_circles->height_mm(4), 12, 1e-9);
  EXPECT_NEAR(group.nested_circles->width_mm(20), 9 + render::NestedCirclesLegend::kLeaderMm + 1 + 20, 1e-9);
}
