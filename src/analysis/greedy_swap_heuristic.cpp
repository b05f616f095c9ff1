#include "analysis/greedy_swap_heuristic.hpp"

#include <algorithm>
#include <limits>

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

/// Greedy: k times, open the free candidate adding the most uncovered weight (lowest index on
/// ties). Lazy: gains only fall as sites open, so a heap entry whose gain is still current is
/// the best; stale ones are refreshed and pushed back. k rounds no longer scan every candidate.
std::vector<std::size_t> greedy(CoverState& state, const std::vector<std::size_t>& candidates, std::size_t k) {
  using Entry = std::pair<double, std::size_t>;  // gain when pushed, candidate
  const auto worse = [](const Entry& a, const Entry& b) { return a.first != b.first ? a.first < b.first : a.second > b.second; };
  std::vector<Entry> heap;
  heap.reserve(candidates.size());
  for (const auto c : candidates)
    if (!state.open[c]) heap.emplace_back(state.uncovered_gain[c], c);
  std::make_heap(heap.begin(), heap.end(), worse);
  std::vector<std::size_t> chosen;
  while (chosen.size() < k && !heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), worse);
    auto& top = heap.back();
    if (top.first != state.uncovered_gain[top.second]) {
      top.first = state.uncovered_gain[top.second];
      std::push_heap(heap.begin(), heap.end(), worse);
      continue;
    }
    state.set_open(top.second, true);
    chosen.push_back(top.second);
    heap.pop_back();
  }
  return chosen;
}

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// The closed candidate with the most uncovered weight (lowest index on ties); kNone if all are open.
std::size_t best_closed(const CoverState& state, const std::vector<std::size_t>& candidates) {
  std::size_t best = kNone;
  for (const auto c : candidates)
    if (!state.open[c] && (best == kNone || state.uncovered_gain[c] > state.uncovered_gain[best])) best = c;
  return best;
}

/// One pass: for each open site, the best closed replacement; applied when it gains weight.
/// A replacement gains what is uncovered plus what only the leaving site reaches (`extra`), so
/// the best is either a candidate sharing that demand or the closed candidate with the most
/// uncovered weight overall: only those are looked at, and the latter is found again only
/// after a swap.
bool improve_by_swaps(CoverState& state, const std::vector<std::size_t>& candidates, std::vector<std::size_t>& chosen,
                      std::vector<double>& extra, std::vector<std::size_t>& touched) {
  const auto& p = state.problem;
  bool improved = false;
  std::size_t overall = best_closed(state, candidates);
  for (auto& site : chosen) {
    double loss = 0;
    touched.clear();
    for (const auto i : state.graph.demand_of(site))
      if (state.count[i] == 1) {
        loss += p.demand_weight[i];
        for (const auto c : state.graph.candidates_of(i)) {
          if (extra[c] == 0) touched.push_back(c);
          extra[c] += p.demand_weight[i];
        }
      }
    double best_delta = 0;
    std::size_t best = site;
    const auto consider = [&](std::size_t c) {
      const double delta = state.uncovered_gain[c] + extra[c] - loss;
      const double margin = 1e-9 * std::max(1.0, loss);
      if (delta > best_delta + margin || (best != site && delta >= best_delta - margin && c < best)) best_delta = delta, best = c;
    };
    if (overall != kNone) consider(overall);
    for (const auto c : touched)
      if (!state.open[c]) consider(c);
    for (const auto c : touched) extra[c] = 0;
    if (best != site) {
      state.set_open(site, false);
      state.set_open(best, true);
      site = best;
      improved = true;
      overall = best_closed(state, candidates);
    }
  }
  return improved;
}

std::vector<std::size_t> local_search(const MaximalCoveringProblem& problem, const CoverGraph& graph,
                                      const std::vector<std::size_t>& candidates, std::vector<std::size_t> start, int max_passes) {
  CoverState state(problem, graph);
  for (const auto j : start) state.set_open(j, true);
  std::vector<double> extra(problem.covers.size(), 0.0);
  std::vector<std::size_t> touched;
  for (int pass = 0; pass < max_passes; ++pass)
    if (!improve_by_swaps(state, candidates, start, extra, touched)) break;
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
