#pragma once
// Population coverage by admin unit: per zone (township, county), villages covered and
// their share, people covered and their share, for any yes/no coverage measure.
#include <optional>
#include <vector>

namespace ruralatlas::analysis {

struct ZoneCoverage {
  std::size_t villages = 0;
  std::size_t villages_covered = 0;
  std::size_t villages_no_data = 0;  ///< coverage unknown (e.g. a blank indicator)
  double population = 0;             ///< of villages with known coverage and population
  double population_covered = 0;
  /// Shares are of the villages (people) whose coverage is known; null when there are none.
  std::optional<double> villages_covered_pct() const;
  std::optional<double> population_covered_pct() const;
};

/// `covered[v]`: nullopt when unknown. `population[v]`: nullopt when unknown (the village
/// still counts in the village shares). `zone_of[v]`: nullopt when in no zone (skipped).
std::vector<ZoneCoverage> coverage_by_zone(const std::vector<std::optional<bool>>& covered,
                                           const std::vector<std::optional<double>>& population,
                                           const std::vector<std::optional<std::size_t>>& zone_of,
                                           std::size_t zone_count);

}  // namespace ruralatlas::analysis
