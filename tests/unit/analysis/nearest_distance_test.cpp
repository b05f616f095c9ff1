#include <random>

#include <gtest/gtest.h>

#include "analysis/nearest_distance.hpp"
#include "core/error.hpp"

using namespace ruralatlas;

namespace {

core::Layer metric_layer(core::GeometryKind kind) {
  core::Layer layer;
  layer.crs.definition = "EPSG:4544";
  layer.geometry_kind = kind;
  return layer;
}

/// Brute force: every segment of every target, exact distance (Boost.Geometry's own).
double brute_distance(const core::Point& p, const core::Layer& targets, std::size_t& best_id) {
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t id = 0; id < targets.features.size(); ++id) {
    const double d = boost::geometry::distance(p, std::get<core::MultiLineString>(targets.features[id].geometry));
    if (d < best) best = d, best_id = id;
  }
  return best;
}

/// `count` random roads of `vertices` vertices, each step up to `max_step` in x and y.
core::Layer random_roads(std::mt19937& rng, int count, int vertices, double extent, double max_step) {
  std::uniform_real_distribution<double> coord(0, extent), step(-max_step, max_step);
  auto roads = metric_layer(core::GeometryKind::Line);
  for (int r = 0; r < count; ++r) {
    core::LineString line{{coord(rng), coord(rng)}};
    for (int v = 1; v < vertices; ++v) line.push_back({line.back().x() + step(rng), line.back().y() + step(rng)});
    roads.features.push_back({r, core::MultiLineString{line}, {}});
  }
  return roads;
}

}  // namespace

TEST(NearestDistance, EqualsBruteForceOnRandomRoads) {
  std::mt19937 rng(42);
  const auto roads = random_roads(rng, 300, 7, 50000, 3000);
  std::uniform_real_distribution<double> coord(0, 50000);
  auto villages = metric_layer(core::GeometryKind::Point);
  for (int v = 0; v < 2000; ++v) villages.features.push_back({v, core::MultiPoint{{coord(rng), coord(rng)}}, {}});
  const auto result = analysis::nearest_targets(villages, roads);
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    std::size_t id = 0;
    const double expected = brute_distance(std::get<core::MultiPoint>(villages.features[v].geometry).front(), roads, id);
    ASSERT_NEAR(result[v].distance_m, expected, 1e-9) << "village " << v;
  }
}

TEST(NearestDistance, HandComputedPointsLinesPolygonsAndMask) {
  auto roads = metric_layer(core::GeometryKind::Line);
  roads.features.push_back({0, core::MultiLineString{{{0.0, 0.0}, {100.0, 0.0}}}, {}});    // hardened
  roads.features.push_back({1, core::MultiLineString{{{0.0, 10.0}, {100.0, 10.0}}}, {}});  // earth
  auto village = metric_layer(core::GeometryKind::Point);
  village.features.push_back({0, core::MultiPoint{{50.0, 13.0}}, {}});
  village.features.push_back({1, core::MultiPoint{{103.0, -4.0}}, {}});  // beyond the end: 5 m to (100, 0)
  auto all = analysis::nearest_targets(village, roads);
  EXPECT_EQ(all[0].target, 1u);
  EXPECT_DOUBLE_EQ(all[0].distance_m, 3.0);
  EXPECT_DOUBLE_EQ(all[1].distance_m, 5.0);
  auto hardened = analysis::nearest_targets(village, roads, {true, false});
  EXPECT_EQ(hardened[0].target, 0u);
  EXPECT_DOUBLE_EQ(hardened[0].distance_m, 13.0);

  auto parks = metric_layer(core::GeometryKind::Polygon);
  core::Polygon square;
  boost::geometry::read_wkt("POLYGON((40 5,40 20,60 20,60 5,40 5))", square);
  boost::geometry::correct(square);
  parks.features.push_back({0, core::MultiPolygon{square}, {}});
  auto in_park = analysis::nearest_targets(village, parks);
  EXPECT_DOUBLE_EQ(in_park[0].distance_m, 0.0) << "inside a polygon is distance 0";
  EXPECT_DOUBLE_EQ(in_park[1].distance_m, std::hypot(43.0, 9.0));
}

