#pragma once
// Village scorecards summed up to zones (townships): how many villages meet every
// applicable item, the mean number of items met, and which item fails most often.
#include <optional>
#include <vector>

#include "analysis/village_scorecard.hpp"

namespace ruralatlas::analysis {

struct ZoneScorecard {
  std::size_t villages = 0;
  std::size_t meeting_all = 0;
  double items_met_sum = 0;
  std::vector<std::size_t> fails_per_rule;  ///< villages failing each rule
  /// Null when the zone has no village.
  std::optional<double> mean_items_met() const;
  /// The rule most villages fail (the first in rule order on a tie); nullopt when none fails.
  std::optional<std::size_t> most_failed_rule() const;
};

/// `zone_of[v]` is the zone of village v (see locate_points); villages in no zone are skipped.
std::vector<ZoneScorecard> summarise_scorecards(const std::vector<VillageScore>& scores,
                                                const std::vector<std::optional<std::size_t>>& zone_of,
                                                std::size_t zone_count, std::size_t rule_count);

}  // namespace ruralatlas::analysis
