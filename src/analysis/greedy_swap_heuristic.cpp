#include "analysis/greedy_swap_heuristic.hpp"

#include <algorithm>
#include <queue>

#include "analysis/lagrangian_bound.hpp"

namespace ruralatlas::analysis {

namespace {

/// Open sites and how many of them reach each demand point.
struct CoverState {
  const MaximalCoveringProblem& problem;
  std::vector<int> count;
  std::vector<bool> open;

  explicit CoverState(const MaximalCoveringProblem& p)
      : problem(p), count(existing_cover_counts(p)), open(p.covers.size(), false) {
    for (const auto e : p.existing) open[e] = true;
  }
  double gain(std::size_t j) const {
    double sum = 0;
    for (const auto i : problem.covers[j])
      if (count[i] == 0) sum += problem.demand_weight[i];
    return sum;
  }
  void set_open(std::size_t j, bool is_open) {
    open[j] = is_open;
    for (const auto i : problem.covers[j]) count[i] += is_open ? 1 : -1;
  }
};

std::vector<std::size_t> greedy(CoverState& state, const std::vector<std::size_t>& candidates, std::size_t k) {
  // Lazy greedy: a stale gain is an upper bound on the current one (coverage is submodular).
  using Entry = std::pair<double, std::size_t>;
  auto later = [](const Entry& a, const Entry& b) { return a.first < b.first || (a.first == b.first && a.second > b.second); };
  std::priority_queue<Entry, std::vector<Entry>, decltype(later)> queue(later);
  for (const auto j : candidates) queue.emplace(state.gain(j), j);
  std::vector<std::size_t> chosen;
  while (chosen.size() < k && !queue.empty()) {
    auto [stale, j] = queue.top();
    queue.pop();
    const double fresh = state.gain(j);
    if (!queue.empty() && fresh < queue.top().first) {
      queue.emplace(fresh, j);
      continue;
    }
    state.set_open(j, true);
    chosen.push_back(j);
  }
  return chosen;
}

/// One pass: for each open site, the best closed replacement; applied when it gains weight.
bool improve_by_swaps(CoverState& state, const std::vector<std::size_t>& candidates, std::vector<std::size_t>& chosen) {
  const auto& p = state.problem;
  std::vector<bool> only_here(p.demand_weight.size(), false);
  bool improved = false;
  for (auto& site : chosen) {
    double loss = 0;
    for (const auto i : p.covers[site])
      if (state.count[i] == 1) only_here[i] = true, loss += p.demand_weight[i];
    double best_delta = 0;
    std::size_t best = site;
    for (const auto c : candidates) {
      if (state.open[c]) continue;
      double gain = 0;
      for (const auto i : p.covers[c])
        if (state.count[i] == 0 || only_here[i]) gain += p.demand_weight[i];
      if (gain - loss > best_delta + 1e-9 * std::max(1.0, loss)) best_delta = gain - loss, best = c;
    }
    for (const auto i : p.covers[site]) only_here[i] = false;
    if (best != site) {
      state.set_open(site, false);
      state.set_open(best, true);
      site = best;
      improved = true;
    }
  }
  return improved;
}

std::vector<std::size_t> local_search(const MaximalCoveringProblem& problem, const std::vector<std::size_t>& candidates,
                                      std::vector<std::size_t> start, int max_passes) {
  CoverState state(problem);
  for (const auto j : start) state.set_open(j, true);
  for (int pass = 0; pass < max_passes; ++pass)
    if (!improve_by_swaps(state, candidates, start)) break;
  return start;
}

}  // namespace

SitingSolution GreedySwapHeuristic::solve(const MaximalCoveringProblem& problem) const {
  validate(problem);
  const auto candidates = free_candidates(problem);
  CoverState state(problem);
  SitingSolution solution;
  solution.method = "greedy+swap";
  solution.new_sites = local_search(problem, candidates, greedy(state, candidates, problem.new_sites),
                                    m_options.max_swap_passes);
  solution.objective = covered_weight(problem, solution.new_sites);
  const auto lagrangian = LagrangianBound(m_options.bound_iterations).compute(problem, solution.objective);
  // The relaxation's own choice sometimes starts a better local search than the greedy does.
  if (lagrangian.best_sites.size() == problem.new_sites && lagrangian.best_sites_objective > 0) {
    auto sites = local_search(problem, candidates, lagrangian.best_sites, m_options.max_swap_passes);
    const double objective = covered_weight(problem, sites);
    if (objective > solution.objective) solution.new_sites = std::move(sites), solution.objective = objective;
  }
  solution.bound = std::max(lagrangian.bound, solution.objective);  // equal up to rounding when proven
  solution.proven_optimal = solution.bound - solution.objective <= 1e-9 * std::max(1.0, solution.bound);
  if (solution.proven_optimal) solution.bound = solution.objective;  // the rest is subgradient rounding
  return solution;
}

}  // namespace ruralatlas::analysis
