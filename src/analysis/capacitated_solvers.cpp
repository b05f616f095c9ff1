#include "analysis/capacitated_solvers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

#include "analysis/capacitated_model.hpp"
#include "analysis/lagrangian_bound.hpp"
#include "analysis/p_median_bound.hpp"
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

/// The closed candidates most worth trying, best first: what each could take over from the
/// current assignment if it had room, i.e. the unserved weight it reaches (p-median: valued
/// above any cost) and, for p-median, the cost it would save on what is served elsewhere.
/// Scoring every candidate by a full assignment would cost a transportation LP each.
std::vector<std::size_t> shortlist(const CapacitatedModel& model, const std::vector<std::size_t>& free,
                                   const std::vector<std::size_t>& open, std::size_t size) {
  const auto& p = model.problem();
  const std::size_t n = p.demand_weight.size();
  std::vector<double> unserved = p.demand_weight, mean_cost(n, 0.0);
  for (const auto& f : model.assign(open).flows) unserved[f.demand] -= f.weight, mean_cost[f.demand] += f.weight * p.cost[f.site][f.demand];
  double highest = 0;
  for (const auto& row : p.cost)
    for (const double c : row)
      if (std::isfinite(c)) highest = std::max(highest, c);
  std::vector<std::pair<double, std::size_t>> gains;
  for (const auto j : free) {
    if (std::find(open.begin(), open.end(), j) != open.end()) continue;
    double gain = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double c = p.cost[j][i];
      if (!std::isfinite(c)) continue;
      const double served = p.demand_weight[i] - unserved[i];
      if (!p.minimise_cost) gain += unserved[i];
      else gain += unserved[i] * (highest + 1 - c) + (served > 0 ? std::max(0.0, mean_cost[i] - served * c) : 0.0);
    }
    gains.emplace_back(gain, j);
  }
  const auto kept = std::min(size, gains.size());
  std::partial_sort(gains.begin(), gains.begin() + static_cast<long>(kept), gains.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::size_t> result;
  for (std::size_t t = 0; t < kept; ++t) result.push_back(gains[t].second);
  return result;
}

/// Greedy: k times, open the shortlisted candidate whose best assignment scores most.
std::vector<std::size_t> greedy_sites(CapacitatedModel& model, const std::vector<std::size_t>& free, std::size_t size) {
  std::vector<std::size_t> open;
  for (std::size_t round = 0; round < model.problem().new_sites; ++round) {
    const auto tried = shortlist(model, free, open, size);
    std::size_t best_site = tried.front();
    Score best_score;
    for (const auto j : tried) {
      open.push_back(j);
      const Score s = score(model, open);
      open.pop_back();
      if (s > best_score) best_score = s, best_site = j;
    }
    open.push_back(best_site);
  }
  return open;
}

/// Swap an open site for a shortlisted closed one while that scores more (first improvement).
void swap_search(CapacitatedModel& model, const std::vector<std::size_t>& free, std::vector<std::size_t>& open,
                 int max_passes, std::size_t size) {
  Score current = score(model, open);
  for (int pass = 0; pass < max_passes; ++pass) {
    bool improved = false;
    const auto tried = shortlist(model, free, open, size);
    for (auto& slot : open) {
      for (const auto j : tried) {
        const auto kept = slot;
        slot = j;
        if (const Score s = score(model, open); s > current) {
          current = s, improved = true;
          break;
        }
        slot = kept;
      }
      if (improved) break;  // the shortlist is stale now
    }
    if (!improved) return;
  }
}

/// A bound without the capacities, which only restrict: the Lagrangian bound of the
/// uncapacitated problem, for when the capacitated relaxation is too big to solve in time.
double uncapacitated_bound(const CapacitatedProblem& p, double objective) {
  if (p.minimise_cost)
    return PMedianLagrangianBound().compute(SiteCostProblem{p.demand_weight, p.cost, p.existing, p.new_sites}, objective).bound;
  MaximalCoveringProblem covering{p.demand_weight, std::vector<std::vector<std::size_t>>(p.cost.size()), p.existing, p.new_sites};
  for (std::size_t j = 0; j < p.cost.size(); ++j)
    for (std::size_t i = 0; i < p.demand_weight.size(); ++i)
      if (std::isfinite(p.cost[j][i])) covering.covers[j].push_back(i);
  return LagrangianBound().compute(covering, objective).bound;
}

/// `bound`: the relaxation's, or none when the answer is proven optimal.
SitingSolution answer(CapacitatedModel& model, std::vector<std::size_t> sites, const std::optional<CapacitatedModel::Relaxation>& relaxed,
                      const char* method) {
  const auto& problem = model.problem();
  const auto assignment = model.assign(sites);
  if (problem.minimise_cost && !std::isfinite(assignment.objective)) throw_capacity_shortfall(problem, assignment.unserved_weight);
  SitingSolution s;
  s.new_sites = std::move(sites);
  s.objective = assignment.objective;
  s.minimise = problem.minimise_cost;
  s.method = method;
  const double bound = !relaxed ? s.objective : relaxed->solved ? relaxed->bound : uncapacitated_bound(problem, s.objective);
  // A valid bound on the wrong side of the objective is round-off.
  s.bound = s.minimise ? std::min(bound, s.objective) : std::max(bound, s.objective);
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
    open = greedy_sites(model, free, m_shortlist);
    swap_search(model, free, open, m_max_swap_passes, m_shortlist);
  }
  return answer(model, std::move(open), model.relaxation(m_bound_time_limit_s), "capacitated greedy+swap");
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
  auto solution = answer(model, std::move(sites),
                         result.proven_optimal ? std::nullopt : std::optional(model.relaxation(m_time_limit_s)), "capacitated glpk");
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
