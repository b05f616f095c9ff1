#include "analysis/lagrangian_bound.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace ruralatlas::analysis {

namespace {

/// The part of the problem the new sites decide: demand the existing facilities miss, as
/// seen by the free candidates (lists renumbered to that demand).
struct ResidualProblem {
  double existing_weight = 0;
  std::vector<double> weight;
  std::vector<std::vector<std::size_t>> covers;
  std::vector<std::size_t> candidate;  ///< original index of each free candidate
};

ResidualProblem residual_of(const MaximalCoveringProblem& problem) {
  ResidualProblem r;
  const auto count = existing_cover_counts(problem);
  std::vector<std::size_t> renumbered(count.size(), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < count.size(); ++i) {
    if (count[i] > 0) r.existing_weight += problem.demand_weight[i];
    else renumbered[i] = r.weight.size(), r.weight.push_back(problem.demand_weight[i]);
  }
  r.candidate = free_candidates(problem);
  for (const auto j : r.candidate) {
    auto& list = r.covers.emplace_back();
    for (const auto i : problem.covers[j])
      if (count[i] == 0) list.push_back(renumbered[i]);
  }
  return r;
}

/// True covered weight of the residual demand by the first k entries of `order`.
double residual_coverage(const ResidualProblem& r, const std::vector<std::size_t>& order, std::size_t k,
                         std::vector<int>& covered) {
  std::fill(covered.begin(), covered.end(), 0);
  double sum = 0;
  for (std::size_t t = 0; t < k; ++t)
    for (const auto i : r.covers[order[t]])
      if (covered[i]++ == 0) sum += r.weight[i];
  return sum;
}

}  // namespace

LagrangianResult LagrangianBound::compute(const MaximalCoveringProblem& problem, double best_known_objective) const {
  const auto r = residual_of(problem);
  const std::size_t k = std::min(problem.new_sites, r.covers.size());
  // Demand no free candidate reaches can never count: drop it from the start (lambda = w).
  std::vector<bool> reachable(r.weight.size(), false);
  for (const auto& list : r.covers)
    for (const auto i : list) reachable[i] = true;
  double trivial = r.existing_weight;
  for (std::size_t i = 0; i < r.weight.size(); ++i)
    if (reachable[i]) trivial += r.weight[i];

  std::vector<double> lambda = r.weight;
  std::vector<double> site_value(r.covers.size());
  std::vector<std::size_t> order(r.covers.size());
  std::vector<int> chosen_cover(r.weight.size());
  LagrangianResult result;
  result.best_sites_objective = -1;
  double best = trivial, step_scale = 2.0;
  int since_improvement = 0;
  for (int iteration = 0; iteration < m_max_iterations && step_scale > 1e-4; ++iteration) {
    // Solve the relaxation for the current multipliers.
    double value = r.existing_weight;
    for (std::size_t i = 0; i < lambda.size(); ++i)
      if (reachable[i]) value += std::max(0.0, r.weight[i] - lambda[i]);
    for (std::size_t j = 0; j < r.covers.size(); ++j) {
      double sum = 0;
      for (const auto i : r.covers[j]) sum += lambda[i];
      site_value[j] = sum;
    }
    std::iota(order.begin(), order.end(), 0);
    std::nth_element(order.begin(), order.begin() + static_cast<long>(k), order.end(),
                     [&](std::size_t a, std::size_t b) { return site_value[a] > site_value[b]; });
    for (std::size_t t = 0; t < k; ++t) value += site_value[order[t]];
    const double primal = r.existing_weight + residual_coverage(r, order, k, chosen_cover);
    if (primal > result.best_sites_objective) {
      result.best_sites_objective = primal;
      result.best_sites.assign(order.begin(), order.begin() + static_cast<long>(k));
      for (auto& j : result.best_sites) j = r.candidate[j];
    }
    best_known_objective = std::max(best_known_objective, primal);
    if (value < best - 1e-12 * std::max(1.0, best)) best = value, since_improvement = 0;
    else if (++since_improvement >= 20) step_scale /= 2, since_improvement = 0;
    if (best - best_known_objective <= 1e-9 * std::max(1.0, best)) break;  // proven optimal

    // Subgradient: counted (y_i = 1) minus how many chosen sites reach i (chosen_cover, above).
    double norm2 = 0;
    std::vector<double> g(lambda.size(), 0.0);
    for (std::size_t i = 0; i < lambda.size(); ++i) {
      if (!reachable[i]) continue;
      g[i] = (r.weight[i] - lambda[i] > 0 ? 1.0 : 0.0) - chosen_cover[i];
      norm2 += g[i] * g[i];
    }
    if (norm2 == 0) break;  // the relaxed solution is feasible: its value is the optimum
    const double step = step_scale * (value - best_known_objective) / norm2;
    for (std::size_t i = 0; i < lambda.size(); ++i) lambda[i] = std::max(0.0, lambda[i] + step * g[i]);
  }
  result.bound = best;
  return result;
}

}  // namespace ruralatlas::analysis
