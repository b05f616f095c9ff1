#pragma once
// Outputs of `ruralatlas site`: the chosen sites ranked with what each adds, allocation lines
// from every demand point to its nearest open site, and the efficiency curve.
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/capacitated_model.hpp"
#include "analysis/efficiency_curve.hpp"
#include "analysis/plan_comparison.hpp"
#include "analysis/site_contribution.hpp"
#include "analysis/siting_solution.hpp"
#include "project/siting_inputs.hpp"
#include "core/layer.hpp"

namespace ruralatlas::project {

struct SiteOutputPaths {
  std::filesystem::path sites_stem;   ///< chosen_sites(.csv, .gpkg)
  std::filesystem::path allocations;  ///< allocations.gpkg
  std::filesystem::path curve;        ///< efficiency_curve.csv
  std::filesystem::path plan;         ///< plan_comparison.csv (with --plan)
  std::filesystem::path chart;        ///< efficiency_curve.svg
};

SiteOutputPaths output_paths(const std::filesystem::path& folder);

/// Throws core::Error (Output) naming the first that exists unless `overwrite`; creates the folder.
void check_outputs_absent(const SiteOutputPaths& paths, bool overwrite);

struct SiteResult {
  const SitePoints& demand;
  const SitePoints& candidates;
  const SitePoints& existing;
  const std::vector<analysis::SiteContribution>& ranked;  ///< the new sites, best first
  bool ranked_by_cost;  ///< saved_weighted_cost (p-median, p-center) rather than newly covered
  double within;        ///< metres, or minutes with travel_min; infinity: no coverage threshold
  core::Crs crs;
  /// Network minutes [problem site][demand] (candidates, then existing); null: straight line.
  const std::vector<std::vector<double>>* travel_min = nullptr;
};

/// rank, site_id, name, newly_covered_<w> (or saved_<w>_<unit>: weight × cost saved),
/// served_count, served_<w> (demand whose nearest open site it is, within reach), and for that
/// demand the weighted mean cost before and after the new sites (mean_before_<unit>,
/// mean_after_<unit>; unit m or min); points.
core::Layer chosen_sites_layer(const SiteResult& result, const std::string& weight);

/// One line per demand point to its nearest open site (by travel minutes when given): ids,
/// names, kind (new/existing), rank, distance_m, travel_min, covered, and the same before the
/// new sites (distance_before_m, travel_before_min, covered_before). Without a threshold the
/// covered columns are left out.
core::Layer allocations_layer(const SiteResult& result, const std::string& weight);

/// new_sites, covered_<w>, covered_pct, added_<w>, bound_<w>, gap_pct, solver, proven_optimal.
/// added_<w> is over the previous k (for k = 1, over the existing facilities).
core::Layer efficiency_curve_layer(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                   double existing_weight, const std::string& weight);

/// The curve of a cost problem: new_sites, <measure>_<unit> (e.g. mean_m: weighted mean cost
/// per unit of weight for p-median; worst_min for p-center), bound_<measure>_<unit>, gap_pct,
/// solver, proven_optimal. Median objectives are divided by `total_weight`.
core::Layer cost_curve_layer(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight, bool median,
                             const std::string& unit);

/// With capacities: the new sites ranked by the weight assigned to them (rank 1 the most).
std::vector<analysis::SiteContribution> rank_by_assigned_weight(const std::vector<std::size_t>& new_sites,
                                                                const std::vector<analysis::ServedFlow>& flows);

/// With capacities (ranked by rank_by_assigned_weight): rank, site_id, name, capacity (empty:
/// unlimited), assigned_<load> (what the capacity counts, sent to it), served_count (demand
/// points sending any), mean_after_<unit> (weighted mean cost of what it serves); points.
core::Layer capacitated_sites_layer(const SiteResult& result, const std::vector<analysis::ServedFlow>& flows,
                                    const std::vector<double>& capacity, const std::string& load);

/// With capacities: one line per assignment (a demand point split between sites has one per
/// site): demand_id, demand_name, <w> (the weight sent), <load> when the capacities count
/// another field, share_pct (of the point), site_id, site_name, site_kind, site_rank,
/// distance_m, travel_min; with a threshold also covered, and for what no site within reach
/// has room for, a line (covered 0) to the nearest open site.
/// `demand_load`: per demand point, what the capacities count (empty: the weight).
core::Layer capacitated_allocations_layer(const SiteResult& result, const std::vector<analysis::ServedFlow>& flows,
                                          const std::string& weight, const std::string& load,
                                          const std::vector<double>& demand_load);

/// One row: sites (planned), plan_covered_<w>, best_covered_<w>, best_bound_<w>, best_gap_pct,
/// plan_share_of_best_pct.
core::Layer covering_plan_layer(const analysis::PlanComparison& comparison, const std::string& weight);

/// One row in the curve's measure (mean_<unit>, the weighted mean trip, or worst_<unit>):
/// sites (planned), plan_<measure> (empty if the plan leaves demand unreached), best_<measure>,
/// best_bound_<measure>, best_gap_pct, plan_over_best_pct (how much longer the plan's trip is).
core::Layer cost_plan_layer(const analysis::PlanComparison& comparison, double total_weight, bool median,
                            const std::string& unit);

}  // namespace ruralatlas::project
