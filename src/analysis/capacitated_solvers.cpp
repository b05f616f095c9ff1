#include "analysis/capacitated_solvers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

#include "analysis/capacitated_model.hpp"
#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

constexpr double kTolerance = 1e-9;

bool better(double a, double b) { return a > b + kTolerance * std::max(1.0, std::abs(b)); }

/// What the local search compares: p-median serves as much weight as it can first, then at
/// the least cost; covering serves the most weight.
struct Score {
  double served = -std::numeric_limits<double>::infinity(), saving = 0;  ///< saving: minus the cost

  bool operator>(const Score& other) const {
    if (better(served, other.served)) return true;
    return !better(other.served, served) && better(saving, other.saving);
  }
};

Score score(CapacitatedModel& model, const std::vector<std::size_t>& open) {
  const auto a = model.assign(open);
  return {a.served_weight, model.problem().minimise_cost ? -a.served_cost : 0.0};
}

/// Greedy: k times, open the free candidate whose best assignment scores most.
std::vector<std::size_t> greedy_sites(CapacitatedModel& model, const std::vector<std::size_t>& free) {
  std::vector<std::size_t> open;
  std::vector<bool> taken(model.problem().cost.size(), false);
  for (std::size_t round = 0; round < model.problem().new_sites; ++round) {
    std::size_t best_site = free.front();
    Score best_score;
    for (const auto j : free) {
      if (taken[j]) continue;
      open.push_back(j);
      const Score s = score(model, open);
      open.pop_back();
      if (s > best_score) best_score = s, best_site = j;
    }
    open.push_back(best_site), taken[best_site] = true;
  }
  return open;
}

/// Swap an open site for a closed one while that scores more (first improvement).
void swap_search(CapacitatedModel& model, const std::vector<std::size_t>& free, std::vector<std::size_t>& open,
                 int max_passes) {
  Score current = score(model, open);
  for (int pass = 0; pass < max_passes; ++pass) {
    bool improved = false;
    for (auto& slot : open)
      for (const auto j : free) {
        if (std::find(open.begin(), open.end(), j) != open.end()) continue;
        const auto kept = slot;
        slot = j;
        if (const Score s = score(model, open); s > current) {
          current = s, improved = true;
          break;
        }
        slot = kept;
      }
    if (!improved) return;
  }
}

SitingSolution answer(CapacitatedModel& model, std::vector<std::size_t> sites, std::optional<double> bound, const char* method) {
  const auto& problem = model.problem();
  const auto assignment = model.assign(sites);
  if (problem.minimise_cost && !std::isfinite(assignment.objective)) throw_capacity_shortfall(problem, assignment.unserved_weight);
  SitingSolution s;
  s.new_sites = std::move(sites);
  s.objective = assignment.objective;
  s.minimise = problem.minimise_cost;
  s.method = method;
  // The relaxation bounds the optimum; a bound on the wrong side of the objective is round-off.
  s.bound = !bound ? s.objective : s.minimise ? std::min(*bound, s.objective) : std::max(*bound, s.objective);
  s.proven_optimal = s.gap_pct() <= 1e-7;
  if (s.proven_optimal) s.bound = s.objective;
  return s;
}

/// Tops `sites` up to k with unused free candidates (the model allows fewer than k).
void top_up(std::vector<std::size_t>& sites, const std::vector<std::size_t>& free, std::size_t k) {
  for (const auto j : free)
    if (sites.size() < k && std::find(sites.begin(), sites.end(), j) == sites.end()) sites.push_back(j);
}

}  // namespace

SitingSolution CapacitatedHeuristic::solve(const CapacitatedProblem& problem) const {
  CapacitatedModel model(problem);  // validates
  const auto free = free_candidates(problem);
  std::vector<std::size_t> open;
  if (problem.new_sites > 0) {
    open = greedy_sites(model, free);
    swap_search(model, free, open, m_max_swap_passes);
  }
  return answer(model, std::move(open), model.relaxation_bound(), "capacitated greedy+swap");
}

SitingSolution CapacitatedExactSolver::solve(const CapacitatedProblem& problem) const {
  CapacitatedModel model(problem);  // validates
  const auto free = free_candidates(problem);
  auto result = model.solve_integer(m_time_limit_s);
  if (result.infeasible) throw_capacity_shortfall(problem, std::nullopt);
  if (!result.found) {  // nothing in the time: the heuristic answers, with the relaxation's bound
    auto fallback = CapacitatedHeuristic().solve(problem);
    fallback.timed_out = true;
    return fallback;
  }
  auto sites = std::move(result.new_sites);
  top_up(sites, free, problem.new_sites);
  auto solution = answer(model, std::move(sites), result.proven_optimal ? std::nullopt : model.relaxation_bound(),
                         "capacitated glpk");
  solution.timed_out = !result.proven_optimal;
  return solution;
}

void throw_capacity_shortfall(const CapacitatedProblem& problem, std::optional<double> unserved_weight) {
  const double demand = total_load(problem), held = largest_capacity(problem);
  std::ostringstream text;
  text << "the existing facilities and " << problem.new_sites << " new sites ";
  if (held < demand)
    text << "hold at most " << held << " of the demand's " << demand;
  else if (unserved_weight)
    text << "found leave " << std::round(*unserved_weight) << " of the demand weight unassigned"
         << ": the sites within reach of some demand points are full (--solver exact says whether any choice can)";
  else
    text << "cannot hold every demand point: whichever are chosen, the sites within reach of some points are full";
  core::throw_input_error("", text.str(), "open more sites or raise the capacities");
}

}  // namespace ruralatlas::analysis
