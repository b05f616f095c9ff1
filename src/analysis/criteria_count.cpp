#include "analysis/criteria_count.hpp"

#include <map>

namespace ruralatlas::analysis {

std::string criterion_of(std::string_view item_id) {
  auto end = item_id.size();
  while (end > 1 && item_id[end - 1] >= 'a' && item_id[end - 1] <= 'z') --end;
  return std::string(item_id.substr(0, end));
}

CriteriaCount count_criteria(const VillageScore& score, const std::vector<CriterionRule>& rules) {
  struct State {
    bool applicable = false, all_pass = true;
  };
  std::map<std::string, State> criteria;
  for (std::size_t r = 0; r < rules.size() && r < score.items.size(); ++r) {
    auto& state = criteria[criterion_of(rules[r].id)];
    if (score.items[r] == ItemOutcome::NotApplicable) continue;
    state.applicable = true;
    state.all_pass = state.all_pass && score.items[r] == ItemOutcome::Pass;
  }
  CriteriaCount count;
  for (const auto& [id, state] : criteria) {
    count.applicable += state.applicable;
    count.met += state.applicable && state.all_pass;
  }
  return count;
}

}  // namespace ruralatlas::analysis
