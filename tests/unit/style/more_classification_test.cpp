// Pretty, standard-deviation and head/tail breaks against hand-computed values and
// independent reference computations (Python's statistics module; the head/tail listing of
// Jiang 2013), with the expected numbers written out here.
#include <gtest/gtest.h>

#include <vector>

#include "style/classification_registry.hpp"
#include "style/head_tail_breaks.hpp"
#include "style/pretty_breaks.hpp"
#include "style/standard_deviation_breaks.hpp"

using namespace ruralatlas;

namespace {

std::vector<std::size_t> counts(const style::Classification& c) {
  std::vector<std::size_t> out;
  for (const auto& k : c.classes) out.push_back(k.count);
  return out;
}

}  // namespace

TEST(style_pretty_breaks, PercentagesInFiveClassesBreakAtRoundTwenties) {
  // Range 3.2–97 over 5 classes: step 20 spans 0–100 in exactly 5 classes.
  const std::vector<double> values{3.2, 18.0, 45.0, 61.0, 79.9, 80.0, 97.0};
  const auto c = style::PrettyBreaks().classify(values, 5, {.decimals = std::nullopt, .unit = "%", .open_ends = true});
  EXPECT_EQ(c.breaks, (std::vector<double>{20, 40, 60, 80}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{2, 0, 1, 2, 2}));
  EXPECT_EQ(c.classes.front().label, "< 20%");
  EXPECT_EQ(c.classes.back().label, "≥ 80%");
}

TEST(style_pretty_breaks, DecimalStepsAreExactAndTheCountIsTheNearest) {
  // 0.12–0.87 in 4 classes: step 0.2 gives 5 classes over 0–1 (|5-4| = 1), 0.5 gives 2,
  // 0.1 gives 8; the breaks are the decimals themselves, not 3 × 0.2 = 0.6000000000000001.
  const std::vector<double> values{0.12, 0.35, 0.6, 0.87};
  const auto c = style::PrettyBreaks().classify(values, 4);
  EXPECT_EQ(c.breaks, (std::vector<double>{0.2, 0.4, 0.6, 0.8}));
  EXPECT_EQ(c.classes[3].label, "0.60–0.80");  // two decimals, as 0.12 needs
}

TEST(style_pretty_breaks, ConstantValuesAreOneClass) {
  const std::vector<double> values{7, 7, 7};
  EXPECT_EQ(style::PrettyBreaks().classify(values, 5).classes.size(), 1u);
}

TEST(style_standard_deviation, FourClassesBreakAtTheMeanAndOneDeviationEitherSide) {
  // mean 5, population sd 2: four classes break at 5 - 2, 5, 5 + 2.
  const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
  const auto c = style::StandardDeviationBreaks().classify(values, 4);
  EXPECT_EQ(c.breaks, (std::vector<double>{3, 5, 7}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{1, 3, 2, 2}));
}

TEST(style_standard_deviation, MatchesPythonStatisticsOnIndicatorValues) {
  // statistics.mean = 34.78, statistics.pstdev = 27.517332719578764; breaks at
  // mean + (i - 2.5)·sd for i = 1..4, the first (-6.50) below the data and dropped.
  const std::vector<double> values{3.5, 7.1, 12.0, 18.4, 22.9, 31.0, 44.4, 51.2, 60.3, 97.0};
  const auto c = style::StandardDeviationBreaks().classify(values, 5);
  ASSERT_EQ(c.breaks.size(), 3u);
  EXPECT_NEAR(c.breaks[0], 21.02133364021062, 1e-9);
  EXPECT_NEAR(c.breaks[1], 48.53866635978938, 1e-9);
  EXPECT_NEAR(c.breaks[2], 76.05599907936815, 1e-9);
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{4, 3, 2, 1}));
}

TEST(style_head_tail, JiangsOneOverXExample) {
  // 1/1 … 1/10: mean 0.2929 leaves a head of 3 (30% < 40%), whose mean 0.6111 leaves a
  // head of one value: two breaks, three classes, whatever larger count is asked.
  std::vector<double> values;
  for (int i = 1; i <= 10; ++i) values.push_back(1.0 / i);
  const auto c = style::HeadTailBreaks().classify(values, 8);
  ASSERT_EQ(c.breaks.size(), 2u);
  EXPECT_NEAR(c.breaks[0], 0.2928968253968254, 1e-12);
  EXPECT_NEAR(c.breaks[1], 0.611111111111111, 1e-12);
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{7, 2, 1}));
}

TEST(style_head_tail, RelocationHouseholdsStopWhenTheHeadIsNoLongerAMinority) {
  // Reference listing: mean 204.5 (head 5 of 20 = 25%), then 664 (head 2 of 5 = 40%: stop).
  const std::vector<double> households{12, 15, 18, 20, 22, 25, 30, 35, 40, 48,
                                       60, 75, 90, 120, 160, 220, 320, 480, 800, 1500};
  const auto c = style::HeadTailBreaks().classify(households, 5);
  EXPECT_EQ(c.breaks, (std::vector<double>{204.5, 664}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{15, 3, 2}));
  // The class count is a ceiling.
  EXPECT_EQ(style::HeadTailBreaks().classify(households, 2).breaks, (std::vector<double>{204.5}));
}

TEST(style_classification_registry, NewMethodsAndTheirAliases) {
  for (const char* id : {"pretty", "standard-deviation", "stddev", "head-tail", "headtail"})
    EXPECT_NO_THROW(style::make_classification_method(id)) << id;
  EXPECT_EQ(style::make_classification_method("stddev")->id(), "standard-deviation");
  EXPECT_EQ(style::make_classification_method("headtail")->id(), "head-tail");
}
