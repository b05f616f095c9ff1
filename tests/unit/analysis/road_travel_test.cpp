// Road graph, speeds and travel times on a small network whose minutes are worked out by hand.
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_report.hpp"
#include "analysis/road_graph.hpp"
#include "analysis/speed_table.hpp"
#include "core/error.hpp"

using namespace ruralatlas;

namespace {

core::Feature road(std::int64_t fid, std::vector<core::Point> points, const std::string& road_class, const std::string& surface) {
  core::Feature f;
  f.fid = fid;
  f.geometry = core::MultiLineString{core::LineString(points.begin(), points.end())};
  f.attributes = {road_class, surface};
  return f;
}

/// Metres in a Gauss-Kruger zone. Road 1 starts on road 0's interior (a T-junction with no shared
/// vertex), road 2 crosses road 0, road 4 starts 0.5 m past road 0's end, road 3 is on its own.
core::Layer sample_roads() {
  core::Layer layer;
  layer.name = "roads";
  layer.crs.definition = "EPSG:4544";
  layer.geometry_kind = core::GeometryKind::Line;
  layer.fields = {{"road_class", core::FieldType::String, 0}, {"surface", core::FieldType::String, 0}};
  layer.features = {road(10, {{0, 0}, {3000, 0}}, "county", "asphalt"),
                    road(11, {{1000, 0}, {1000, 2000}}, "village", "cement"),
                    road(12, {{2000, -1000}, {2000, 1000}}, "village", "earth"),
                    road(13, {{5000, 5000}, {6000, 5000}}, "village", "gravel"),
                    road(14, {{3000.5, 0}, {4000, 0}}, "township", "cement")};
  return layer;
}

/// km/h chosen so metres per minute are round: 60 → 1000, 40 → 666.67, 30 → 500, 20 → 333.33, 15 → 250.
analysis::SpeedTable sample_speeds() {
  analysis::SpeedTable table;
  table.source = "speeds.yaml";
  table.kmh["county"] = {{"asphalt", 60}};
  table.kmh["township"] = {{"cement", 40}};
  table.kmh["village"] = {{"cement", 30}, {"earth", 15}, {"gravel", 20}};
  return table;
}

constexpr double kAccessKmh = 6;  // 100 m a minute

std::vector<std::optional<core::Point>> points(std::vector<core::Point> ps) {
  return {ps.begin(), ps.end()};
}

}  // namespace

TEST(RoadGraph, NodesAtSharedVerticesTJunctionsCrossingsAndSnappedEnds) {
  const auto graph = analysis::build_road_graph(sample_roads(), {1.0, "road_class", "surface"});
  // 10 vertices, one snapped onto road 0's end, plus the crossing at (2000, 0).
  EXPECT_EQ(graph.nodes.size(), 10u);
  // Road 0 cut at the T-junction and the crossing (3), road 2 cut at the crossing (2), three whole roads.
  ASSERT_EQ(graph.edges.size(), 8u);
  double road0_m = 0;
  std::size_t road0_edges = 0;
  for (const auto& e : graph.edges)
    if (e.road == 0) road0_m += e.length_m, ++road0_edges;
  EXPECT_EQ(road0_edges, 3u);
  EXPECT_DOUBLE_EQ(road0_m, 3000);
  const auto report = analysis::describe_network(graph);
  EXPECT_EQ(report.dangling_nodes.size(), 7u);
  ASSERT_EQ(report.components.size(), 2u);
  EXPECT_EQ(report.components[0].nodes, 8u);
  EXPECT_EQ(report.components[0].edges, 7u);
  EXPECT_NEAR(report.components[0].length_m, 3000 + 2000 + 2000 + 1000, 1e-9);
  EXPECT_EQ(report.components[1].nodes, 2u);
}

TEST(RoadGraph, GapWiderThanTheToleranceStaysOpen) {
  const auto graph = analysis::build_road_graph(sample_roads(), {0.1, "road_class", "surface"});
  EXPECT_EQ(graph.nodes.size(), 11u);
  EXPECT_EQ(analysis::describe_network(graph).components.size(), 3u);
}

TEST(RoadGraph, RefusesDegrees) {
  auto roads = sample_roads();
  roads.crs.definition = "EPSG:4490";
  roads.crs.is_geographic = true;
  EXPECT_THROW(analysis::build_road_graph(roads, {}), core::Error);
}

