#pragma once
// The efficiency curve: weight covered for k = 1..K new sites, each with its bound, so a
// planner sees where one more facility stops paying off.
#include <cstddef>
#include <functional>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

struct EfficiencyPoint {
  std::size_t new_sites = 0;
  SitingSolution solution;
};

using SitingSolver = std::function<SitingSolution(const MaximalCoveringProblem&)>;

/// Solves `problem` for k = 1..max_new_sites with `solve` (problem.new_sites is ignored).
std::vector<EfficiencyPoint> efficiency_curve(MaximalCoveringProblem problem, std::size_t max_new_sites,
                                              const SitingSolver& solve);

}  // namespace ruralatlas::analysis
