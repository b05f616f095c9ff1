#include "project/service_access.hpp"

#include <cmath>

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_attachment.hpp"
#include "analysis/service_area.hpp"
#include "core/error.hpp"
#include "project/layer_cache.hpp"
#include "project/map_travel_network.hpp"
#include "project/speed_file.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

/// The roads priced by the speed file, in the map's CRS the layer cache reads them into.
PricedRoadGraph load_network(const std::filesystem::path& roads_file, const std::filesystem::path& speeds_file,
                             LayerCache& layers) {
  const auto roads = layers.get(roads_file);
  return map_travel_network(*roads, roads->crs, {read_speed_file(speeds_file)});
}

/// The points of a layer file's features matching `filter_text`, in `crs`.
std::vector<std::optional<core::Point>> points_of(const std::filesystem::path& layer_file, const std::string& filter_text,
                                                  LayerCache& layers, const std::filesystem::path& asking_file,
                                                  int line) {
  const auto layer = layers.get(layer_file);
  auto points = analysis::feature_points(*layer);
  if (!filter_text.empty()) {
    try {
      auto filter = style::Filter::parse(filter_text);
      filter.bind(layer->fields);
      std::vector<std::optional<core::Point>> kept;
      for (std::size_t f = 0; f < points.size(); ++f)
        if (filter.matches(layer->features[f].attributes)) kept.push_back(points[f]);
      points = std::move(kept);
    } catch (const core::Error& e) {  // say which file asked for the filter
      core::throw_config_error(asking_file.string(), line, layer_file.filename().string() + ": " + e.what());
    }
  }
  return points;
}

}  // namespace

void add_service_access(core::Layer& layer, const ServiceAccessSpec& spec, LayerCache& layers) {
  const auto network = load_network(spec.network, spec.speeds, layers);
  const auto demand = analysis::feature_points(layer);
  std::vector<std::string> missing(layer.features.size());
  std::vector<std::int64_t> missing_count(layer.features.size(), 0);
  for (const auto& kind : spec.kinds) {
    if (layer.field_index(kind.column))
      core::throw_config_error(spec.file.string(), spec.line,
                               "service column '" + kind.column + "' is already a column of layer '" + layer.name + "'",
                               "give the service another column name");
    const auto facilities = points_of(kind.facilities, kind.filter, layers, spec.file, spec.line);
    const auto travel =
        analysis::travel_to_nearest_facility(network.graph, network.edge_minutes, demand, facilities, network.access_kmh);
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

core::Layer service_area_layer(const ServiceAreaSpec& spec, const std::string& name, LayerCache& layers) {
  const auto& crs = layers.crs();
  const auto network = load_network(spec.network, spec.speeds, layers);
  const auto centres = points_of(spec.around, spec.filter, layers, spec.file, spec.line);
  // Each centre is a facility: the Dijkstra from all of them labels what lies within reach.
  const auto travel = analysis::travel_to_nearest_facility(network.graph, network.edge_minutes, {}, centres,
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
