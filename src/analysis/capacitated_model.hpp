#pragma once
// The capacitated siting problem as one GLPK model (libglpk-dev, linked privately):
//   open x_j in {0, 1} for the free candidates (existing facilities are open), sum x_j <= k;
//   z_ij >= 0, the share of demand point i's weight served by site j (only where j can serve i);
//   sum_j z_ij <= 1 (= 1 for p-median), z_ij <= x_j, sum_i w_i z_ij <= capacity_j x_j;
//   maximise sum w_i z_ij (covering) or minimise sum w_i c_ij z_ij (p-median).
// Relaxed it gives the bound; with x binary it is the exact problem. The best assignment of one
// set of open sites is the same model with x fixed, a transportation problem solved on its own.
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "analysis/capacitated_problem.hpp"

struct glp_prob;

namespace ruralatlas::analysis {

struct ServedFlow {
  std::size_t demand = 0, site = 0;
  double weight = 0;  ///< demand weight sent from the demand point to the site
  double load = 0;    ///< the load (what capacities count) sent with it
};

/// One set of open sites with its best assignment.
struct CapacitatedAssignment {
  /// Covering: weight served. p-median: weight × cost, infinity when weight is left unserved.
  double objective = 0;
  double served_weight = 0, unserved_weight = 0;
  double served_cost = 0;  ///< weight × cost of what is served
  std::vector<ServedFlow> flows;
};

class CapacitatedModel {
 public:
  /// Validates the problem (see validate()).
  explicit CapacitatedModel(CapacitatedProblem problem);
  ~CapacitatedModel();
  CapacitatedModel(const CapacitatedModel&) = delete;
  CapacitatedModel& operator=(const CapacitatedModel&) = delete;

  const CapacitatedProblem& problem() const { return m_problem; }

  /// The best assignment with the existing facilities and `new_sites` open: for p-median the
  /// most weight served, and of those assignments the cheapest.
  CapacitatedAssignment assign(const std::vector<std::size_t>& new_sites) const;

  struct Relaxation {
    bool solved = false;      ///< false: out of time (or infeasible)
    bool infeasible = false;  ///< even the relaxation cannot serve every p-median demand point
    double bound = 0;         ///< no choice of new sites does better (covers more, costs less)
  };

  /// The LP relaxation within `time_limit_s` (0: no limit).
  Relaxation relaxation(double time_limit_s = 0);

  struct IntegerAnswer {
    std::vector<std::size_t> new_sites;  ///< empty when none was found in time
    bool found = false;
    bool proven_optimal = false;
    bool infeasible = false;  ///< proven: no choice of k new sites serves every demand point
  };

  /// The relaxation, then branch and cut, within `time_limit_s`.
  IntegerAnswer solve_integer(double time_limit_s);

 private:
  struct Pair {
    std::size_t demand, site;
    int column;
  };
  struct Deleter {
    void operator()(glp_prob* lp) const;
  };

  void build();

  CapacitatedProblem m_problem;
  std::unique_ptr<glp_prob, Deleter> m_lp;
  std::vector<std::size_t> m_site_of_x;  ///< free candidate of x column c (1-based: index c - 1)
  std::vector<int> m_x_of_site;          ///< x column per site; 0 for existing facilities
  std::vector<Pair> m_pairs;
  /// Profit per unit of weight served (p-median): above the cost of any chain of reassignments,
  /// so serving more always comes first.
  double m_penalty = 0;
};

}  // namespace ruralatlas::analysis
