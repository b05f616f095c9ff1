#pragma once
// Criteria met per village, from its item outcomes: several items can make up one criterion
// (Dingxi ⑸ safe water is DX-V05a "safe drinking water 100%" and DX-V05b "tap water >= 90%"),
// and a map of "criteria met out of 17" counts criteria, not items.
#include <string>
#include <string_view>
#include <vector>

#include "analysis/criterion_rule.hpp"
#include "analysis/village_scorecard.hpp"

namespace ruralatlas::analysis {

/// The criterion an item belongs to: its id without trailing lower-case letters
/// ("DX-V05b" -> "DX-V05", "NA-ROAD" -> "NA-ROAD").
std::string criterion_of(std::string_view item_id);

struct CriteriaCount {
  int met = 0;         ///< criteria whose applicable items all pass
  int applicable = 0;  ///< criteria with at least one applicable item
};

/// Per criterion (in order of first appearance among `rules`): met when every applicable item
/// passes; an item without data leaves it unmet, as for meets_all.
CriteriaCount count_criteria(const VillageScore& score, const std::vector<CriterionRule>& rules);

}  // namespace ruralatlas::analysis
