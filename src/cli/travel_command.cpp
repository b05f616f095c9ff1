// `ruralatlas travel DEMAND --network ROADS --speeds SPEEDS --facilities FACILITIES
//  [--filter EXPR] [--within-min M] [--by ZONES --table FILE] [--out FILE] [--areas FILE]`:
// minutes over the road network from every village to the nearest facility of a kind.
#include <chrono>
#include <cmath>
#include <future>
#include <memory>
#include <iostream>

#include <fmt/format.h>

#include "analysis/facility_travel_time.hpp"
#include "analysis/network_report.hpp"
#include "analysis/point_in_polygon.hpp"
#include "analysis/service_area.hpp"
#include "analysis/speed_table.hpp"
#include "analysis/zonal_statistics.hpp"
#include "cli/command.hpp"
#include "cli/graph_cache_options.hpp"
#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"
#include "io/metric_crs.hpp"
#include "io/vector_layer_reader.hpp"
#include "io/vector_layer_writer.hpp"
#include "project/facility_trip_fields.hpp"
#include "project/layer_loader.hpp"
#include "project/priced_road_graph.hpp"
#include "project/road_graph_loader.hpp"
#include "project/speed_file.hpp"
#include "project/travel_graph_layer.hpp"
#include "style/filter.hpp"

namespace ruralatlas::cli {

namespace {

core::Layer select_features(core::Layer layer, const std::string& filter_text) {
  if (filter_text.empty()) return layer;
  auto filter = style::Filter::parse(filter_text);
  try {
    filter.bind(layer.fields);
  } catch (const core::Error& e) {
    auto d = e.diagnostic();
    if (d.file.empty()) d.file = layer.source, d.layer = layer.name;
    throw core::Error(e.kind(), std::move(d));
  }
  std::erase_if(layer.features, [&](const core::Feature& f) { return !filter.matches(f.attributes); });
  return layer;
}

class TravelCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("travel", "Minutes over the road network from every village to the nearest facility");
    sub->add_option("demand", m_demand, "layer file of the demand points, e.g. layers/villages.yaml")->required();
    sub->add_option("--network", m_network, "layer file of the roads, e.g. layers/roads.yaml")->required();
    sub->add_option("--speeds", m_speeds, "speed file: km/h by road class and surface, e.g. networks/speeds.yaml")->required();
    sub->add_option("--facilities", m_facilities, "layer file of the facilities, e.g. layers/clinics.yaml")->required();
    sub->add_option("--filter", m_filter, "only facilities matching, e.g. \"level = 'township_hc'\"");
    sub->add_option("--within-min", m_within_min, "service threshold in minutes")->capture_default_str()->check(CLI::PositiveNumber);
    sub->add_option("--access-kmh", m_access_kmh, "off-road speed to and from the road (default: the speed file's access_kmh)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--snap-m", m_snap_m, "road ends and vertices closer than this are joined")->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    sub->add_option("--crs", m_crs, "metric CRS (default: the CGCS2000 Gauss-Kruger zone of the data)");
    sub->add_option("--weight", m_weight, "demand field counted as people within the threshold, e.g. population");
    sub->add_option("--by", m_zones, "layer file of zones to summarise by, e.g. layers/townships.yaml");
    sub->add_option("--table", m_table, "write the zone summary (with --by): .csv, .gpkg, ...");
    sub->add_option("-o,--out", m_out, "write the demand layer with travel_min, facility_id, within");
    sub->add_option("--areas", m_areas, "write service-area polygons (GeoPackage), one per --area-min");
    sub->add_option("--area-min", m_area_minutes, "minutes of the service areas (repeatable; default: --within-min)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--graph", m_graph, "write the searched network (road pieces and access legs) as lines");
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    m_graph_cache.add_to(sub);
    return sub;
  }

