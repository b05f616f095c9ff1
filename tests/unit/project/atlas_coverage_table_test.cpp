// Coverage counts per atlas feature, checked against counts made by hand.
#include <gtest/gtest.h>

#include <boost/geometry.hpp>

#include "project/atlas_coverage_table.hpp"

using namespace ruralatlas;

namespace {

core::Layer two_zones() {
  core::Layer zones;
  zones.name = "townships";
  zones.geometry_kind = core::GeometryKind::Polygon;
  for (double x0 : {0.0, 10.0}) {
    core::Polygon p;
    boost::geometry::read_wkt("POLYGON((0 0,0 10,10 10,10 0,0 0))", p);
    for (auto& pt : p.outer()) pt = core::Point(pt.x() + x0, pt.y());
    boost::geometry::correct(p);
    zones.features.push_back({static_cast<std::int64_t>(x0), core::MultiPolygon{p}, {}});
  }
  return zones;
}

/// Villages at x with a tap-water rate: zone 0 gets 95, 80, 90; zone 1 gets 50; one outside.
core::Layer villages() {
  core::Layer layer;
  layer.name = "villages";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"pct", core::FieldType::Real}};
  const std::vector<std::pair<double, double>> points{{1, 95}, {2, 80}, {3, 90}, {15, 50}, {25, 99}};
  std::int64_t fid = 0;
  for (const auto& [x, pct] : points)
    layer.features.push_back({fid++, core::MultiPoint{core::Point(x, 5)}, {pct}});
  return layer;
}

}  // namespace

TEST(atlas_coverage_table, CountsPointsInsideEachZoneAndThoseCovered) {
  auto covered = style::Filter::parse("pct >= 90");
  const auto layer = villages();
  covered.bind(layer.fields);
  const auto counts = project::count_coverage(layer, two_zones(), covered);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].total, 3u);
  EXPECT_EQ(counts[0].covered, 2u);  // 95 and 90
  EXPECT_EQ(counts[1].total, 1u);
  EXPECT_EQ(counts[1].covered, 0u);
}

TEST(atlas_coverage_table, RowsForThePageAndForAllPages) {
  project::AtlasTableSpec spec;
  spec.header = {"乡镇", "行政村", "达标", "达标率"};
  const auto table = project::coverage_table(spec, "城关镇", {3, 2}, {8, 5}, 4);
  EXPECT_EQ(table.header, spec.header);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0], (std::vector<std::string>{"城关镇", "3", "2", "66.7%"}));
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"合计（4 个）", "8", "5", "62.5%"}));
  EXPECT_EQ(project::share_text({0, 0}), "—");
}
