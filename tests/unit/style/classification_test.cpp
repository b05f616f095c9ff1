#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "core/error.hpp"
#include "style/class_labels.hpp"
#include "style/classification_registry.hpp"
#include "style/equal_interval_breaks.hpp"
#include "style/fisher_jenks_breaks.hpp"
#include "style/manual_breaks.hpp"
#include "style/quantile_breaks.hpp"

using namespace ruralatlas;

namespace {

std::vector<std::size_t> counts(const style::Classification& c) {
  std::vector<std::size_t> out;
  for (const auto& k : c.classes) out.push_back(k.count);
  return out;
}

std::vector<std::string> labels(const style::Classification& c) {
  std::vector<std::string> out;
  for (const auto& k : c.classes) out.push_back(k.label);
  return out;
}

/// Total within-class sum of squared deviations of a classification, computed the slow way.
double total_sse(const std::vector<double>& values, const style::Classification& c) {
  std::vector<std::vector<double>> groups(c.classes.size());
  for (double v : values) groups[c.class_of(v)].push_back(v);
  double sse = 0;
  for (const auto& g : groups) {
    if (g.empty()) continue;
    double mean = 0;
    for (double v : g) mean += v;
    mean /= static_cast<double>(g.size());
    for (double v : g) sse += (v - mean) * (v - mean);
  }
  return sse;
}

/// Oracle: the least SSE over every split of the sorted values into k non-empty runs
/// (ties may be split too), by enumerating all C(n-1, k-1) sets of cut positions.
double brute_force_min_sse(std::vector<double> values, int k) {
  std::sort(values.begin(), values.end());
  const int n = static_cast<int>(values.size());
  double best = std::numeric_limits<double>::infinity();
  std::vector<int> cuts(static_cast<std::size_t>(k - 1));
  auto run_sse = [&](int from, int to) {
    double mean = 0;
    for (int i = from; i < to; ++i) mean += values[static_cast<std::size_t>(i)];
    mean /= to - from;
    double s = 0;
    for (int i = from; i < to; ++i)
      s += (values[static_cast<std::size_t>(i)] - mean) * (values[static_cast<std::size_t>(i)] - mean);
    return s;
  };
  // Recursive enumeration of increasing cut positions in 1..n-1.
  std::function<void(int, int)> place = [&](int index, int first) {
    if (index == k - 1) {
      double sse = 0;
      int from = 0;
      for (int cut : cuts) {
        sse += run_sse(from, cut);
        from = cut;
      }
      sse += run_sse(from, n);
      best = std::min(best, sse);
      return;
    }
    for (int c = first; c <= n - (k - 1 - index); ++c) {
      cuts[static_cast<std::size_t>(index)] = c;
      place(index + 1, c + 1);
    }
  };
  place(0, 1);
  return best;
}

/// Second oracle for larger inputs: the textbook O(k·n²) programme over the raw sorted values.
double quadratic_dp_min_sse(std::vector<double> values, int k) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  auto sse = [&](std::size_t i, std::size_t j) {  // [i, j)
    double mean = 0;
    for (std::size_t t = i; t < j; ++t) mean += values[t];
    mean /= static_cast<double>(j - i);
    double s = 0;
    for (std::size_t t = i; t < j; ++t) s += (values[t] - mean) * (values[t] - mean);
    return s;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> prev(n + 1, inf), cur(n + 1, inf);
  for (std::size_t j = 1; j <= n; ++j) prev[j] = sse(0, j);
  for (int c = 2; c <= k; ++c) {
    std::fill(cur.begin(), cur.end(), inf);
    for (std::size_t j = static_cast<std::size_t>(c); j <= n; ++j)
      for (std::size_t i = static_cast<std::size_t>(c - 1); i < j; ++i) cur[j] = std::min(cur[j], prev[i] + sse(i, j));
    std::swap(prev, cur);
  }
  return prev[n];
}

}  // namespace

TEST(style_equal_interval, HandComputedBreaksCountsAndLabels) {
  const std::vector<double> values = {14, 2, 4, 6, 8, 10, 12};
  const auto c = style::EqualIntervalBreaks().classify(values, 3);
  EXPECT_EQ(c.breaks, (std::vector<double>{6, 10}));          // (14 - 2) / 3 = 4
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{2, 2, 3}));  // {2,4} {6,8} {10,12,14}: 6 and 10 go up
  EXPECT_EQ(labels(c), (std::vector<std::string>{"2–6", "6–10", "10–14"}));
  EXPECT_EQ(c.classes.front().lower, 2);
  EXPECT_EQ(c.classes.back().upper, 14);
  EXPECT_EQ(c.method, "equal-interval");
}

