#pragma once
// Solvers for siting with capacities (see capacitated_model.hpp). The heuristic is greedy
// (open the candidate whose best assignment scores most) then swap local search, every move
// scored by the exact transportation assignment, trying only a shortlist of the candidates
// that could take over the most; its bound is the LP relaxation of the capacitated model or,
// when that takes too long, the Lagrangian bound of the problem without capacities. The exact solver is GLPK's branch and cut with a time limit, reporting
// the better of its answer and the heuristic's with the proven bound.
#include <optional>

#include "analysis/capacitated_problem.hpp"
#include "analysis/siting_solution.hpp"

namespace ruralatlas::analysis {

class CapacitatedHeuristic {
 public:
  /// `shortlist`: candidates scored by a full assignment per greedy step and swap pass.
  /// `bound_time_limit_s`: for the LP relaxation bound before falling back to the Lagrangian.
  explicit CapacitatedHeuristic(int max_swap_passes = 20, std::size_t shortlist = 16, double bound_time_limit_s = 10)
      : m_max_swap_passes(max_swap_passes), m_shortlist(shortlist), m_bound_time_limit_s(bound_time_limit_s) {}

  /// Validates the problem; throws core::Error (InputData) when the sites found cannot hold
  /// every p-median demand point.
  SitingSolution solve(const CapacitatedProblem& problem) const;

 private:
  int m_max_swap_passes;
  std::size_t m_shortlist;
  double m_bound_time_limit_s;
};

class CapacitatedExactSolver {
 public:
  explicit CapacitatedExactSolver(double time_limit_s = 60) : m_time_limit_s(time_limit_s) {}

  /// Validates the problem; throws core::Error (InputData) when no choice of k new sites can
  /// hold every p-median demand point.
  SitingSolution solve(const CapacitatedProblem& problem) const;

 private:
  double m_time_limit_s;
};

/// Throws core::Error (InputData): the capacities cannot hold all the demand weight, saying
/// whether even the largest k candidates fall short; `unserved_weight` is what a heuristic's
/// sites leave over.
[[noreturn]] void throw_capacity_shortfall(const CapacitatedProblem& problem, std::optional<double> unserved_weight);

}  // namespace ruralatlas::analysis
