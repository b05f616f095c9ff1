#include <gtest/gtest.h>

#include "layout/page_spec.hpp"
#include "layout/scale_bar_spec.hpp"

using namespace ruralatlas::layout;

TEST(ScaleBarSpec, RoundLengthsThatFit) {
  // 1:2,000,000, 60 mm available = 120 km of ground → 100 km, 50 mm long.
  auto a = nice_scale_bar(2'000'000, 60);
  EXPECT_DOUBLE_EQ(a.ground_length_m, 100'000);
  EXPECT_DOUBLE_EQ(a.width_mm, 50);
  EXPECT_TRUE(a.kilometres);
  // 1:50,000, 40 mm = 2 km → 2 km exactly.
  EXPECT_DOUBLE_EQ(nice_scale_bar(50'000, 40).ground_length_m, 2'000);
  // 1:10,000, 45 mm = 450 m → 200 m, in metres.
  auto c = nice_scale_bar(10'000, 45);
  EXPECT_DOUBLE_EQ(c.ground_length_m, 200);
  EXPECT_FALSE(c.kilometres);
  // 1:1,250,000, 70 mm = 87.5 km → 50 km in 5 segments of 10 km.
  auto d = nice_scale_bar(1'250'000, 70);
  EXPECT_DOUBLE_EQ(d.ground_length_m, 50'000);
  EXPECT_EQ(d.segments, 5);
}

TEST(ScaleBarSpec, TrueAtPrintSize) {
  for (double scale : {3'333.0, 25'000.0, 777'777.0, 2'009'478.0, 9'000'000.0}) {
    for (double room : {20.0, 55.0, 130.0}) {
      const auto bar = nice_scale_bar(scale, room);
      EXPECT_LE(bar.width_mm, room + 1e-9);
      EXPECT_GT(bar.width_mm, room / 2.5) << "the next round length would not fit";
      EXPECT_NEAR(bar.width_mm / 1000.0 * scale, bar.ground_length_m, 1e-6 * bar.ground_length_m);
    }
  }
}

TEST(ScaleBarSpec, Labels) {
  EXPECT_EQ(representative_fraction(2009478.4), "1:2,009,478");
  EXPECT_EQ(representative_fraction(500), "1:500");
  EXPECT_EQ(scale_bar_label(25'000, true), "25");
  EXPECT_EQ(scale_bar_label(2'500, true), "2.5");
  EXPECT_EQ(scale_bar_label(250, false), "250");
}

TEST(PageSpec, IsoSizesInBothOrientations) {
  EXPECT_DOUBLE_EQ(iso_page("A3", true)->width_mm, 420);
  EXPECT_DOUBLE_EQ(iso_page("A3", true)->height_mm, 297);
  EXPECT_DOUBLE_EQ(iso_page("A4", false)->width_mm, 210);
  EXPECT_DOUBLE_EQ(iso_page("A0", false)->height_mm, 1189);
  EXPECT_FALSE(iso_page("B5", false));
}
