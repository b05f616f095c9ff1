#pragma once
// Siting by cost (p-median, p-center): open `new_sites` candidates, on top of existing
// facilities that must stay, and send every demand point to its cheapest open site. Costs are
// metres or minutes, one row per site (candidates and existing facilities alike); infinity
// means the site cannot serve that point (another part of the road network).
#include <cstddef>
#include <vector>

#include "core/geometry.hpp"

namespace ruralatlas::analysis {

struct SiteCostProblem {
  std::vector<double> demand_weight;        ///< people or households per demand point, > 0
  std::vector<std::vector<double>> cost;    ///< cost[site][demand], >= 0 or infinity
  std::vector<std::size_t> existing;        ///< sites open regardless, not counted in new_sites
  std::size_t new_sites = 0;                ///< k: how many more to open
};

/// Throws core::Error (InputData) on a weight <= 0 or not finite, a negative or NaN cost, a row
/// of the wrong length, an existing index out of range, more new sites than free candidates,
/// or a demand point no site can serve.
void validate(const SiteCostProblem& problem);

/// Sites that are not existing facilities, in index order.
std::vector<std::size_t> free_candidates(const SiteCostProblem& problem);

/// Per demand point, the cost to the cheapest of the existing facilities and `new_sites`
/// (infinity when none of them serves it).
std::vector<double> nearest_costs(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites);

/// p-median objective: sum of weight × cost to the cheapest open site (infinity if one is unserved).
double total_weighted_cost(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites);

/// p-center objective: the largest cost from a demand point to its cheapest open site.
double worst_cost(const SiteCostProblem& problem, const std::vector<std::size_t>& new_sites);

/// Throws core::Error (InputData) saying that no choice of new_sites serves every demand point.
[[noreturn]] void throw_unservable(const SiteCostProblem& problem);

/// Straight-line metres from every site to every demand point, cost[site][demand].
std::vector<std::vector<double>> straight_line_costs(const std::vector<core::Point>& sites,
                                                     const std::vector<core::Point>& demand);

}  // namespace ruralatlas::analysis
