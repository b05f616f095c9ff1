#include "analysis/zone_coverage.hpp"

namespace ruralatlas::analysis {

std::optional<double> ZoneCoverage::villages_covered_pct() const {
  const auto known = villages - villages_no_data;
  if (known == 0) return std::nullopt;
  return 100.0 * static_cast<double>(villages_covered) / static_cast<double>(known);
}

std::optional<double> ZoneCoverage::population_covered_pct() const {
  if (population <= 0) return std::nullopt;
  return 100.0 * population_covered / population;
}

std::vector<ZoneCoverage> coverage_by_zone(const std::vector<std::optional<bool>>& covered,
                                           const std::vector<std::optional<double>>& population,
                                           const std::vector<std::optional<std::size_t>>& zone_of,
                                           std::size_t zone_count) {
  std::vector<ZoneCoverage> zones(zone_count);
  for (std::size_t v = 0; v < covered.size(); ++v) {
    if (!zone_of[v]) continue;
    auto& zone = zones[*zone_of[v]];
    ++zone.villages;
    if (!covered[v]) {
      ++zone.villages_no_data;
      continue;
    }
    zone.villages_covered += *covered[v];
    if (v < population.size() && population[v]) {
      zone.population += *population[v];
      if (*covered[v]) zone.population_covered += *population[v];
    }
  }
  return zones;
}

}  // namespace ruralatlas::analysis