TEST(TravelTime, HandComputedMinutesAndNearestFacility) {
  const auto graph = analysis::build_road_graph(sample_roads(), {1.0, "road_class", "surface"});
  const auto minutes = analysis::edge_minutes(graph, sample_speeds());
  const auto facilities = points({{0, -100}, {4000, 100}});
  const auto villages = points({
      {1000, 2100},  // A: up road 1 from the T-junction
      {2100, 700},   // B: on road 2, north of the crossing
      {3500, 100},   // C: on road 4, past the snapped gap
      {5500, 5100},  // D: on the separate road
      {500, -50},    // E: on road 0 between facility 0 and the T-junction
  });
  const auto result = analysis::travel_to_nearest_facility(graph, minutes, villages, facilities, kAccessKmh);
  ASSERT_EQ(result.trips.size(), 5u);
  struct Expected {
    std::optional<std::size_t> facility;
    double minutes;
  };
  const std::vector<Expected> expected = {
      {0, 1 + 1000.0 / 1000 + 2000.0 / 500 + 1},           // 7
      {0, 1 + 2000.0 / 1000 + 700.0 / 250 + 1},            // 6.8
      {1, 1 + 500.0 / (40000.0 / 60) + 1},                 // 2.75
      {std::nullopt, 0},                                   // unreachable
      {0, 1 + 500.0 / 1000 + 0.5},                         // 2: along the shared edge, not round it
  };
  for (std::size_t v = 0; v < expected.size(); ++v) {
    SCOPED_TRACE("village " + std::to_string(v));
    EXPECT_EQ(result.trips[v].facility, expected[v].facility);
    if (!expected[v].facility) {
      EXPECT_FALSE(result.trips[v].travel_min.has_value());
      continue;
    }
    ASSERT_TRUE(result.trips[v].travel_min.has_value());
    EXPECT_NEAR(*result.trips[v].travel_min, expected[v].minutes, 1e-9);
  }
}

TEST(TravelTime, SnappingToleranceDecidesWhetherTheGapIsCrossed) {
  const auto graph = analysis::build_road_graph(sample_roads(), {0.1, "road_class", "surface"});
  const auto minutes = analysis::edge_minutes(graph, sample_speeds());
  const auto result = analysis::travel_to_nearest_facility(graph, minutes, points({{3500, 100}}), points({{0, -100}}), kAccessKmh);
  EXPECT_FALSE(result.trips[0].travel_min.has_value());
}

TEST(SpeedTable, MissingClassIsAnErrorNamingTheClass) {
  const auto graph = analysis::build_road_graph(sample_roads(), {1.0, "road_class", "surface"});
  auto speeds = sample_speeds();
  speeds.kmh.erase("township");
  try {
    analysis::edge_minutes(graph, speeds);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("'township'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("speeds.yaml"), std::string::npos) << e.what();
  }
}

TEST(SpeedTable, MissingSurfaceNamesClassAndSurfaceAndAClassWideSpeedApplies) {
  auto speeds = sample_speeds();
  speeds.kmh["village"].erase("earth");
  try {
    (void)speeds.speed_kmh("village", "earth", 12);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("'earth'"), std::string::npos) << e.what();
  }
  speeds.kmh["village"][""] = 12;
  EXPECT_EQ(speeds.speed_kmh("village", "earth", 12), 12);
  EXPECT_EQ(speeds.speed_kmh("village", "cement", 12), 30);
}

TEST(RoadGraph, LargeGridOfCrossingsSplitsEverySegmentWhateverTheThreads) {
  // 100 west-east and 100 south-north lines 10 m apart, each of 50 segments of 20 m: 10,000
  // segments, enough for the splitter to query on every core. No line vertex lies on another
  // line, so the graph has every vertex (2 x 100 x 51), every crossing (100 x 100) and each
  // segment cut in three by the two lines crossing it.
  core::Layer layer = sample_roads();
  layer.features.clear();
  for (int i = 0; i < 100; ++i) {
    std::vector<core::Point> across, up;
    for (int k = 0; k <= 50; ++k) {
      across.emplace_back(20.0 * k, 10.0 * i + 5);
      up.emplace_back(10.0 * i + 5, 20.0 * k);
    }
    layer.features.push_back(road(2 * i, across, "village", "earth"));
    layer.features.push_back(road(2 * i + 1, up, "village", "earth"));
  }
  const auto graph = analysis::build_road_graph(layer, {1.0, "road_class", "surface"});
  EXPECT_EQ(graph.nodes.size(), 2u * 100 * 51 + 100 * 100);
  EXPECT_EQ(graph.edges.size(), 2u * 100 * 50 * 3);
  double total_m = 0;
  for (const auto& e : graph.edges) {
    total_m += e.length_m;
    EXPECT_TRUE(std::abs(e.length_m - 5) < 1e-9 || std::abs(e.length_m - 10) < 1e-9) << e.length_m;
  }
  EXPECT_NEAR(total_m, 2 * 100 * 1000.0, 1e-6);
  // Crossing nodes are numbered the same on every build.
  const auto again = analysis::build_road_graph(layer, {1.0, "road_class", "surface"});
  ASSERT_EQ(again.nodes.size(), graph.nodes.size());
  for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
    ASSERT_EQ(again.nodes[n].x(), graph.nodes[n].x());
    ASSERT_EQ(again.nodes[n].y(), graph.nodes[n].y());
  }
}
