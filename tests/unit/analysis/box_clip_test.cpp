// Clipping to a box, checked against areas and crossing points computed by hand.
#include <gtest/gtest.h>

#include <boost/geometry.hpp>

#include "analysis/box_clip.hpp"

using namespace ruralatlas;

namespace {

core::MultiPolygon polygon(const char* wkt) {
  core::MultiPolygon p;
  boost::geometry::read_wkt(wkt, p);
  boost::geometry::correct(p);
  return p;
}

const core::Envelope kBox{{5, 5}, {15, 15}};

}  // namespace

TEST(box_clip, PolygonKeepsExactlyItsAreaInsideTheBox) {
  // 0–10 square: the 5–10 quarter is inside.
  EXPECT_DOUBLE_EQ(boost::geometry::area(analysis::clip_to_box(polygon("MULTIPOLYGON(((0 0,0 10,10 10,10 0,0 0)))"), kBox)), 25.0);
  // An L whose notch (6–20 × 6–20 cut from 0–20) leaves 5–6 strips inside: 1×10 + 1×10 − 1×1.
  const auto l_shape = polygon("MULTIPOLYGON(((0 0,0 20,6 20,6 6,20 6,20 0,0 0)))");
  EXPECT_NEAR(boost::geometry::area(analysis::clip_to_box(l_shape, kBox)), 19.0, 1e-9);
  // Wholly inside: unchanged; wholly outside: gone.
  EXPECT_DOUBLE_EQ(boost::geometry::area(analysis::clip_to_box(polygon("MULTIPOLYGON(((6 6,6 8,8 8,8 6,6 6)))"), kBox)), 4.0);
  EXPECT_TRUE(analysis::clip_to_box(polygon("MULTIPOLYGON(((20 20,20 30,30 30,30 20,20 20)))"), kBox).empty());
}

TEST(box_clip, HolesAreClippedToo) {
  // 0–20 square with a 8–12 hole: inside the box 100 − 16.
  const auto ring = polygon("MULTIPOLYGON(((0 0,0 20,20 20,20 0,0 0),(8 8,12 8,12 12,8 12,8 8)))");
  EXPECT_NEAR(boost::geometry::area(analysis::clip_to_box(ring, kBox)), 84.0, 1e-9);
}

TEST(box_clip, LineLeavingAndReenteringBecomesTwoParts) {
  core::MultiLineString lines;
  boost::geometry::read_wkt("MULTILINESTRING((0 10,10 10,10 20,12 20,12 10,20 10))", lines);
  const auto parts = analysis::clip_to_box(lines, kBox);
  ASSERT_EQ(parts.size(), 2u);
  ASSERT_EQ(parts[0].size(), 3u);  // (5,10) (10,10) (10,15)
  EXPECT_DOUBLE_EQ(parts[0].front().x(), 5.0);
  EXPECT_DOUBLE_EQ(parts[0].back().y(), 15.0);
  ASSERT_EQ(parts[1].size(), 3u);  // (12,15) (12,10) (15,10)
  EXPECT_DOUBLE_EQ(parts[1].front().x(), 12.0);
  EXPECT_DOUBLE_EQ(parts[1].back().x(), 15.0);
  EXPECT_NEAR(boost::geometry::length(parts), 5 + 5 + 5 + 3, 1e-12);
}
