#pragma once
// Siting with capacities: every site (candidate or existing facility) serves at most its
// capacity in demand load (households; by default the weight itself). A demand point may be
// split between sites, so the assignment is a transportation problem; the
// maximal covering version maximises the weight served within the threshold, the p-median
// version minimises weight × cost with every demand point served in full.
#include <cstddef>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"
#include "analysis/site_cost_problem.hpp"

namespace ruralatlas::analysis {

struct CapacitatedProblem {
  std::vector<double> demand_weight;      ///< > 0; what capacities limit
  std::vector<std::vector<double>> cost;  ///< cost[site][demand]; infinity: the site cannot serve it
  std::vector<double> capacity;           ///< per site, in weight; infinity: unlimited
  std::vector<std::size_t> existing;      ///< sites open regardless, not counted in new_sites
  std::size_t new_sites = 0;
  bool minimise_cost = false;  ///< p-median; else maximal covering (cost only says who can serve whom)
  std::vector<double> demand_load;  ///< what capacities count per demand point, >= 0; empty: the weight
};

/// Demand point i's load: demand_load[i], or its weight when there is no separate load.
double demand_load(const CapacitatedProblem& problem, std::size_t i);

/// The whole demand's load.
double total_load(const CapacitatedProblem& problem);

/// Maximal covering with capacities: a site can serve the demand it covers, at no cost.
CapacitatedProblem capacitated_covering(const MaximalCoveringProblem& problem, std::vector<double> capacity,
                                        std::vector<double> demand_load = {});

/// p-median with capacities.
CapacitatedProblem capacitated_median(const SiteCostProblem& problem, std::vector<double> capacity,
                                      std::vector<double> demand_load = {});

/// Throws core::Error (InputData) on a weight <= 0, a capacity vector of the wrong length, a
/// negative or NaN capacity, a load vector of the wrong length or a negative or NaN load, an existing index out of range or more new sites than free
/// candidates.
void validate(const CapacitatedProblem& problem);

/// Sites that are not existing facilities, in index order.
std::vector<std::size_t> free_candidates(const CapacitatedProblem& problem);

/// The most any choice can hold: the existing facilities' capacities and the k largest free
/// candidates' (infinity if one of them is unlimited).
double largest_capacity(const CapacitatedProblem& problem);

}  // namespace ruralatlas::analysis
