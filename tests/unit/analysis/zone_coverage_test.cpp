// Population coverage by zone on hand-made villages.
#include <gtest/gtest.h>

#include "analysis/zone_coverage.hpp"

using namespace ruralatlas;

TEST(ZoneCoverage, SharesOfVillagesAndPeopleCountOnlyKnownCoverage) {
  // zone 0: covered 100 people, not covered 300, unknown 50 → 1 of 2 villages, 25% of people;
  // zone 1: covered with unknown population → 1 of 1 village, no population share;
  // the last village is in no zone.
  const std::vector<std::optional<bool>> covered = {true, false, std::nullopt, true, true};
  const std::vector<std::optional<double>> population = {100.0, 300.0, 50.0, std::nullopt, 7.0};
  const std::vector<std::optional<std::size_t>> zone_of = {0, 0, 0, 1, std::nullopt};
  const auto zones = analysis::coverage_by_zone(covered, population, zone_of, 2);
  ASSERT_EQ(zones.size(), 2u);
  EXPECT_EQ(zones[0].villages, 3u);
  EXPECT_EQ(zones[0].villages_covered, 1u);
  EXPECT_EQ(zones[0].villages_no_data, 1u);
  EXPECT_DOUBLE_EQ(*zones[0].villages_covered_pct(), 50.0);
  EXPECT_DOUBLE_EQ(zones[0].population, 400.0);
  EXPECT_DOUBLE_EQ(zones[0].population_covered, 100.0);
  EXPECT_DOUBLE_EQ(*zones[0].population_covered_pct(), 25.0);
  EXPECT_DOUBLE_EQ(*zones[1].villages_covered_pct(), 100.0);
  EXPECT_FALSE(zones[1].population_covered_pct());
}
