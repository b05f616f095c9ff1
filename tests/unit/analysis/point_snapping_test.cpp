// Grid snapping against the plain greedy definition computed by brute force.
#include <random>

#include <gtest/gtest.h>

#include "analysis/point_snapping.hpp"

using namespace ruralatlas;

namespace {

/// The definition: the first unassigned point founds a node and takes every unassigned point
/// within the tolerance of it, checked against every other point.
analysis::SnappedPoints brute_force(const std::vector<core::Point>& points, double tolerance_m) {
  analysis::SnappedPoints out;
  constexpr auto kUnassigned = ~std::uint32_t{0};
  out.node_of.assign(points.size(), kUnassigned);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (out.node_of[i] != kUnassigned) continue;
    const auto node = static_cast<std::uint32_t>(out.nodes.size());
    out.nodes.push_back(points[i]);
    for (std::size_t j = i; j < points.size(); ++j)
      if (out.node_of[j] == kUnassigned && boost::geometry::distance(points[i], points[j]) <= tolerance_m)
        out.node_of[j] = node;
  }
  return out;
}

/// Clustered points in Gauss-Kruger metres (zone prefix included), many within a metre of another.
std::vector<core::Point> clustered_points(unsigned seed, int clusters = 300) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> centre_x(35'400'000, 35'402'000), centre_y(4'100'000, 4'102'000);
  std::normal_distribution<double> jitter(0, 0.8);
  std::vector<core::Point> points;
  for (int c = 0; c < clusters; ++c) {
    const double x = centre_x(random), y = centre_y(random);
    for (int k = 0; k < 1 + c % 5; ++k) points.emplace_back(x + jitter(random), y + jitter(random));
  }
  std::shuffle(points.begin(), points.end(), random);
  return points;
}

}  // namespace

TEST(PointSnapping, MatchesTheGreedyDefinitionOnClusteredPoints) {
  for (const double tolerance_m : {0.0, 0.5, 1.0, 3.0}) {
    SCOPED_TRACE("tolerance " + std::to_string(tolerance_m));
    const auto points = clustered_points(7);
    const auto expected = brute_force(points, tolerance_m);
    const auto snapped = analysis::snap_points(points, tolerance_m);
    EXPECT_EQ(snapped.node_of, expected.node_of);
    ASSERT_EQ(snapped.nodes.size(), expected.nodes.size());
    for (std::size_t n = 0; n < expected.nodes.size(); ++n) {
      EXPECT_EQ(snapped.nodes[n].x(), expected.nodes[n].x());
      EXPECT_EQ(snapped.nodes[n].y(), expected.nodes[n].y());
    }
  }
}

TEST(PointSnapping, PointsExactlyAtTheToleranceJoinAndJustBeyondStayApart) {
  const std::vector<core::Point> points = {{1000, 1000}, {1001, 1000}, {1002.000001, 1000}, {1000, 1000}};
  const auto snapped = analysis::snap_points(points, 1.0);
  EXPECT_EQ(snapped.node_of, (std::vector<std::uint32_t>{0, 0, 1, 0}));
  EXPECT_EQ(snapped.nodes.size(), 2u);
}

TEST(PointSnapping, ZeroToleranceJoinsOnlyIdenticalPoints) {
  const std::vector<core::Point> points = {{5, 5}, {5, 5.0000001}, {5, 5}};
  EXPECT_EQ(analysis::snap_points(points, 0).node_of, (std::vector<std::uint32_t>{0, 1, 0}));
  EXPECT_TRUE(analysis::snap_points({}, 1.0).nodes.empty());
}

TEST(PointSnapping, EnoughPointsToSearchOnEveryCoreStillMatchTheGreedyDefinition) {
  const auto points = clustered_points(11, 4000);  // about 12,000 points: split across threads
  ASSERT_GT(points.size(), 10'000u);
  const auto expected = brute_force(points, 1.0);
  const auto snapped = analysis::snap_points(points, 1.0);
  EXPECT_EQ(snapped.node_of, expected.node_of);
  EXPECT_EQ(snapped.nodes.size(), expected.nodes.size());
  EXPECT_LT(snapped.nodes.size(), points.size() * 3 / 4);  // the clusters did join
}
