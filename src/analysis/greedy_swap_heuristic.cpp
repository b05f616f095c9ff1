#include "analysis/greedy_swap_heuristic.hpp"

#include <algorithm>

#include "analysis/cover_graph.hpp"
#include "analysis/lagrangian_bound.hpp"

namespace ruralatlas::analysis {

namespace {

/// Open sites, how many of them reach each demand point, and per candidate the weight it would
/// newly cover (kept current through the demand -> candidates lists, so no evaluation rescans).
struct CoverState {
  const MaximalCoveringProblem& problem;
  const CoverGraph& graph;
  std::vector<int> count;
  std::vector<bool> open;
  std::vector<double> uncovered_gain;

  CoverState(const MaximalCoveringProblem& p, const CoverGraph& g)
      : problem(p), graph(g), count(p.demand_weight.size(), 0), open(p.covers.size(), false), uncovered_gain(p.covers.size(), 0.0) {
    for (std::size_t j = 0; j < uncovered_gain.size(); ++j)
      for (const auto i : g.demand_of(j)) uncovered_gain[j] += p.demand_weight[i];
    for (const auto e : p.existing) set_open(e, true);
  }
  void set_open(std::size_t j, bool is_open) {
    open[j] = is_open;
    for (const auto i : graph.demand_of(j)) {
      const int before = count[i];
      count[i] += is_open ? 1 : -1;
      if ((before == 0) != (count[i] == 0))
        for (const auto c : graph.candidates_of(i)) uncovered_gain[c] += before == 0 ? -problem.demand_weight[i] : problem.demand_weight[i];
    }
  }
};

/// Greedy: k times, open the free candidate adding the most uncovered weight (lowest index on ties).
std::vector<std::size_t> greedy(CoverState& state, const std::vector<std::size_t>& candidates, std::size_t k) {
  std::vector<std::size_t> chosen;
  while (chosen.size() < k) {
    std::size_t best = candidates.size();
    for (std::size_t t = 0; t < candidates.size(); ++t)
      if (!state.open[candidates[t]] && (best == candidates.size() || state.uncovered_gain[candidates[t]] > state.uncovered_gain[candidates[best]]))
        best = t;
    if (best == candidates.size()) break;
    state.set_open(candidates[best], true);
    chosen.push_back(candidates[best]);
  }
  return chosen;
}

/// One pass: for each open site, the best closed replacement; applied when it gains weight.
/// A replacement gains what is uncovered plus what only the leaving site reaches (`extra`).
bool improve_by_swaps(CoverState& state, const std::vector<std::size_t>& candidates, std::vector<std::size_t>& chosen,
                      std::vector<double>& extra) {
  const auto& p = state.problem;
  bool improved = false;
  for (auto& site : chosen) {
    double loss = 0;
    for (const auto i : state.graph.demand_of(site))
      if (state.count[i] == 1) {
        loss += p.demand_weight[i];
        for (const auto c : state.graph.candidates_of(i)) extra[c] += p.demand_weight[i];
      }
    double best_delta = 0;
    std::size_t best = site;
    for (const auto c : candidates) {
      if (state.open[c]) continue;
      const double gain = state.uncovered_gain[c] + extra[c];
      if (gain - loss > best_delta + 1e-9 * std::max(1.0, loss)) best_delta = gain - loss, best = c;
    }
    for (const auto i : state.graph.demand_of(site))
      if (state.count[i] == 1)
        for (const auto c : state.graph.candidates_of(i)) extra[c] = 0;
    if (best != site) {
      state.set_open(site, false);
      state.set_open(best, true);
      site = best;
      improved = true;
    }
  }
  return improved;
}

std::vector<std::size_t> local_search(const MaximalCoveringProblem& problem, const CoverGraph& graph,
                                      const std::vector<std::size_t>& candidates, std::vector<std::size_t> start, int max_passes) {
  CoverState state(problem, graph);
  for (const auto j : start) state.set_open(j, true);
  std::vector<double> extra(problem.covers.size(), 0.0);
  for (int pass = 0; pass < max_passes; ++pass)
    if (!improve_by_swaps(state, candidates, start, extra)) break;
  return start;
}

}  // namespace

SitingSolution GreedySwapHeuristic::solve(const MaximalCoveringProblem& problem) const {
  validate(problem);
  const auto candidates = free_candidates(problem);
  const CoverGraph graph(problem.covers, problem.demand_weight.size());
  CoverState state(problem, graph);
  SitingSolution solution;
  solution.method = "greedy+swap";
  solution.new_sites = local_search(problem, graph, candidates, greedy(state, candidates, problem.new_sites),
                                    m_options.max_swap_passes);
  solution.objective = covered_weight(problem, solution.new_sites);
  LagrangianBound::Options bound_options;
  bound_options.max_iterations = m_options.bound_iterations;
  bound_options.stop_gap = m_options.stop_gap;
  bound_options.improve = [&](std::vector<std::size_t>& sites) {
    sites = local_search(problem, graph, candidates, std::move(sites), m_options.max_swap_passes);
    return covered_weight(problem, sites);
  };
  const auto lagrangian = LagrangianBound(std::move(bound_options)).compute(problem, solution.objective);
  // The relaxation's own choice sometimes starts a better local search than the greedy does.
  if (lagrangian.best_sites.size() == problem.new_sites && lagrangian.best_sites_objective > 0) {
    auto sites = local_search(problem, graph, candidates, lagrangian.best_sites, m_options.max_swap_passes);
    const double objective = covered_weight(problem, sites);
    if (objective > solution.objective) solution.new_sites = std::move(sites), solution.objective = objective;
  }
  solution.bound = std::max(lagrangian.bound, solution.objective);  // equal up to rounding when proven
  solution.proven_optimal = solution.bound - solution.objective <= 1e-9 * std::max(1.0, solution.bound);
  if (solution.proven_optimal) solution.bound = solution.objective;  // the rest is subgradient rounding
  return solution;
}

}  // namespace ruralatlas::analysis
