#include "analysis/set_covering_search.hpp"

#include <cmath>
#include <sstream>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

std::string weight_text(double v) {
  std::ostringstream out;
  out.precision(15);
  out << std::round(v);
  return out.str();
}

}  // namespace

SetCoveringAnswer fewest_sites_reaching(MaximalCoveringProblem problem, double target_weight, const SitingSolver& solve,
                                        CoveredWeight covered) {
  if (!covered) covered = [&problem](const std::vector<std::size_t>& sites) { return covered_weight(problem, sites); };
  const auto free = free_candidates(problem);
  const double reachable = covered(free);
  if (reachable < target_weight)
    core::throw_input_error("", "infeasible set-cover target: " + weight_text(target_weight) + " to cover, but all " +
                                    std::to_string(free.size()) + " candidates together cover " + weight_text(reachable),
                            "lower the target share, raise the threshold or capacities, or add candidates");
  SetCoveringAnswer answer;
  problem.new_sites = 0;
  if (const double existing = covered({}); existing >= target_weight) {  // the existing facilities already do it
    answer.solution.objective = answer.solution.bound = existing;
    answer.solution.proven_optimal = true;
    answer.solution.method = "existing";
    return answer;
  }
  answer.min_new_sites = 1;
  for (std::size_t k = 1; k <= free.size(); ++k) {
    problem.new_sites = k;
    auto solution = solve(problem);
    answer.tried.push_back({k, solution});
    if (solution.bound < target_weight) answer.min_new_sites = k + 1;  // proven: k sites fall short
    if (solution.objective >= target_weight) {
      answer.new_sites = k;
      answer.solution = std::move(solution);
      return answer;
    }
  }
  throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "set covering found no k reaching a feasible target", {}});
}

}  // namespace ruralatlas::analysis
