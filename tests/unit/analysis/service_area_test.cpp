// Service-area polygons against the closed form: a straight road with the facility at one end.
#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "analysis/facility_travel_time.hpp"
#include "analysis/service_area.hpp"
#include "analysis/speed_table.hpp"

using namespace ruralatlas;

namespace {

core::Layer straight_roads() {
  core::Layer layer;
  layer.crs.definition = "EPSG:4544";
  layer.geometry_kind = core::GeometryKind::Line;
  layer.fields = {{"road_class", core::FieldType::String, 0}, {"surface", core::FieldType::String, 0}};
  core::Feature main, apart;
  main.geometry = core::MultiLineString{core::LineString{{0, 0}, {10000, 0}}};
  main.attributes = {std::string("county"), std::string("asphalt")};
  apart.geometry = core::MultiLineString{core::LineString{{0, 3000}, {10000, 3000}}};
  apart.attributes = {std::string("county"), std::string("asphalt")};
  layer.features = {main, apart};
  return layer;
}

}  // namespace

TEST(ServiceArea, StraightRoadGivesTheHullOfTheStartDiscAndTheFarthestPoint) {
  const auto graph = analysis::build_road_graph(straight_roads(), {});
  analysis::SpeedTable speeds;
  speeds.kmh["county"] = {{"asphalt", 60}};  // 1000 m a minute
  const auto minutes = analysis::edge_minutes(graph, speeds);
  const std::vector<std::optional<core::Point>> facility = {core::Point{0, 0}};
  const auto travel = analysis::travel_to_nearest_facility(graph, minutes, {}, facility, 6);  // off-road 100 m/min
  const auto area = analysis::service_area(travel.network, travel.times, {core::Point{0, 0}}, {5, 6, 96});

  // 5 minutes: 5000 m along the road; 500 m off-road at the start, nothing left at the far point.
  const double r = 500, reach = 5000;
  const double exact_m2 = r * std::sqrt(reach * reach - r * r) + r * r * (std::numbers::pi - std::acos(r / reach));
  EXPECT_NEAR(boost::geometry::area(area), exact_m2, exact_m2 * 0.002);
  for (const auto& [x, y, inside] : std::vector<std::tuple<double, double, bool>>{
           {4900, 0, true}, {5100, 0, false}, {0, 490, true}, {-490, 0, true}, {0, 520, false},
           {2500, 200, true}, {2500, 300, false}, {100, 3000, false}})
    EXPECT_EQ(boost::geometry::within(core::Point{x, y}, area), inside) << x << ", " << y;
}
