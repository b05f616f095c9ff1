#pragma once
// Maximal covering location problem (Church & ReVelle 1974): open `new_sites` candidates, on
// top of existing facilities that must stay, so that the most demand weight lies within the
// threshold of an open site. The threshold (metres or minutes) is already applied: `covers`
// lists, per candidate, the demand it reaches, so every cost model shares the solvers.
#include <cstddef>
#include <vector>

namespace ruralatlas::analysis {

struct MaximalCoveringProblem {
  std::vector<double> demand_weight;             ///< people or households per demand point, > 0
  std::vector<std::vector<std::size_t>> covers;  ///< per candidate: demand indices within the threshold
  std::vector<std::size_t> existing;             ///< candidates open regardless, not counted in new_sites
  std::size_t new_sites = 0;                     ///< k: how many more to open
};

/// Throws core::Error (InputData) on a weight <= 0 or not finite, a cover index out of range,
/// an existing index out of range, or more new sites than free candidates.
void validate(const MaximalCoveringProblem& problem);

/// Candidates that are not existing facilities, in index order.
std::vector<std::size_t> free_candidates(const MaximalCoveringProblem& problem);

/// Weight within reach of the existing facilities plus `new_sites` (an objective value).
double covered_weight(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& new_sites);

/// Per demand point, how many of the existing facilities reach it.
std::vector<int> existing_cover_counts(const MaximalCoveringProblem& problem);

}  // namespace ruralatlas::analysis
