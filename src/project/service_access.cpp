#include "project/service_access.hpp"

#include <cmath>

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_attachment.hpp"
#include "analysis/road_graph.hpp"
#include "analysis/service_area.hpp"
#include "analysis/speed_table.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "project/road_graph_loader.hpp"
#include "project/speed_file.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

struct Network {
  analysis::RoadGraph graph;
  std::vector<double> minutes;  ///< per edge
  double access_kmh = 5;
};

Network load_network(const std::filesystem::path& roads_file, const std::filesystem::path& speeds_file,
                     const core::Crs& crs) {
  const auto speeds = read_speed_file(speeds_file);
  Network n{load_road_graph(read_layer_file(roads_file), crs, {1.0, speeds.class_field, speeds.surface_field}), {},
            speeds.access_kmh};
  n.minutes = analysis::edge_minutes(n.graph, speeds.speeds);
  return n;
}

/// The points of a layer file's features matching `filter_text`, in `crs`.
std::vector<std::optional<core::Point>> points_of(const std::filesystem::path& layer_file, const std::string& filter_text,
                                                  const core::Crs& crs, const std::filesystem::path& asking_file,
                                                  int line) {
  auto layer = io::reproject(load_layer(read_layer_file(layer_file)).layer, crs);
  if (!filter_text.empty()) {
    try {
      auto filter = style::Filter::parse(filter_text);
      filter.bind(layer.fields);
      std::erase_if(layer.features, [&](const core::Feature& f) { return !filter.matches(f.attributes); });
    } catch (const core::Error& e) {  // say which file asked for the filter
      core::throw_config_error(asking_file.string(), line, layer_file.filename().string() + ": " + e.what());
    }
  }
  return analysis::feature_points(layer);
}

}  // namespace

void add_service_access(core::Layer& layer, const ServiceAccessSpec& spec) {
  const auto network = load_network(spec.network, spec.speeds, layer.crs);
  const auto demand = analysis::feature_points(layer);
  std::vector<std::string> missing(layer.features.size());
  std::vector<std::int64_t> missing_count(layer.features.size(), 0);
  for (const auto& kind : spec.kinds) {
    if (layer.field_index(kind.column))
      core::throw_config_error(spec.file.string(), spec.line,
                               "service column '" + kind.column + "' is already a column of layer '" + layer.name + "'",
                               "give the service another column name");
    const auto facilities = points_of(kind.facilities, kind.filter, layer.crs, spec.file, spec.line);
    const auto travel =
        analysis::travel_to_nearest_facility(network.graph, network.minutes, demand, facilities, network.access_kmh);
    layer.fields.push_back({kind.column, core::FieldType::Real, 0});
    for (std::size_t f = 0; f < layer.features.size(); ++f) {
      const auto& minutes = travel.trips[f].travel_min;
      core::Value value;
      if (minutes) value = std::round(*minutes * 10) / 10;
      layer.features[f].attributes.push_back(value);
      if (minutes && *minutes <= spec.within_min) continue;
      missing[f] += (missing[f].empty() ? "" : "、") + kind.label;
      ++missing_count[f];
    }
  }
  layer.fields.push_back({"services_missing", core::FieldType::String, 0});
  layer.fields.push_back({"services_missing_count", core::FieldType::Integer, 0});
  for (std::size_t f = 0; f < layer.features.size(); ++f) {
    layer.features[f].attributes.emplace_back(std::move(missing[f]));
    layer.features[f].attributes.emplace_back(missing_count[f]);
  }
}

core::Layer service_area_layer(const ServiceAreaSpec& spec, const std::string& name, const core::Crs& crs) {
  const auto network = load_network(spec.network, spec.speeds, crs);
  const auto centres = points_of(spec.around, spec.filter, crs, spec.file, spec.line);
  // Each centre is a facility: the Dijkstra from all of them labels what lies within reach.
  const auto travel = analysis::travel_to_nearest_facility(network.graph, network.minutes, {}, centres,
                                                           network.access_kmh);
  std::vector<core::Point> located;
  for (const auto& p : centres)
    if (p) located.push_back(*p);
  core::Layer areas;
  areas.name = name;
  areas.source = spec.file.string();
  areas.crs = crs;
  areas.geometry_kind = core::GeometryKind::Polygon;
  areas.fields = {{"within_min", core::FieldType::Real, 0}, {"area_km2", core::FieldType::Real, 0}};
  for (const double limit : spec.minutes) {
    auto polygon = analysis::service_area(travel.network, travel.times, located, {limit, network.access_kmh});
    core::Feature f;
    f.fid = static_cast<std::int64_t>(areas.features.size());
    f.attributes = {limit, boost::geometry::area(polygon) / 1e6};
    f.geometry = std::move(polygon);
    areas.features.push_back(std::move(f));
  }
  return areas;
}

}  // namespace ruralatlas::project
