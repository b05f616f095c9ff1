// Items grouped into criteria: the Dingxi list has 17 criteria in 26 items.
#include <gtest/gtest.h>

#include "analysis/criteria_count.hpp"

using namespace ruralatlas::analysis;

namespace {

std::vector<CriterionRule> rules(std::initializer_list<const char*> ids) {
  std::vector<CriterionRule> out;
  for (const char* id : ids) out.push_back(CriterionRule{id, "", "", CompareOp::GreaterEqual, 0, "", "", 0});
  return out;
}

VillageScore score(std::vector<ItemOutcome> items) { return VillageScore{std::move(items), 0, 0, 0, 0}; }

}  // namespace

TEST(CriterionOf, DropsTheItemLetterOnly) {
  EXPECT_EQ(criterion_of("DX-V05b"), "DX-V05");
  EXPECT_EQ(criterion_of("DX-V15d"), "DX-V15");
  EXPECT_EQ(criterion_of("DX-V02"), "DX-V02");
  EXPECT_EQ(criterion_of("NA-ROAD"), "NA-ROAD");
}

TEST(CountCriteria, ACriterionIsMetOnlyWhenAllItsApplicableItemsPass) {
  using enum ItemOutcome;
  const auto list = rules({"V05a", "V05b", "V06", "V03a", "V03b"});
  // V05: one item fails; V06 passes; V03: not applicable (a community).
  auto c = count_criteria(score({Pass, Fail, Pass, NotApplicable, NotApplicable}), list);
  EXPECT_EQ(c.met, 1);
  EXPECT_EQ(c.applicable, 2);
  // V03 with one item applicable and passing counts as met; no data is not met.
  c = count_criteria(score({Pass, Pass, NoData, Pass, NotApplicable}), list);
  EXPECT_EQ(c.met, 2);
  EXPECT_EQ(c.applicable, 3);
}