TEST(NearestDistance, EmptyTargetsAndDegreesAreHandled) {
  auto village = metric_layer(core::GeometryKind::Point);
  village.features.push_back({0, core::MultiPoint{{1.0, 1.0}}, {}});
  auto none = analysis::nearest_targets(village, metric_layer(core::GeometryKind::Line));
  EXPECT_FALSE(none[0].target);
  auto degrees = village;
  degrees.crs.is_geographic = true;
  EXPECT_THROW(analysis::nearest_targets(degrees, village), core::Error);
}

TEST(NearestDistance, IndexFedOneTargetAtATimeReportsTheGivenIds) {
  // As a streamed network arrives: sparse ids (the file's feature ids after a filter), a
  // polygon that contains one village, and the lowest id winning where two polygons overlap.
  analysis::NearestTargetIndex index(metric_layer(core::GeometryKind::Line));
  index.add(core::MultiLineString{{{0.0, 0.0}, {100.0, 0.0}}}, 907);
  core::Polygon square, bigger;
  boost::geometry::read_wkt("POLYGON((200 0,200 50,250 50,250 0,200 0))", square);
  boost::geometry::read_wkt("POLYGON((190 -10,190 60,260 60,260 -10,190 -10))", bigger);
  boost::geometry::correct(square);
  boost::geometry::correct(bigger);
  index.add(core::MultiPolygon{bigger}, 31);
  index.add(core::MultiPolygon{square}, 12);
  index.add(core::MultiPoint{{50.0, 40.0}}, 5);
  auto village = metric_layer(core::GeometryKind::Point);
  for (auto [x, y] : {std::pair{50.0, -7.0}, {50.0, 30.0}, {220.0, 20.0}, {300.0, 60.0}})
    village.features.push_back({0, core::MultiPoint{{x, y}}, {}});
  const auto got = index.nearest(village);
  EXPECT_EQ(got[0].target, 907u);
  EXPECT_DOUBLE_EQ(got[0].distance_m, 7.0);
  EXPECT_EQ(got[1].target, 5u);
  EXPECT_DOUBLE_EQ(got[1].distance_m, 10.0);
  EXPECT_EQ(got[2].target, 12u) << "inside both squares: the lower id";
  EXPECT_DOUBLE_EQ(got[2].distance_m, 0.0);
  EXPECT_EQ(got[3].target, 31u);
  EXPECT_DOUBLE_EQ(got[3].distance_m, 40.0);  // to the corner (260, 60)
  auto degrees = metric_layer(core::GeometryKind::Line);
  degrees.crs.is_geographic = true;
  EXPECT_THROW(analysis::NearestTargetIndex{degrees}, core::Error);
}

TEST(NearestDistance, NationalSizeNetworkSplitInTwoTreesEqualsBruteForce) {
  // Above 200k segments the index packs a west and an east tree; long segments cross the split,
  // so points near it must still find a segment whose centre lies on the other side.
  std::mt19937 rng(11);
  const auto roads = random_roads(rng, 45000, 6, 400000, 4000);
  std::uniform_real_distribution<double> coord(0, 400000);
  auto villages = metric_layer(core::GeometryKind::Point);
  std::uniform_real_distribution<double> near_middle(190000, 210000);
  for (int v = 0; v < 300; ++v)
    villages.features.push_back({v, core::MultiPoint{{v % 2 ? coord(rng) : near_middle(rng), coord(rng)}}, {}});
  const auto result = analysis::nearest_targets(villages, roads);
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    std::size_t id = 0;
    const double expected = brute_distance(std::get<core::MultiPoint>(villages.features[v].geometry).front(), roads, id);
    ASSERT_NEAR(result[v].distance_m, expected, 1e-9) << "village " << v;
    EXPECT_NEAR(boost::geometry::distance(std::get<core::MultiPoint>(villages.features[v].geometry).front(),
                                          std::get<core::MultiLineString>(roads.features[*result[v].target].geometry)),
                expected, 1e-9)
        << "the reported road is at that distance, village " << v;
  }
}
