#pragma once
// Evaluates criteria rules for every village: pass, fail, no data (a blank cell is not a
// failure) or not applicable, and how many applicable items each village meets.
#include <string>
#include <vector>

#include "analysis/criterion_rule.hpp"
#include "core/layer.hpp"

namespace ruralatlas::analysis {

enum class ItemOutcome { Pass, Fail, NoData, NotApplicable };
/// "pass", "fail", "no_data", "not_applicable": the values written to tables.
const char* to_string(ItemOutcome outcome);

struct VillageScore {
  std::vector<ItemOutcome> items;  ///< one per rule
  int met = 0, failed = 0, no_data = 0;
  int applicable = 0;  ///< met + failed + no_data
  /// Every applicable item has data and passes.
  bool meets_all() const { return failed == 0 && no_data == 0; }
};

/// `applies[r]` says which villages rule r applies to (empty = all). A null or blank value
/// (or "-") is no data; any other value must read as a number, else core::Error (InputData)
/// naming the layer, the village (by `key_field` when given) and the column. A rule naming a
/// column the layer lacks is a core::Error (Config) naming the rule file and line.
std::vector<VillageScore> evaluate_criteria(const core::Layer& villages, const std::vector<CriterionRule>& rules,
                                            const std::vector<std::vector<bool>>& applies,
                                            const std::string& key_field = {});

}  // namespace ruralatlas::analysis