  int run() override {
    const auto speed_file = project::read_speed_file(m_speeds);
    const double access_kmh = m_access_kmh > 0 ? m_access_kmh : speed_file.access_kmh;
    const auto demand_spec = project::read_layer_file(m_demand);
    std::optional<core::Layer> demand;  // read here only when the CRS needs its features
    const auto crs = choose_crs(demand_spec, demand);
    const auto facility_spec = project::read_layer_file(m_facilities);
    // The villages and facilities are read on a second thread while this one reads (or builds),
    // prices and indexes the network: the two were half of a national run. This way round the
    // index's R-tree nodes come from this thread's heap, which the search's network reuses once
    // the index is freed.
    auto points_job = std::async(std::launch::async, [&] {
      return place_points(demand ? std::move(*demand) : project::load_layer(demand_spec).layer, facility_spec, crs);
    });
    auto network = load_network(crs, speed_file);
    auto points = points_job.get();
    auto& villages = points.villages;
    const auto& facilities = points.facilities;
    const auto& village_points = points.village_points;
    const auto& facility_points = points.facility_points;
    const auto& graph = network->loaded.graph;
    if (!m_global->quiet) std::cout << network->description;

    const auto routed = std::chrono::steady_clock::now();
    const auto travel = analysis::travel_to_nearest_facility(std::move(*network->index), network->minutes, village_points,
                                                             facility_points, access_kmh);
    if (!m_global->quiet)
      std::cout << fmt::format("travel times: access legs and one multi-source shortest-path search over {} nodes in {:.1f} s\n",
                               travel.network.nodes.size(), seconds_since(routed));
    std::optional<std::size_t> weight;
    if (!m_weight.empty()) weight = villages.require_field(m_weight);
    project::add_facility_trip_fields(villages, facilities, facility_spec.key, travel.trips, m_within_min, {"within", weight});
    print_summary(villages, facilities, weight);

    if (!m_zones.empty()) summarise_by_zones(villages, weight);
    if (!m_out.empty()) io::write_vector_layer(villages, m_out, {m_overwrite});
    if (!m_areas.empty()) write_areas(travel, facility_points, access_kmh, crs);
    if (!m_graph.empty())
      io::write_vector_layer(
          project::travel_graph_layer({graph, travel, village_points, facility_points, access_kmh}, crs), m_graph,
          {m_overwrite});
    return 0;
  }

 private:
  /// --crs, else the Gauss-Kruger zone of the demand layer's centre, from its header when it
  /// has one (so the network can load while the features are read), else from `demand`, read.
  core::Crs choose_crs(const project::LayerFileSpec& spec, std::optional<core::Layer>& demand) const {
    core::Crs crs;
    if (!m_crs.empty()) {
      crs = io::crs_from_user_text(m_crs);
      if (crs.is_geographic)
        core::throw_config_error("--crs", 0, m_crs + " is geographic; travel needs metres", "e.g. EPSG:4544");
      return crs;
    }
    if (!spec.service_area) {
      const auto header = io::read_layer_header(spec.source, project::vector_read_options(spec, std::nullopt));
      if (!core::is_empty(header.extent)) return io::gauss_kruger_crs_for(header.extent, header.crs, spec.source.string());
    }
    demand = project::load_layer(spec).layer;
    return io::gauss_kruger_crs_for(*demand);
  }

  /// The road graph with its edges priced and indexed, and what to print about it.
  struct IndexedNetwork {
    project::CachedRoadGraph loaded;
    std::vector<double> minutes;
    std::optional<analysis::RoadEdgeIndex> index;  ///< refers to loaded.graph, so this lives on the heap
    std::string description;  ///< empty when quiet
  };

  std::unique_ptr<IndexedNetwork> load_network(const core::Crs& crs, const project::SpeedFileSpec& speed_file) const {
    const auto started = std::chrono::steady_clock::now();
    auto network = std::make_unique<IndexedNetwork>();
    network->loaded = m_graph_cache.load(m_network, crs, project::road_graph_options(speed_file, m_snap_m));
    const double seconds = seconds_since(started);
    // The report (components, dangling ends: a walk over every node) runs beside the indexing.
    std::future<std::string> description;
    if (!m_global->quiet)
      description = std::async(std::launch::async, [&] { return describe(network->loaded, seconds); });
    network->minutes = analysis::edge_minutes(network->loaded.graph, speed_file.speeds);
    network->index.emplace(network->loaded.graph);
    if (description.valid()) network->description = description.get();
    return network;
  }

