#pragma once
// Set covering through maximal covering: the fewest new sites whose covered weight reaches a
// target. Optimal coverage only grows with k, so solving k = 1, 2, ... stops at the first k
// that reaches it; every smaller k whose proven bound falls short is proven too few, so the
// answer carries a proven lower bound on the number of sites as well.
#include <cstddef>

#include "analysis/efficiency_curve.hpp"

namespace ruralatlas::analysis {

struct SetCoveringAnswer {
  std::size_t new_sites = 0;       ///< fewest found that reach the target
  std::size_t min_new_sites = 0;   ///< proven: fewer than this cannot reach it
  SitingSolution solution;         ///< the maximal covering answer for new_sites
  std::vector<EfficiencyPoint> tried;  ///< k = 1..new_sites
};

/// The weight a set of new sites (with the existing facilities) covers; with capacities, what
/// their capacities let them serve.
using CoveredWeight = std::function<double(const std::vector<std::size_t>& new_sites)>;

/// `target_weight` includes what the existing facilities cover. Throws core::Error (InputData)
/// when even every free candidate together falls short ("infeasible target"), naming the most
/// that can be covered. problem.new_sites is ignored. `covered` defaults to covered_weight().
SetCoveringAnswer fewest_sites_reaching(MaximalCoveringProblem problem, double target_weight, const SitingSolver& solve,
                                        CoveredWeight covered = nullptr);

}  // namespace ruralatlas::analysis
