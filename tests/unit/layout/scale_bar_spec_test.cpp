// Scale bar nice numbers against hand-computed bars, and the invariant that makes a bar
// true at print size: millimetres on paper × scale denominator = metres on the ground.
#include <cmath>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/scale_bar_spec.hpp"

using namespace ruralatlas;
using layout::nice_scale_bar;
using Ticks = std::vector<double>;
using Labels = std::vector<std::string>;

TEST(layout_scale_bar_spec, HandComputedBars) {
  // 1:2,000,000 with 60 mm of room = 120 km → 100 km in 50 mm: two 50 km majors, the first halved.
  auto a = nice_scale_bar(2'000'000, 60);
  EXPECT_DOUBLE_EQ(a.ground_length_m, 100'000);
  EXPECT_DOUBLE_EQ(a.width_mm, 50);
  EXPECT_EQ(a.ticks_m, (Ticks{0, 25'000, 50'000, 100'000}));
  EXPECT_TRUE(a.kilometres);
  EXPECT_EQ(a.labels(), (Labels{"0", "25", "50", "100"}));

  // The brief's bar: 1:250,000 with 80 mm = exactly 20 km → "0 5 10 20 km", 80 mm long.
  auto b = nice_scale_bar(250'000, 80);
  EXPECT_DOUBLE_EQ(b.ground_length_m, 20'000);
  EXPECT_DOUBLE_EQ(b.width_mm, 80);
  EXPECT_EQ(b.labels(), (Labels{"0", "5", "10", "20"}));
  EXPECT_STREQ(b.unit_label(), "km");

  // 1:50,000 with 40 mm = exactly 2 km (not 1 km through rounding error) → 0 0.5 1 2 km.
  auto c = nice_scale_bar(50'000, 40);
  EXPECT_DOUBLE_EQ(c.ground_length_m, 2'000);
  EXPECT_EQ(c.labels(), (Labels{"0", "0.5", "1", "2"}));
  EXPECT_TRUE(c.kilometres);

  // 1:1,250,000 with 70 mm = 87.5 km → 50 km in 40 mm: five 10 km majors, the first halved.
  auto d = nice_scale_bar(1'250'000, 70);
  EXPECT_DOUBLE_EQ(d.ground_length_m, 50'000);
  EXPECT_DOUBLE_EQ(d.width_mm, 40);
  EXPECT_EQ(d.segment_count(), 6);
  EXPECT_EQ(d.labels(), (Labels{"0", "5", "10", "20", "30", "40", "50"}));

  // 1:10,000 with 45 mm = 450 m → 200 m in metres: 0 50 100 200 m.
  auto e = nice_scale_bar(10'000, 45);
  EXPECT_DOUBLE_EQ(e.ground_length_m, 200);
  EXPECT_DOUBLE_EQ(e.width_mm, 20);
  EXPECT_FALSE(e.kilometres);
  EXPECT_EQ(e.labels(), (Labels{"0", "50", "100", "200"}));

  // 1 km stays in metres rather than "0.25 km": 1:20,000 with 60 mm = 1.2 km → 0 250 500 1000 m.
  auto f = nice_scale_bar(20'000, 60);
  EXPECT_DOUBLE_EQ(f.ground_length_m, 1'000);
  EXPECT_FALSE(f.kilometres);
  EXPECT_EQ(f.labels(), (Labels{"0", "250", "500", "1000"}));

  // The sample region at 1:2,000,000 in a 88 mm room (176 km) → 100 km, 50 mm.
  EXPECT_DOUBLE_EQ(nice_scale_bar(2'000'000, 88).width_mm, 50);
}

TEST(layout_scale_bar_spec, OptionsForSegmentsAndUnits) {
  layout::ScaleBarOptions four_even;
  four_even.segments = 4;
  four_even.subdivide_first = false;
  auto a = nice_scale_bar(2'000'000, 60, four_even);
  EXPECT_EQ(a.ticks_m, (Ticks{0, 25'000, 50'000, 75'000, 100'000}));

  layout::ScaleBarOptions metres;
  metres.units = layout::ScaleBarUnits::Metres;
  EXPECT_EQ(nice_scale_bar(250'000, 80, metres).labels(), (Labels{"0", "5000", "10000", "20000"}));
  layout::ScaleBarOptions km;
  km.units = layout::ScaleBarUnits::Kilometres;
  EXPECT_EQ(nice_scale_bar(20'000, 60, km).labels(), (Labels{"0", "0.25", "0.5", "1"}));
}

TEST(layout_scale_bar_spec, TrueAtPrintSize) {
  for (double scale : {500.0, 3'333.0, 25'000.0, 58'823.5, 777'777.0, 2'000'000.0, 2'009'478.4, 9'000'000.0}) {
    for (double room_mm : {12.0, 20.0, 55.0, 88.0, 130.0}) {
      for (bool subdivide : {true, false}) {
        layout::ScaleBarOptions options;
        options.subdivide_first = subdivide;
        const auto bar = nice_scale_bar(scale, room_mm, options);
        SCOPED_TRACE("1:" + std::to_string(scale) + " in " + std::to_string(room_mm) + " mm");
        // Fits, and the next round length (at most 2.5× longer) would not.
        EXPECT_LE(bar.width_mm, room_mm + 1e-9);
        EXPECT_GT(bar.width_mm * 2.5, room_mm);
        // Round: 1, 2 or 5 × 10^n metres.
        const double mantissa = bar.ground_length_m / std::pow(10.0, std::floor(std::log10(bar.ground_length_m) + 1e-12));
        EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9)
            << mantissa;
        // True at print size: paper length × scale = ground length, for the bar and every tick.
        EXPECT_NEAR(bar.width_mm / 1000.0 * scale, bar.ground_length_m, 1e-9 * bar.ground_length_m);
        ASSERT_GE(bar.ticks_m.size(), 3u);
        EXPECT_EQ(bar.ticks_m.front(), 0.0);
        EXPECT_DOUBLE_EQ(bar.ticks_m.back(), bar.ground_length_m);
        for (std::size_t i = 1; i < bar.ticks_m.size(); ++i) {
          EXPECT_GT(bar.ticks_m[i], bar.ticks_m[i - 1]);
          EXPECT_NEAR(bar.to_paper_mm(bar.ticks_m[i]) / 1000.0 * scale, bar.ticks_m[i], 1e-9 * bar.ground_length_m);
        }
      }
    }
  }
}

TEST(layout_scale_bar_spec, Labels) {
  EXPECT_EQ(layout::representative_fraction(1'250'000), "1:1,250,000");
  EXPECT_EQ(layout::representative_fraction(2009478.4), "1:2,009,478");
  EXPECT_EQ(layout::representative_fraction(500), "1:500");
  EXPECT_EQ(layout::representative_fraction(100'000), "1:100,000");
  EXPECT_EQ(layout::scale_bar_label(25'000, true), "25");
  EXPECT_EQ(layout::scale_bar_label(2'500, true), "2.5");
  EXPECT_EQ(layout::scale_bar_label(12'500, true), "12.5");
  EXPECT_EQ(layout::scale_bar_label(250, false), "250");
  EXPECT_EQ(layout::scale_bar_label(0, true), "0");
}

TEST(layout_scale_bar_spec, RejectsNonPositiveInput) {
  EXPECT_THROW(nice_scale_bar(0, 50), core::Error);
  EXPECT_THROW(nice_scale_bar(100'000, 0), core::Error);
  EXPECT_THROW(nice_scale_bar(-5, 50), core::Error);
}
