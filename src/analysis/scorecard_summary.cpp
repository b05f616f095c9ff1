#include "analysis/scorecard_summary.hpp"

#include <algorithm>

namespace ruralatlas::analysis {

std::optional<double> ZoneScorecard::mean_items_met() const {
  if (villages == 0) return std::nullopt;
  return items_met_sum / static_cast<double>(villages);
}

std::optional<std::size_t> ZoneScorecard::most_failed_rule() const {
  const auto most = std::max_element(fails_per_rule.begin(), fails_per_rule.end());
  if (most == fails_per_rule.end() || *most == 0) return std::nullopt;
  return static_cast<std::size_t>(most - fails_per_rule.begin());
}

std::vector<ZoneScorecard> summarise_scorecards(const std::vector<VillageScore>& scores,
                                                const std::vector<std::optional<std::size_t>>& zone_of,
                                                std::size_t zone_count, std::size_t rule_count) {
  std::vector<ZoneScorecard> zones(zone_count);
  for (auto& z : zones) z.fails_per_rule.assign(rule_count, 0);
  for (std::size_t v = 0; v < scores.size(); ++v) {
    if (!zone_of[v]) continue;
    auto& zone = zones[*zone_of[v]];
    const auto& score = scores[v];
    ++zone.villages;
    zone.meeting_all += score.meets_all();
    zone.items_met_sum += score.met;
    for (std::size_t r = 0; r < rule_count && r < score.items.size(); ++r)
      zone.fails_per_rule[r] += score.items[r] == ItemOutcome::Fail;
  }
  return zones;
}

}  // namespace ruralatlas::analysis