TEST(style_equal_interval, OneDistinctValueIsOneClass) {
  const std::vector<double> values = {7, 7, 7};
  const auto c = style::EqualIntervalBreaks().classify(values, 4);
  ASSERT_EQ(c.classes.size(), 1u);
  EXPECT_EQ(c.classes[0].count, 3u);
  EXPECT_EQ(c.classes[0].label, "7");
}

TEST(style_quantile, Type7BreaksOnOneToTen) {
  std::vector<double> values;
  for (int i = 10; i >= 1; --i) values.push_back(i);
  const auto c = style::QuantileBreaks().classify(values, 4);
  // h = 9·p: 2.25 → 3.25, 4.5 → 5.5, 6.75 → 7.75
  EXPECT_EQ(c.breaks, (std::vector<double>{3.25, 5.5, 7.75}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{3, 2, 2, 3}));
  EXPECT_EQ(c.classes[0].label, "1.00–3.25");
}

TEST(style_quantile, TiedValuesMergeClassesInsteadOfLeavingThemEmpty) {
  const std::vector<double> values = {1, 1, 1, 1, 1, 1, 2, 3};
  const auto c = style::QuantileBreaks().classify(values, 4);
  // Quantiles 1, 1, 1.25: the first two coincide with the minimum.
  EXPECT_EQ(c.breaks, (std::vector<double>{1.25}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{6, 2}));
}

TEST(style_manual_breaks, PolicyClassesWithOpenEndsAndUnit) {
  const std::vector<double> values = {50, 70, 85, 90, 95, 100, 99.5};
  style::ClassLabelFormat format;
  format.unit = "%";
  format.open_ends = true;
  const auto c = style::ManualBreaks({60, 80, 90}).classify(values, 0, format);
  EXPECT_EQ(labels(c), (std::vector<std::string>{"< 60%", "60–80%", "80–90%", "≥ 90%"}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{1, 1, 1, 4})) << "90 belongs to ≥ 90";
  // Classes stay when the data leaves them empty: the legend is the same on every page.
  const std::vector<double> high = {95, 96};
  EXPECT_EQ(counts(style::ManualBreaks({60, 80, 90}).classify(high, 0, format)),
            (std::vector<std::size_t>{0, 0, 0, 2}));
}

TEST(style_manual_breaks, RejectsUnorderedOrRepeatedBreaks) {
  for (const auto& bad : {std::vector<double>{80, 60}, std::vector<double>{60, 60},
                          std::vector<double>{1, std::numeric_limits<double>::quiet_NaN()}}) {
    EXPECT_THROW(style::ManualBreaks{bad}, core::Error);
  }
}

TEST(style_fisher_jenks, ObviousGroups) {
  const std::vector<double> values = {22, 1, 2, 3, 10, 11, 12, 20, 21};
  const auto c = style::FisherJenksBreaks().classify(values, 3);
  EXPECT_EQ(c.breaks, (std::vector<double>{10, 20}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{3, 3, 3}));
  EXPECT_EQ(labels(c), (std::vector<std::string>{"1–10", "10–20", "20–22"}));
}

TEST(style_fisher_jenks, MatchesExhaustiveSearchUpToTwelveValues) {
  std::mt19937 rng(20261124);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 2 + trial % 11;  // 2..12
    std::vector<double> values;
    // Small integers give ties; sometimes wide-ranging reals.
    std::uniform_int_distribution<int> small(0, 9);
    std::uniform_real_distribution<double> wide(-1000, 100000);
    for (int i = 0; i < n; ++i) values.push_back(trial % 3 == 0 ? wide(rng) : small(rng));
    std::vector<double> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (int k = 1; k <= std::min<int>(5, static_cast<int>(distinct.size())); ++k) {
      SCOPED_TRACE("trial " + std::to_string(trial) + ", k = " + std::to_string(k));
      const auto c = style::FisherJenksBreaks().classify(values, k);
      ASSERT_EQ(c.classes.size(), static_cast<std::size_t>(k));
      for (const auto& cls : c.classes) EXPECT_GT(cls.count, 0u);
      const double ours = total_sse(values, c), best = brute_force_min_sse(values, k);
      EXPECT_NEAR(ours, best, 1e-9 * std::max(1.0, best));
    }
  }
}

