#include <gtest/gtest.h>

#include "analysis/point_in_polygon.hpp"
#include "analysis/zonal_statistics.hpp"
#include "core/error.hpp"

using namespace ruralatlas;

namespace {

core::Layer two_zones() {
  core::Layer zones;
  zones.fields = {{"code", core::FieldType::String, 0}};
  core::Polygon a, b;
  boost::geometry::read_wkt("POLYGON((0 0,0 10,10 10,10 0,0 0))", a);
  boost::geometry::read_wkt("POLYGON((10 0,10 10,20 10,20 0,10 0))", b);
  boost::geometry::correct(a);
  boost::geometry::correct(b);
  zones.features.push_back({0, core::MultiPolygon{a}, {std::string("A")}});
  zones.features.push_back({1, core::MultiPolygon{b}, {std::string("B")}});
  return zones;
}

core::Layer villages() {
  core::Layer points;
  points.fields = {{"tap", core::FieldType::Real, 0}, {"hh", core::FieldType::Real, 0}};
  auto add = [&](double x, double y, core::Value tap, core::Value hh) {
    points.features.push_back({static_cast<std::int64_t>(points.features.size()), core::MultiPoint{{x, y}}, {tap, hh}});
  };
  add(1, 1, 90.0, 100.0);    // A
  add(2, 2, 10.0, 100.0);    // A
  add(9, 9, {}, 50.0);       // A, tap unknown
  add(10, 5, 45.0, 50.0);    // on the shared edge: the first zone (A)
  add(15, 5, 30.0, 40.0);    // B
  add(25, 5, 1.0, 1.0);      // outside
  return points;
}

}  // namespace

TEST(ZonalStatistics, RatesAreReaggregatedNotAveraged) {
  const auto zones = two_zones();
  const auto points = villages();
  const auto zone_of = analysis::locate_points(points, zones);
  ASSERT_EQ(zone_of.size(), 6u);
  EXPECT_EQ(zone_of[3], 0u);
  EXPECT_EQ(zone_of[4], 1u);
  EXPECT_FALSE(zone_of[5]);
  std::vector<analysis::ZoneStat> stats = {analysis::parse_zone_stat("count"), analysis::parse_zone_stat("sum:hh"),
                                           analysis::parse_zone_stat("rate:tap/hh"), analysis::parse_zone_stat("max:tap")};
  const auto result = analysis::aggregate_to_zones(points, zones, zone_of, stats);
  EXPECT_EQ(result.points_outside, 1u);
  EXPECT_EQ(result.null_values, 2u) << "the unknown tap counts for rate and max";
  const auto& a = result.zones.features[0].attributes;
  EXPECT_EQ(std::get<std::int64_t>(a[1]), 4);
  EXPECT_DOUBLE_EQ(std::get<double>(a[2]), 300.0);
  // (90 + 10 + 45) / (100 + 100 + 50), the village with unknown tap left out of both sides.
  EXPECT_DOUBLE_EQ(std::get<double>(a[3]), 100.0 * 145.0 / 250.0);
  EXPECT_DOUBLE_EQ(std::get<double>(a[4]), 90.0);
  EXPECT_DOUBLE_EQ(std::get<double>(result.zones.features[1].attributes[3]), 75.0);
  EXPECT_EQ(result.zones.fields[3].name, "tap_rate_pct");
}

TEST(ZonalStatistics, PointInPolygonMatchesBruteForce) {
  const auto zones = two_zones();
  core::Layer points;
  for (int i = 0; i < 400; ++i)
    points.features.push_back({i, core::MultiPoint{{(i * 37 % 230) / 10.0 - 1.0, (i * 53 % 120) / 10.0 - 1.0}}, {}});
  const auto zone_of = analysis::locate_points(points, zones);
  for (std::size_t p = 0; p < points.features.size(); ++p) {
    std::optional<std::size_t> brute;
    const auto& pt = std::get<core::MultiPoint>(points.features[p].geometry).front();
    for (std::size_t z = 0; z < zones.features.size() && !brute; ++z)
      if (boost::geometry::covered_by(pt, std::get<core::MultiPolygon>(zones.features[z].geometry))) brute = z;
    EXPECT_EQ(zone_of[p], brute) << "point " << p;
  }
}

TEST(ZonalStatistics, UnknownStatisticsAreUsageErrors) {
  for (const char* bad : {"median:x", "sum", "rate:x", "rate:/y", "sum:"}) {
    SCOPED_TRACE(bad);
    EXPECT_THROW(analysis::parse_zone_stat(bad), core::Error);
  }
}
