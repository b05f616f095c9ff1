#include "analysis/p_median_bound.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ruralatlas::analysis {

PMedianBoundResult PMedianLagrangianBound::compute(const SiteCostProblem& problem, double best_known_objective) const {
  const auto& w = problem.demand_weight;
  const auto& c = problem.cost;
  const auto free = free_candidates(problem);
  const std::size_t k = std::min(problem.new_sites, free.size());
  // Start from each point's cheapest site anywhere: every rho is 0 and the bound is the cost
  // with every candidate open.
  std::vector<double> u(w.size(), std::numeric_limits<double>::infinity());
  for (const auto& row : c)
    for (std::size_t i = 0; i < w.size(); ++i) u[i] = std::min(u[i], w[i] * row[i]);

  PMedianBoundResult result;
  result.bound = 0;  // costs are >= 0; replaced by the first relaxation's value
  result.best_sites_objective = std::numeric_limits<double>::infinity();
  std::vector<double> rho(c.size());
  std::vector<std::size_t> order(free.size());
  std::vector<double> g(w.size());
  double step_scale = 2.0;
  int since_improvement = 0;
  for (int iteration = 0; iteration < m_max_iterations && step_scale > 1e-4; ++iteration) {
    for (std::size_t j = 0; j < c.size(); ++j) {
      double sum = 0;
      for (std::size_t i = 0; i < w.size(); ++i)
        if (std::isfinite(c[j][i])) sum += std::min(0.0, w[i] * c[j][i] - u[i]);
      rho[j] = sum;
    }
    std::iota(order.begin(), order.end(), 0);
    std::nth_element(order.begin(), order.begin() + static_cast<long>(k), order.end(),
                     [&](std::size_t a, std::size_t b) { return rho[free[a]] < rho[free[b]]; });
    std::vector<std::size_t> opened(problem.existing.begin(), problem.existing.end());
    std::vector<std::size_t> chosen;
    for (std::size_t t = 0; t < k; ++t) chosen.push_back(free[order[t]]), opened.push_back(free[order[t]]);
    double value = std::accumulate(u.begin(), u.end(), 0.0);
    for (const auto j : opened) value += rho[j];

    const double primal = total_weighted_cost(problem, chosen);
    if (primal < result.best_sites_objective) result.best_sites_objective = primal, result.best_sites = chosen;
    best_known_objective = std::min(best_known_objective, primal);
    if (iteration == 0 || value > result.bound + 1e-12 * std::max(1.0, std::abs(result.bound)))
      result.bound = value, since_improvement = 0;
    else if (++since_improvement >= 20) step_scale /= 2, since_improvement = 0;
    if (!std::isfinite(best_known_objective)) best_known_objective = 1.1 * std::abs(value) + 1;  // no feasible answer yet
    if (best_known_objective - result.bound <= 1e-9 * std::max(1.0, best_known_objective)) break;  // proven optimal

    // Subgradient of the relaxed "assigned exactly once": 1 - how many opened sites take i.
    std::fill(g.begin(), g.end(), 1.0);
    for (const auto j : opened)
      for (std::size_t i = 0; i < w.size(); ++i)
        if (std::isfinite(c[j][i]) && w[i] * c[j][i] - u[i] < 0) g[i] -= 1;
    const double norm2 = std::inner_product(g.begin(), g.end(), g.begin(), 0.0);
    if (norm2 == 0) break;  // the relaxed assignment is feasible: its value is the optimum
    const double step = step_scale * (best_known_objective - value) / norm2;
    for (std::size_t i = 0; i < u.size(); ++i) u[i] += step * g[i];
  }
  return result;
}

}  // namespace ruralatlas::analysis
