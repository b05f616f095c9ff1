// The graticule's maths: round angles in degrees and minutes, and labels as printed on maps.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/graticule_spec.hpp"

using namespace ruralatlas::layout;

TEST(GraticuleSpec, AutoIntervalIsARoundAngleGivingTwoToFiveLines) {
  EXPECT_DOUBLE_EQ(auto_graticule_interval_deg(6.5), 2.0);         // the four prefectures: 105°, 107°
  EXPECT_DOUBLE_EQ(auto_graticule_interval_deg(0.25), 5 / 60.0);   // a township page
  EXPECT_DOUBLE_EQ(auto_graticule_interval_deg(0.045), 1 / 60.0);  // a village sheet
  EXPECT_DOUBLE_EQ(auto_graticule_interval_deg(70), 15.0);
  for (double span : {0.04, 0.3, 1.1, 4.0, 23.0}) {
    const double step = auto_graticule_interval_deg(span);
    EXPECT_LE(span / step, 5.5) << span;
    EXPECT_GE(span / step, 2.0) << span;
  }
  EXPECT_THROW(auto_graticule_interval_deg(0), ruralatlas::core::Error);
}

TEST(GraticuleSpec, LabelsInDegreesAndMinutesWithHemisphere) {
  EXPECT_EQ(graticule_label(105.0, 1.0, true), "105°E");
  EXPECT_EQ(graticule_label(105.5, 0.5, true), "105°30′E");
  EXPECT_EQ(graticule_label(36.0, 0.5, false), "36°00′N");  // minutes shown when the interval has them
  EXPECT_EQ(graticule_label(35 + 5 / 60.0, 5 / 60.0, false), "35°05′N");
  EXPECT_EQ(graticule_label(-12.25, 0.25, false), "12°15′S");
  EXPECT_EQ(graticule_label(-70.0, 10.0, true), "70°W");
  EXPECT_EQ(graticule_label(0.0, 1.0, true), "0°");
  // Floating-point multiples of a minute still print as whole minutes.
  EXPECT_EQ(graticule_label(7 * (1 / 60.0) + 104, 1 / 60.0, true), "104°07′E");
}
