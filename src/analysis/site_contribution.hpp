#pragma once
// Explaining an answer: the chosen sites ranked by what each adds.
#include <cstddef>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"

namespace ruralatlas::analysis {

struct SiteContribution {
  std::size_t candidate = 0;
  std::size_t rank = 0;               ///< 1 = adds the most
  double newly_covered_weight = 0;    ///< beyond existing facilities and higher-ranked sites
};

/// Greedy order over the given sites: rank 1 covers the most weight the existing facilities
/// miss, rank 2 the most of what remains, and so on; ties keep candidate order.
std::vector<SiteContribution> rank_sites(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites);

}  // namespace ruralatlas::analysis
