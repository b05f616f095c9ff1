#pragma once
// Explaining an answer: the chosen sites ranked by what each adds.
#include <cstddef>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"
#include "analysis/site_cost_problem.hpp"

namespace ruralatlas::analysis {

struct SiteContribution {
  std::size_t candidate = 0;
  std::size_t rank = 0;               ///< 1 = adds the most
  double newly_covered_weight = 0;    ///< beyond existing facilities and higher-ranked sites
  double saved_weighted_cost = 0;     ///< by cost: weight × cost saved beyond them
};

/// Greedy order over the given sites: rank 1 covers the most weight the existing facilities
/// miss, rank 2 the most of what remains, and so on; ties keep candidate order.
std::vector<SiteContribution> rank_sites(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites);

/// The same by cost: rank 1 saves the most weighted cost over the existing facilities, rank 2
/// the most over those and rank 1, and so on. A site that serves points nothing served before
/// (no existing facility, or another part of the road network) ranks first by the weight it
/// newly serves; its saving is then unbounded (infinity).
std::vector<SiteContribution> rank_sites_by_saving(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites);

}  // namespace ruralatlas::analysis
