#pragma once
// Siting with capacities: every site (candidate or existing facility) serves at most its
// capacity in demand weight (households when the weight is households). A demand point's
// weight may be split between sites, so the assignment is a transportation problem; the
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
};

/// Maximal covering with capacities: a site can serve the demand it covers, at no cost.
CapacitatedProblem capacitated_covering(const MaximalCoveringProblem& problem, std::vector<double> capacity);

/// p-median with capacities.
CapacitatedProblem capacitated_median(const SiteCostProblem& problem, std::vector<double> capacity);

/// Throws core::Error (InputData) on a weight <= 0, a capacity vector of the wrong length, a
/// negative or NaN capacity, an existing index out of range or more new sites than free
/// candidates.
void validate(const CapacitatedProblem& problem);

/// Sites that are not existing facilities, in index order.
std::vector<std::size_t> free_candidates(const CapacitatedProblem& problem);

/// The most any choice can hold: the existing facilities' capacities and the k largest free
/// candidates' (infinity if one of them is unlimited).
double largest_capacity(const CapacitatedProblem& problem);

}  // namespace ruralatlas::analysis
