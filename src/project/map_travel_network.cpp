#include "project/map_travel_network.hpp"

#include "core/error.hpp"
#include "io/layer_reprojector.hpp"

namespace ruralatlas::project {

namespace {

[[noreturn]] void throw_layer_error(const core::Layer& roads, std::string message, std::string hint) {
  core::Diagnostic d;
  d.file = roads.source;
  d.layer = roads.name;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

analysis::RoadGraph build_graph(const core::Layer& roads, const core::Crs& crs, const analysis::RoadGraphOptions& options) {
  if (roads.crs.definition == crs.definition) return analysis::build_road_graph(roads, options);
  return analysis::build_road_graph(io::reproject(roads, crs), options);
}

}  // namespace

PricedRoadGraph map_travel_network(const core::Layer& roads, const core::Crs& crs, const TravelNetworkOptions& options) {
  if (roads.geometry_kind != core::GeometryKind::Line)
    throw_layer_error(roads, "layer '" + roads.name + "' is not lines; travel times run over a road network",
                      "choose the roads layer");
  if (crs.is_geographic)
    throw_layer_error(roads, crs.label() + " is geographic; travel times need a metric CRS in metres",
                      "measure in a projected CRS, e.g. the CGCS2000 Gauss-Kruger zone (EPSG:4544)");
  auto graph = build_graph(roads, crs, road_graph_options(options.speeds, options.snap_m));
  try {
    return price_road_graph(std::move(graph), options.speeds, options.access_kmh);
  } catch (const core::Error& e) {
    auto d = e.diagnostic();
    if (d.layer.empty()) d.layer = roads.name;
    throw core::Error(e.kind(), std::move(d));
  }
}

}  // namespace ruralatlas::project
