#include "render/shared_outline.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "render_test_support.hpp"

using namespace ruralatlas;
using ruralatlas::test::render_support::polygon;

namespace {

std::string wkt(const std::vector<core::Point>& run) {
  std::ostringstream out;
  out << boost::geometry::wkt(core::LineString(run.begin(), run.end()));
  return out.str();
}

double length(const std::vector<std::vector<core::Point>>& runs) {
  double total = 0;
  for (const auto& run : runs) total += boost::geometry::length(core::LineString(run.begin(), run.end()));
  return total;
}

}  // namespace

TEST(render_shared_outline, ASharedEdgeIsDrawnOnceAndRunsStayContinuous) {
  render::detail::SharedOutline outline;
  std::vector<std::vector<core::Point>> runs;
  outline.add(polygon("POLYGON((0 0,0 10,10 10,10 0,0 0))"), runs);
  ASSERT_EQ(runs.size(), 1u) << "a new polygon is one closed run";
  EXPECT_EQ(runs[0].size(), 5u);
  runs.clear();
  // The neighbour shares the edge x = 10 (traversed the other way round): three edges remain,
  // as one run through its corners.
  outline.add(polygon("POLYGON((10 0,10 10,20 10,20 0,10 0))"), runs);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].size(), 4u) << wkt(runs[0]);
  EXPECT_DOUBLE_EQ(length(runs), 30);
  for (const auto& p : runs[0]) EXPECT_FALSE(p.x() == 10 && p.y() > 0 && p.y() < 10);
}

TEST(render_shared_outline, AnIslandFillingAHoleAddsNothingAndAThirdNeighbourOnlyItsNewEdges) {
  render::detail::SharedOutline outline;
  std::vector<std::vector<core::Point>> runs;
  outline.add(polygon("POLYGON((0 0,0 30,30 30,30 0,0 0),(10 10,20 10,20 20,10 20,10 10))"), runs);
  EXPECT_EQ(runs.size(), 2u) << "outer ring and hole";
  runs.clear();
  outline.add(polygon("POLYGON((10 10,10 20,20 20,20 10,10 10))"), runs);
  EXPECT_TRUE(runs.empty()) << "the island's whole ring is the hole's";
  // Shares the edge (30 0)-(30 30), last in its ring: the other three form one run.
  outline.add(polygon("POLYGON((30 30,40 30,40 0,30 0,30 30))"), runs);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_DOUBLE_EQ(length(runs), 10 + 30 + 10);
}
