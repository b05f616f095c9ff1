#pragma once
// Inputs of siting (`ruralatlas site` and the window's siting panel): demand points with
// positive weights, candidate sites filtered by "within X m of" constraints, existing
// facilities, all in one metric CRS, and the maximal covering problem they make.
#include <string>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"
#include "core/layer.hpp"

namespace ruralatlas::project {

/// A layer file and an optional filter expression on its features.
struct LayerSelection {
  std::string layer_file;
  std::string filter;
};

struct SelectedLayer {
  core::Layer layer;  ///< filtered, in the source CRS
  std::string key;    ///< the layer file's key field; empty = feature ids
};

/// Points of a layer (first point of each feature) in the metric CRS, with their ids and names.
struct SitePoints {
  core::Layer layer;
  std::string key;
  std::vector<core::Point> points;
  std::vector<double> weights;  ///< demand only

  std::string id(std::size_t i) const;    ///< key value, or the feature id
  std::string name(std::size_t i) const;  ///< the "name" field if there is one
  double total_weight() const;
};

/// Throws core::Error (InputData) if the filter leaves no feature.
SelectedLayer load_selected(const LayerSelection& selection);

/// Keeps the features of `selected` matching `filter` (empty: all). Throws core::Error
/// (InputData, naming `source`) if none is left, or for a filter naming an unknown field.
SelectedLayer select_features(SelectedLayer selected, const std::string& filter, const std::string& source);

/// Throws core::Error (InputData) naming layer, feature and field for a feature without a
/// point, a weight that is empty, not a number, zero or negative.
SitePoints demand_points(SelectedLayer selected, const std::string& weight_field, const core::Crs& crs);
SitePoints site_points(SelectedLayer selected, const core::Crs& crs);

/// Capacity per site from `field`, in the demand's load (households). Throws core::Error
/// (InputData) naming the layer file, feature and field for a missing field or a value that is
/// empty, not a number or negative.
std::vector<double> site_capacities(const SitePoints& sites, const std::string& field);

/// What capacities count per demand point (e.g. households when the weight is population),
/// with the same checks as site_capacities().
std::vector<double> demand_loads(const SitePoints& demand, const std::string& field);

/// Candidates must lie within `within_m` of a feature of `targets` matching `filter`.
struct NearConstraint {
  core::Layer targets;  ///< e.g. hardened roads, three-phase lines, water mains
  double within_m = 0;
  std::string filter;  ///< empty: every feature
  std::string source;  ///< the layer file or map layer, for messages
};

/// "LAYER:METRES[:FILTER]" with the layer file read. Throws core::Error (Usage) for bad text.
NearConstraint read_near_constraint(const std::string& text);

/// Keeps the candidates within reach of each constraint; `trail` gets the count after each
/// ("412 candidates, 280 within 1000 m of roads where hardened = 1"). Throws core::Error
/// (InputData) with that trail if none is left.
SitePoints apply_near_constraints(SitePoints candidates, const std::vector<NearConstraint>& constraints, const core::Crs& crs,
                                  std::string& trail);

/// Candidate sites on a square grid of `spacing_m` over the demand's extent, at whole multiples
/// of the spacing in the metric CRS, named "grid_<x km>_<y km>". Throws core::Error (Usage) for
/// more than 50,000 points.
SitePoints grid_candidates(const SitePoints& demand, double spacing_m, const core::Crs& crs);

/// Drops the candidates inside (or on the edge of) a polygon of each "LAYER[:FILTER]", e.g.
/// nature reserves or flood zones; `trail` gets the count after each; throws core::Error
/// (InputData) with it if none is left.
SitePoints apply_exclusions(SitePoints candidates, const std::vector<std::string>& exclusions, const core::Crs& crs,
                            std::string& trail);

/// The points of the problem's sites: candidates first, then existing facilities.
std::vector<core::Point> problem_sites(const SitePoints& candidates, const SitePoints& existing);

/// `covers` per problem site (see problem_sites); existing facilities are fixed open.
/// Throws core::Error (InputData) when k exceeds the candidates.
analysis::MaximalCoveringProblem covering_problem(const SitePoints& demand, const SitePoints& candidates,
                                                  const SitePoints& existing, std::size_t k,
                                                  std::vector<std::vector<std::size_t>> covers);

}  // namespace ruralatlas::project
