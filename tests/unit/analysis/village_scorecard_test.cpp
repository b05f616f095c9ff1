// Criteria rules on hand-made villages whose outcomes are worked out in the comments.
#include <gtest/gtest.h>

#include "analysis/scorecard_summary.hpp"
#include "analysis/village_scorecard.hpp"
#include "core/error.hpp"

using namespace ruralatlas;
using analysis::ItemOutcome;

namespace {

analysis::CriterionRule rule(std::string id, std::string column, analysis::CompareOp op, double threshold) {
  analysis::CriterionRule r;
  r.id = id;
  r.label = id + " label";
  r.column = std::move(column);
  r.op = op;
  r.threshold = threshold;
  r.file = "criteria/test.yaml";
  r.line = 7;
  return r;
}

// tap >= 90 (DX-V05b), power = 1 (DX-V06), incidence <= 8 (DX-V02).
std::vector<analysis::CriterionRule> three_rules() {
  using analysis::CompareOp;
  return {rule("TAP", "tap", CompareOp::GreaterEqual, 90), rule("POWER", "power", CompareOp::Equal, 1),
          rule("INC", "incidence", CompareOp::LessEqual, 8)};
}

core::Layer villages(std::vector<std::vector<core::Value>> rows) {
  core::Layer layer;
  layer.name = "villages";
  layer.source = "villages.shp";
  layer.fields = {{"code", core::FieldType::String, 0}, {"tap", core::FieldType::Real, 0},
                  {"power", core::FieldType::Integer, 0}, {"incidence", core::FieldType::String, 0}};
  for (auto& row : rows) layer.features.push_back({static_cast<std::int64_t>(layer.features.size()), core::MultiPoint{{0, 0}}, row});
  return layer;
}

}  // namespace

TEST(VillageScorecard, PassFailNoDataAndNotApplicableCountAsWorkedOut) {
  const auto layer = villages({
      {std::string("A"), 95.0, std::int64_t{1}, std::string("5")},     // all three pass
      {std::string("B"), 89.9, std::int64_t{1}, std::string("8")},     // tap fails; 8 <= 8 passes
      {std::string("C"), core::Value{}, std::int64_t{0}, std::string("8.5")},  // tap no data; power and incidence fail
      {std::string("D"), std::string("  "), std::int64_t{0}, std::string("-")},  // no data; power not applicable
  });
  const std::vector<std::vector<bool>> applies = {{}, {true, true, true, false}, {}};
  const auto scores = analysis::evaluate_criteria(layer, three_rules(), applies, "code");
  ASSERT_EQ(scores.size(), 4u);
  EXPECT_EQ(scores[0].items, (std::vector{ItemOutcome::Pass, ItemOutcome::Pass, ItemOutcome::Pass}));
  EXPECT_EQ(scores[0].met, 3);
  EXPECT_TRUE(scores[0].meets_all());
  EXPECT_EQ(scores[1].items, (std::vector{ItemOutcome::Fail, ItemOutcome::Pass, ItemOutcome::Pass}));
  EXPECT_EQ(scores[1].met, 2);
  EXPECT_EQ(scores[1].failed, 1);
  EXPECT_FALSE(scores[1].meets_all());
  EXPECT_EQ(scores[2].items, (std::vector{ItemOutcome::NoData, ItemOutcome::Fail, ItemOutcome::Fail}));
  EXPECT_EQ(scores[2].met, 0);
  EXPECT_EQ(scores[2].no_data, 1);
  EXPECT_EQ(scores[2].applicable, 3);
  EXPECT_EQ(scores[3].items, (std::vector{ItemOutcome::NoData, ItemOutcome::NotApplicable, ItemOutcome::NoData}));
  EXPECT_EQ(scores[3].applicable, 2);
  EXPECT_EQ(scores[3].failed, 0);
  EXPECT_FALSE(scores[3].meets_all());  // no data is not a pass either
}

