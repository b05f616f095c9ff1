#include "project/map_siting_inputs.hpp"

#include "io/metric_crs.hpp"
#include "project/layer_file.hpp"

namespace ruralatlas::project {

namespace {

SelectedLayer selected(const MapLayerSelection& s) {
  return select_features({*s.layer, s.key}, s.filter, s.layer->name);
}

}  // namespace

SitingInputs siting_inputs_from_map(const MapSitingSelection& selection, std::string& candidate_trail) {
  SitingInputs in;
  in.demand_source = selection.demand.layer->name;
  auto demand = selected(selection.demand);
  in.crs = io::gauss_kruger_crs_for(demand.layer);
  in.demand = demand_points(std::move(demand), selection.weight, in.crs);
  in.candidates = site_points(selected(selection.candidates ? *selection.candidates : selection.demand), in.crs);
  std::vector<NearConstraint> near;
  for (const auto& c : selection.near) near.push_back({*c.targets, c.within_m, c.filter, c.targets->name});
  candidate_trail.clear();
  if (!near.empty()) in.candidates = apply_near_constraints(std::move(in.candidates), near, in.crs, candidate_trail);
  if (selection.existing) in.existing = site_points(selected(*selection.existing), in.crs);
  return in;
}

std::string map_layer_key(const ProjectSpec& spec, const std::string& layer_name) {
  for (const auto& entry : spec.layers) {
    const auto file = read_layer_file(entry.layer_file);
    if (file.name == layer_name) return file.key;
  }
  return {};
}

}  // namespace ruralatlas::project
