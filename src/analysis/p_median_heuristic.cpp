#include "analysis/p_median_heuristic.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/p_median_bound.hpp"

namespace ruralatlas::analysis {

namespace {

/// Open sites and, per demand point, the cheapest and second-cheapest of them. A site that
/// cannot serve a point costs `penalty`, more than any answer serving everyone, so the search
/// first serves everyone and then cuts cost.
class MedianState {
 public:
  MedianState(const SiteCostProblem& p, double penalty)
      : m_p(p), m_penalty(penalty), m_open(p.cost.size(), false), m_first(p.demand_weight.size()),
        m_second(p.demand_weight.size()), m_first_site(p.demand_weight.size()) {
    for (const auto e : p.existing) m_open[e] = true;
    reassign();
  }

  double cost(std::size_t j, std::size_t i) const {
    const double v = m_p.cost[j][i];
    return std::isfinite(v) ? v : m_penalty;
  }
  bool is_open(std::size_t j) const { return m_open[j]; }
  double total() const {
    double sum = 0;
    for (std::size_t i = 0; i < m_first.size(); ++i) sum += m_p.demand_weight[i] * m_first[i];
    return sum;
  }
  void set_open(std::size_t j, bool open) { m_open[j] = open, reassign(); }

  /// Weighted cost saved by opening j.
  double saving(std::size_t j) const {
    double sum = 0;
    for (std::size_t i = 0; i < m_first.size(); ++i) sum += m_p.demand_weight[i] * std::max(0.0, m_first[i] - cost(j, i));
    return sum;
  }

  /// Change in total cost from swapping each open site for closed `c`: `delta[r]` for site r
  /// (only meaningful for open sites). Total change = base + delta[r].
  double swap_deltas(std::size_t c, std::vector<double>& delta) const {
    double base = 0;
    for (std::size_t i = 0; i < m_first.size(); ++i) {
      const double w = m_p.demand_weight[i], with_c = std::min(m_first[i], cost(c, i));
      base += w * (with_c - m_first[i]);
      delta[m_first_site[i]] += w * (std::min(m_second[i], cost(c, i)) - with_c);
    }
    return base;
  }

 private:
  void reassign() {
    std::fill(m_first.begin(), m_first.end(), m_penalty);
    std::fill(m_second.begin(), m_second.end(), m_penalty);
    std::fill(m_first_site.begin(), m_first_site.end(), 0);
    for (std::size_t j = 0; j < m_open.size(); ++j) {
      if (!m_open[j]) continue;
      for (std::size_t i = 0; i < m_first.size(); ++i) {
        const double v = cost(j, i);
        if (v < m_first[i]) m_second[i] = m_first[i], m_first[i] = v, m_first_site[i] = j;
        else if (v < m_second[i]) m_second[i] = v;
      }
    }
  }

  const SiteCostProblem& m_p;
  double m_penalty;
  std::vector<bool> m_open;
  std::vector<double> m_first, m_second;
  std::vector<std::size_t> m_first_site;
};

/// Larger than the whole weighted cost of any answer that serves everyone.
double unserved_penalty(const SiteCostProblem& p) {
  double largest = 0, total_weight = 0, smallest_weight = std::numeric_limits<double>::infinity();
  for (const auto& row : p.cost)
    for (const double v : row)
      if (std::isfinite(v)) largest = std::max(largest, v);
  for (const double w : p.demand_weight) total_weight += w, smallest_weight = std::min(smallest_weight, w);
  return 2 * (largest + 1) * total_weight / smallest_weight;
}

std::vector<std::size_t> greedy(MedianState& state, const std::vector<std::size_t>& candidates, std::size_t k) {
  std::vector<std::size_t> chosen;
  while (chosen.size() < k) {
    double best = -1;
    std::size_t best_site = 0;
    for (const auto j : candidates)
      if (!state.is_open(j))
        if (const double s = state.saving(j); s > best) best = s, best_site = j;
    state.set_open(best_site, true);
    chosen.push_back(best_site);
  }
  return chosen;
}

/// Best-improvement vertex substitution until no swap lowers the total (or max_swaps).
std::vector<std::size_t> swap_search(const SiteCostProblem& problem, double penalty, const std::vector<std::size_t>& candidates,
                                     std::vector<std::size_t> chosen, int max_swaps) {
  MedianState state(problem, penalty);
  for (const auto j : chosen) state.set_open(j, true);
  std::vector<double> delta(problem.cost.size());
  for (int swap = 0; swap < max_swaps; ++swap) {
    const double scale = 1 + state.total();
    double best = -1e-9 * scale;
    std::size_t best_slot = 0, best_site = 0;
    for (const auto c : candidates) {
      if (state.is_open(c)) continue;
      for (const auto r : chosen) delta[r] = 0;
      const double base = state.swap_deltas(c, delta);
      for (std::size_t slot = 0; slot < chosen.size(); ++slot)
        if (base + delta[chosen[slot]] < best) best = base + delta[chosen[slot]], best_slot = slot, best_site = c;
    }
    if (best >= -1e-9 * scale) break;
    state.set_open(chosen[best_slot], false);
    state.set_open(best_site, true);
    chosen[best_slot] = best_site;
  }
  return chosen;
}

}  // namespace

SitingSolution PMedianHeuristic::search(const SiteCostProblem& problem) const {
  validate(problem);
  const auto candidates = free_candidates(problem);
  const double penalty = unserved_penalty(problem);
  MedianState state(problem, penalty);
  SitingSolution solution;
  solution.method = "greedy+swap";
  solution.minimise = true;
  solution.new_sites = swap_search(problem, penalty, candidates, greedy(state, candidates, problem.new_sites), m_options.max_swaps);
  solution.objective = total_weighted_cost(problem, solution.new_sites);
  const auto lagrangian = PMedianLagrangianBound(m_options.bound_iterations).compute(problem, solution.objective);
  if (lagrangian.best_sites.size() == problem.new_sites && std::isfinite(lagrangian.best_sites_objective)) {
    auto sites = swap_search(problem, penalty, candidates, lagrangian.best_sites, m_options.max_swaps);
    const double objective = total_weighted_cost(problem, sites);
    if (objective < solution.objective) solution.new_sites = std::move(sites), solution.objective = objective;
  }
  solution.bound = std::min(lagrangian.bound, solution.objective);  // equal up to rounding when proven
  solution.proven_optimal = solution.objective - solution.bound <= 1e-9 * std::max(1.0, solution.objective);
  if (solution.proven_optimal) solution.bound = solution.objective;  // the rest is subgradient rounding
  return solution;
}

SitingSolution PMedianHeuristic::solve(const SiteCostProblem& problem) const {
  auto solution = search(problem);
  if (!std::isfinite(solution.objective)) throw_unservable(problem);
  return solution;
}

}  // namespace ruralatlas::analysis