TEST(VillageScorecard, StrictAndInclusiveBoundsFollowTheOperator) {
  using analysis::CompareOp;
  EXPECT_TRUE(analysis::compare(90, CompareOp::GreaterEqual, 90));
  EXPECT_FALSE(analysis::compare(90, CompareOp::Greater, 90));
  EXPECT_TRUE(analysis::compare(8, CompareOp::LessEqual, 8));
  EXPECT_FALSE(analysis::compare(8, CompareOp::Less, 8));
  EXPECT_TRUE(analysis::compare(1, CompareOp::NotEqual, 0));
  EXPECT_EQ(analysis::parse_compare_op("=="), CompareOp::Equal);
  EXPECT_EQ(analysis::parse_compare_op("<>"), CompareOp::NotEqual);
  EXPECT_FALSE(analysis::parse_compare_op("=>"));
  EXPECT_FALSE(analysis::parse_compare_op("in"));
}

TEST(VillageScorecard, NonNumericValueNamesVillageRowAndColumn) {
  const auto layer = villages({{std::string("A"), 95.0, std::int64_t{1}, std::string("5")},
                               {std::string("620102001001"), 95.0, std::int64_t{1}, std::string("n/a")}});
  try {
    analysis::evaluate_criteria(layer, three_rules(), {}, "code");
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::InputData);
    EXPECT_EQ(e.diagnostic().row, 1);
    EXPECT_EQ(e.diagnostic().field, "incidence");
    const std::string what = e.what();
    EXPECT_NE(what.find("620102001001"), std::string::npos) << what;
    EXPECT_NE(what.find("'n/a'"), std::string::npos) << what;
  }
}

TEST(VillageScorecard, MissingColumnNamesRuleFileAndLine) {
  auto rules = three_rules();
  rules[1].column = "has_power";
  try {
    analysis::evaluate_criteria(villages({}), rules, {});
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    const std::string what = e.what();
    EXPECT_NE(what.find("criteria/test.yaml:7"), std::string::npos) << what;
    EXPECT_NE(what.find("has_power"), std::string::npos) << what;
  }
}

TEST(ScorecardSummary, TownshipCountsMeanAndMostFailedItem) {
  const auto layer = villages({
      {std::string("A"), 95.0, std::int64_t{1}, std::string("5")},    // zone 0: 3 met, all
      {std::string("B"), 80.0, std::int64_t{1}, std::string("9")},    // zone 0: 1 met (tap, incidence fail)
      {std::string("C"), 70.0, std::int64_t{1}, std::string("2")},    // zone 0: 2 met (tap fails)
      {std::string("D"), 95.0, std::int64_t{0}, std::string("9")},    // zone 1: 1 met (power, incidence fail: tie)
      {std::string("E"), 10.0, std::int64_t{0}, std::string("1")},    // in no zone
  });
  const auto scores = analysis::evaluate_criteria(layer, three_rules(), {});
  const std::vector<std::optional<std::size_t>> zone_of = {0, 0, 0, 1, std::nullopt};
  const auto zones = analysis::summarise_scorecards(scores, zone_of, 3, 3);
  ASSERT_EQ(zones.size(), 3u);
  EXPECT_EQ(zones[0].villages, 3u);
  EXPECT_EQ(zones[0].meeting_all, 1u);
  EXPECT_DOUBLE_EQ(*zones[0].mean_items_met(), 6.0 / 3.0);
  EXPECT_EQ(zones[0].fails_per_rule, (std::vector<std::size_t>{2, 0, 1}));
  EXPECT_EQ(zones[0].most_failed_rule(), 0u);  // TAP: 2 villages
  EXPECT_EQ(zones[1].most_failed_rule(), 1u);  // POWER and INC tie at 1: the first in rule order
  EXPECT_DOUBLE_EQ(*zones[1].mean_items_met(), 1.0);
  EXPECT_EQ(zones[2].villages, 0u);
  EXPECT_FALSE(zones[2].mean_items_met());
  EXPECT_FALSE(zones[2].most_failed_rule());
}
