#pragma once
// Siting inputs from layers already loaded for a map (the window's siting panel): the same
// checks and the same metric CRS as `ruralatlas site` gives the layer files, so both solve the
// same problem.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/layer.hpp"
#include "project/map_pipeline.hpp"
#include "project/siting_run.hpp"

namespace ruralatlas::project {

/// A loaded layer, the key naming its features (empty: feature ids) and a filter on them.
struct MapLayerSelection {
  std::shared_ptr<const core::Layer> layer;
  std::string key;
  std::string filter;  ///< empty: every feature
};

struct MapNearConstraint {
  std::shared_ptr<const core::Layer> targets;  ///< e.g. roads
  double within_m = 0;
  std::string filter;  ///< e.g. "hardened = 1"
};

struct MapSitingSelection {
  MapLayerSelection demand;
  std::string weight;
  std::optional<MapLayerSelection> candidates;  ///< none: every demand point is a candidate
  std::vector<MapNearConstraint> near;
  std::optional<MapLayerSelection> existing;
};

/// The inputs in the CGCS2000 Gauss-Kruger zone of the demand, and the candidates' trail
/// ("412 candidates, 280 within 1000 m of roads where hardened = 1"; empty without
/// constraints). Throws core::Error as site_points, demand_points and apply_near_constraints do.
SitingInputs siting_inputs_from_map(const MapSitingSelection& selection, std::string& candidate_trail);

/// The key of the map's layer named `layer_name` from its layer file (empty if the map does
/// not read it from one, e.g. an analysis result).
std::string map_layer_key(const ProjectSpec& spec, const std::string& layer_name);

}  // namespace ruralatlas::project
