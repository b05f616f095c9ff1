#include "analysis/efficiency_curve.hpp"

namespace ruralatlas::analysis {

std::vector<EfficiencyPoint> efficiency_curve(MaximalCoveringProblem problem, std::size_t max_new_sites,
                                              const SitingSolver& solve) {
  std::vector<EfficiencyPoint> curve;
  for (std::size_t k = 1; k <= max_new_sites; ++k) {
    problem.new_sites = k;
    curve.push_back({k, solve(problem)});
  }
  return curve;
}

}  // namespace ruralatlas::analysis
