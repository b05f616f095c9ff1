// The kilometre grid's maths: round intervals, lines strictly inside the frame, km labels.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/grid_spec.hpp"

using namespace ruralatlas::layout;

TEST(GridSpec, AutoIntervalIsRoundAndPutsAboutFiveLinesAcross) {
  EXPECT_DOUBLE_EQ(auto_grid_interval_m(21'700), 5'000);   // an atlas page: 4 lines
  EXPECT_DOUBLE_EQ(auto_grid_interval_m(9'000), 2'000);
  EXPECT_DOUBLE_EQ(auto_grid_interval_m(540'000), 100'000);
  for (double width : {730.0, 8'400.0, 61'000.0, 333'000.0}) {
    const auto lines = grid_positions(0.5, width + 0.5, auto_grid_interval_m(width)).size();
    EXPECT_GE(lines, 2u) << width;
    EXPECT_LE(lines, 7u) << width;
  }
  EXPECT_THROW(auto_grid_interval_m(0), ruralatlas::core::Error);
}

TEST(GridSpec, PositionsAreMultiplesStrictlyInside) {
  EXPECT_EQ(grid_positions(3'987'400, 3'999'100, 2'000), (std::vector<double>{3'988'000, 3'990'000, 3'992'000,
                                                                             3'994'000, 3'996'000, 3'998'000}));
  EXPECT_EQ(grid_positions(2'000, 6'000, 2'000), (std::vector<double>{4'000}));  // the edges carry no line
  EXPECT_EQ(grid_positions(-3'500, 1'000, 2'000), (std::vector<double>{-2'000, 0}));
  EXPECT_TRUE(grid_positions(0, 1'000, 0).empty());
}

TEST(GridSpec, LabelsInKilometresWithTheDecimalsTheIntervalNeeds) {
  EXPECT_EQ(grid_label(3'990'000, 2'000), "3990");
  EXPECT_EQ(grid_label(512'500, 500), "512.5");
  EXPECT_EQ(grid_label(512'550, 50), "512.55");
}
