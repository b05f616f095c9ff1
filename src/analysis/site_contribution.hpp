#pragma once
// Explaining an answer: the chosen sites ranked by what each adds, and each demand point's
// nearest open site (for "villages served" and allocation lines on the map).
#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"
#include "core/geometry.hpp"

namespace ruralatlas::analysis {

struct SiteContribution {
  std::size_t candidate = 0;
  std::size_t rank = 0;               ///< 1 = adds the most
  double newly_covered_weight = 0;    ///< beyond existing facilities and higher-ranked sites
};

/// Greedy order over the given sites: rank 1 covers the most weight the existing facilities
/// miss, rank 2 the most of what remains, and so on; ties keep candidate order.
std::vector<SiteContribution> rank_sites(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites);

struct SiteAllocation {
  std::optional<std::size_t> site;  ///< index into the open-site list; nullopt if there is none
  double distance_m = 0;
};

/// Nearest open site per demand point (straight line, metric CRS); ties go to the lower index.
std::vector<SiteAllocation> allocate_to_nearest_site(const std::vector<core::Point>& demand,
                                                     const std::vector<core::Point>& open_sites);

}  // namespace ruralatlas::analysis