  /// The villages and facilities in the network's CRS, with the point each is routed from.
  struct PlacedPoints {
    core::Layer villages, facilities;
    std::vector<std::optional<core::Point>> village_points, facility_points;
  };

  PlacedPoints place_points(core::Layer demand, const project::LayerFileSpec& facility_spec, const core::Crs& crs) const {
    PlacedPoints placed;
    placed.villages = io::reproject(std::move(demand), crs);
    // Only the key and the filter's columns, filtered before reprojecting: a national clinic layer
    // has hundreds of thousands of village clinics.
    placed.facilities = io::reproject(load_facilities(facility_spec), crs);
    placed.village_points = analysis::feature_points(placed.villages);
    placed.facility_points = analysis::feature_points(placed.facilities);
    return placed;
  }

  static double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }

  /// The facility columns the run uses, or every column when joins may supply them.
  std::optional<std::vector<std::string>> facility_columns(const project::LayerFileSpec& spec) const {
    if (!spec.joins.empty()) return std::nullopt;
    std::vector<std::string> columns;
    if (!spec.key.empty()) columns.push_back(spec.key);
    if (!m_filter.empty())
      for (auto& name : style::Filter::parse(m_filter).referenced_fields()) columns.push_back(std::move(name));
    return columns;
  }

  core::Layer load_facilities(const project::LayerFileSpec& spec) const {
    const auto columns = facility_columns(spec);
    try {
      return select_features(project::load_layer(spec, columns).layer, m_filter);
    } catch (const core::Error&) {
      if (!columns) throw;
    }
    // The filter names a column the layer lacks: read them all so the message lists them.
    return select_features(project::load_layer(spec).layer, m_filter);
  }

  static std::string describe(const project::CachedRoadGraph& loaded, double seconds) {
    const auto report = analysis::describe_network(loaded.graph);
    const auto& graph = loaded.graph;
    auto text = fmt::format("road network ({} in {:.1f} s): {} nodes, {} edges, {} dangling ends, {} components",
                            loaded.from_cache ? "from the graph cache" : "read and built", seconds, graph.nodes.size(),
                            graph.edges.size(), report.dangling_nodes.size(), report.components.size());
    if (!report.components.empty()) {
      const auto& largest = report.components.front();
      text += fmt::format(" (largest {} nodes, {:.1f} km; sizes", largest.nodes, largest.length_m / 1000);
      for (std::size_t c = 0; c < std::min<std::size_t>(report.components.size(), 8); ++c)
        text += fmt::format(" {}", report.components[c].nodes);
      text += report.components.size() > 8 ? " …)" : ")";
    }
    return text + '\n';
  }

  void print_summary(const core::Layer& villages, const core::Layer& facilities, std::optional<std::size_t> weight) const {
    if (m_global->quiet) return;
    const auto within_index = villages.require_field("within");
    const auto minutes_index = villages.require_field("travel_min");
    std::size_t within = 0, unreachable = 0;
    double people = 0, people_within = 0;
    for (const auto& f : villages.features) {
      const bool in = std::get<std::int64_t>(f.attributes[within_index]) == 1;
      within += in;
      unreachable += core::is_null(f.attributes[minutes_index]);
      if (weight)
        if (auto w = core::to_number(f.attributes[*weight])) people += *w, people_within += in ? *w : 0;
    }
    const double n = static_cast<double>(villages.features.size());
    std::cout << fmt::format("{} within {:g} min of {} {}{}:\n", villages.name, m_within_min, facilities.features.size(),
                             facilities.name, m_filter.empty() ? "" : " where " + m_filter)
              << fmt::format("  features within {} of {} ({:.1f}%)\n", within, villages.features.size(),
                             n > 0 ? 100.0 * within / n : 0.0);
    if (weight)
      std::cout << fmt::format("  {} within {:.0f} of {:.0f} ({:.1f}%)\n", villages.fields[*weight].name, people_within,
                               people, people > 0 ? 100.0 * people_within / people : 0.0);
    if (unreachable)
      std::cout << fmt::format("  {} features unreachable (no facility in their part of the road network)\n", unreachable);
  }

  void summarise_by_zones(const core::Layer& villages, std::optional<std::size_t> weight) const {
    const auto zones = io::reproject(project::load_layer(project::read_layer_file(m_zones)).layer, villages.crs);
    const auto zone_of = analysis::locate_points(villages, zones);
    std::vector<analysis::ZoneStat> stats = {analysis::parse_zone_stat("count"), analysis::parse_zone_stat("sum:within"),
                                             analysis::parse_zone_stat("mean:travel_min"),
                                             analysis::parse_zone_stat("max:travel_min")};
    stats[1].output_name = "within_count";
    if (weight) {
      const auto& w = villages.fields[*weight].name;
      stats.push_back(analysis::parse_zone_stat("sum:" + w));
      stats.push_back(analysis::parse_zone_stat("sum:within_" + w));
      stats.push_back(analysis::parse_zone_stat("rate:within_" + w + "/" + w));
      stats.back().output_name = "within_" + w + "_pct";
    }
    auto result = analysis::aggregate_to_zones(villages, zones, zone_of, stats);
    if (result.points_outside)
      std::cerr << fmt::format("warning: {} features lie outside every zone of {} (e.g. fid {})\n", result.points_outside,
                               m_zones, result.outside_fids.front());
    auto& table = result.zones;
    if (std::filesystem::path(m_table).extension() == ".csv") {  // a table, not a map layer
      table.geometry_kind = core::GeometryKind::None;
      for (auto& f : table.features) f.geometry = std::monostate{};
    }
    if (!m_table.empty()) io::write_vector_layer(table, m_table, {m_overwrite});
    else if (!m_global->quiet) std::cout << fmt::format("  summarised by {} zones (write them with --table)\n", table.features.size());
  }

  void write_areas(const analysis::FacilityTravelTimes& travel, const std::vector<std::optional<core::Point>>& points,
                   double access_kmh, const core::Crs& crs) const {
    std::vector<core::Point> located;
    for (const auto& p : points)
      if (p) located.push_back(*p);
    core::Layer areas;
    areas.name = "service_areas";
    areas.crs = crs;
    areas.geometry_kind = core::GeometryKind::Polygon;
    areas.fields = {{"within_min", core::FieldType::Real, 0}, {"area_km2", core::FieldType::Real, 0}};
    const auto minutes = m_area_minutes.empty() ? std::vector<double>{m_within_min} : m_area_minutes;
    for (const double limit : minutes) {
      auto polygon = analysis::service_area(travel.network, travel.times, located, {limit, access_kmh});
      core::Feature f;
      f.fid = static_cast<std::int64_t>(areas.features.size());
      f.attributes = {limit, boost::geometry::area(polygon) / 1e6};
      f.geometry = std::move(polygon);
      areas.features.push_back(std::move(f));
    }
    io::write_vector_layer(areas, m_areas, {m_overwrite});
    if (!m_global->quiet) std::cout << fmt::format("  {} service areas written to {}\n", areas.features.size(), m_areas);
  }

  const GlobalOptions* m_global = nullptr;
  std::string m_demand, m_network, m_speeds, m_facilities, m_filter, m_crs, m_weight, m_zones, m_table, m_out, m_areas,
      m_graph;
  double m_within_min = 30, m_access_kmh = 0, m_snap_m = 1;
  std::vector<double> m_area_minutes;
  bool m_overwrite = false;
  GraphCacheOptions m_graph_cache;
};

}  // namespace

std::unique_ptr<Command> make_travel_command() { return std::make_unique<TravelCommand>(); }

}  // namespace ruralatlas::cli
