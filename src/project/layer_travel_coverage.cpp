#include "project/layer_travel_coverage.hpp"

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_attachment.hpp"
#include "io/layer_reprojector.hpp"
#include "io/metric_crs.hpp"
#include "project/facility_trip_fields.hpp"
#include "project/siting_inputs.hpp"

namespace ruralatlas::project {

namespace {

std::vector<std::optional<core::Point>> points_in(const core::Layer& layer, const core::Crs& crs) {
  if (layer.crs.definition == crs.definition) return analysis::feature_points(layer);
  return analysis::feature_points(io::reproject(layer, crs));
}

}  // namespace

LayerTravelCoverage measure_layer_travel_coverage(const core::Layer& demand, const core::Layer& facilities,
                                                  const core::Layer& roads, const TravelNetworkOptions& network,
                                                  const LayerTravelCoverageSpec& spec) {
  const auto chosen = select_features({facilities, spec.facility_key}, spec.facility_filter, facilities.name).layer;
  const auto crs = io::gauss_kruger_crs_for(demand);
  const auto priced = map_travel_network(roads, crs, network);
  const auto travel = analysis::travel_to_nearest_facility(priced.graph, priced.edge_minutes, points_in(demand, crs),
                                                           points_in(chosen, crs), priced.access_kmh);
  LayerTravelCoverage out{demand, 0, 0, chosen.features.size()};
  add_facility_trip_fields(out.layer, chosen, spec.facility_key, travel.trips, spec.within_min, {spec.covered_column, {}});
  for (const auto& trip : travel.trips) {
    out.reachable += trip.travel_min.has_value();
    out.covered += trip.travel_min && *trip.travel_min <= spec.within_min;
  }
  return out;
}

}  // namespace ruralatlas::project