TEST(style_fisher_jenks, MatchesQuadraticProgrammeOnLargerData) {
  std::mt19937 rng(7);
  std::lognormal_distribution<double> skewed(3.0, 0.8);  // like household counts
  std::vector<double> values;
  for (int i = 0; i < 400; ++i) values.push_back(std::round(skewed(rng) * 10) / 10);
  for (int k : {2, 5, 7}) {
    SCOPED_TRACE(k);
    const auto c = style::FisherJenksBreaks().classify(values, k);
    const double best = quadratic_dp_min_sse(values, k);
    EXPECT_NEAR(total_sse(values, c), best, 1e-8 * best);
  }
}

TEST(style_fisher_jenks, FewerDistinctValuesThanClasses) {
  const std::vector<double> values = {1, 1, 2, 2, 2};
  const auto c = style::FisherJenksBreaks().classify(values, 5);
  EXPECT_EQ(c.breaks, (std::vector<double>{2}));
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{2, 3}));
}

TEST(style_classification, EmptyNonFiniteAndOutOfRange) {
  const std::vector<double> none;
  EXPECT_TRUE(style::FisherJenksBreaks().classify(none, 5).classes.empty());
  const std::vector<double> some = {1, std::numeric_limits<double>::quiet_NaN(), 3,
                                    std::numeric_limits<double>::infinity()};
  const auto c = style::EqualIntervalBreaks().classify(some, 2);
  EXPECT_EQ(c.ignored, 2u);
  EXPECT_EQ(counts(c), (std::vector<std::size_t>{1, 1}));
  EXPECT_THROW(style::QuantileBreaks().classify(some, 0), core::Error);
  EXPECT_THROW(style::QuantileBreaks().classify(some, 33), core::Error);
  EXPECT_EQ(c.class_of(-100), 0u);
  EXPECT_EQ(c.class_of(2), 1u);
  EXPECT_EQ(c.class_of(1e9), 1u);
}

TEST(style_class_labels, DecimalsUnitsAndOpenEnds) {
  style::ClassLabelFormat plain;
  EXPECT_EQ(style::class_label(80, 90, false, false, 0, plain), "80–90");
  style::ClassLabelFormat pct{std::nullopt, "%", true};
  EXPECT_EQ(style::class_label(90, 100, false, true, 0, pct), "≥ 90%");
  EXPECT_EQ(style::class_label(0, 60, true, false, 0, pct), "< 60%");
  EXPECT_EQ(style::format_class_number(-0.0001, 2), "0.00");
  EXPECT_EQ(style::format_class_number(12.345, 1), "12.3");
  const std::vector<double> exact = {0, 12.5, 40};
  EXPECT_EQ(style::label_decimals(exact, plain), 1);
  const std::vector<double> thirds = {0, 100.0 / 3, 200.0 / 3, 100};
  EXPECT_EQ(style::label_decimals(thirds, plain), 2) << "inexact bounds show at most 2 decimals";
  const std::vector<double> tiny = {0.001, 0.0012, 0.002};
  EXPECT_EQ(style::label_decimals(tiny, plain), 4) << "distinct bounds never print alike";
  EXPECT_EQ(style::label_decimals(tiny, style::ClassLabelFormat{1, "", false}), 1) << "explicit decimals win";
}

TEST(style_classification_registry, MethodsByIdAndHelpfulErrors) {
  std::vector<std::string> ids;
  for (const auto& m : style::classification_methods()) ids.emplace_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"equal-interval", "quantile", "jenks", "manual", "pretty",
                                           "standard-deviation", "head-tail"}));
  for (const auto& id : ids) {
    auto method = style::make_classification_method(id, {1.0});
    EXPECT_EQ(method->id(), id);
  }
  EXPECT_EQ(style::make_classification_method("natural-breaks")->id(), "jenks");
  try {
    style::make_classification_method("jenk");
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("did you mean 'jenks'?"), std::string::npos) << e.what();
  }
  EXPECT_THROW(style::make_classification_method("manual"), core::Error) << "manual needs breaks";
}
