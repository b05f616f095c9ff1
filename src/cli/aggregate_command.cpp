// `ruralatlas aggregate POINTS --to ZONES --stat count --stat rate:tap_water_hh/households
//  [--out FILE] [--overwrite]`: village rows summed up to townships or counties.
#include <cmath>
#include <iostream>

#include <fmt/format.h>

#include "analysis/point_in_polygon.hpp"
#include "analysis/zonal_statistics.hpp"
#include "cli/command.hpp"
#include "io/layer_reprojector.hpp"
#include "io/vector_layer_writer.hpp"
#include "project/layer_loader.hpp"

namespace ruralatlas::cli {

namespace {

void print_table(const core::Layer& zones, const std::string& key, std::size_t first_stat_field) {
  const auto key_index = key.empty() ? std::optional<std::size_t>{} : zones.field_index(key);
  std::cout << (key_index ? key : "fid");
  for (std::size_t f = first_stat_field; f < zones.fields.size(); ++f) std::cout << "\t" << zones.fields[f].name;
  std::cout << "\n";
  for (const auto& z : zones.features) {
    std::cout << (key_index ? core::to_text(z.attributes[*key_index]) : std::to_string(z.fid));
    for (std::size_t f = first_stat_field; f < zones.fields.size(); ++f) {
      const auto& v = z.attributes[f];
      const auto* d = std::get_if<double>(&v);
      if (d && *d == std::floor(*d) && std::abs(*d) < 1e15) std::cout << "\t" << fmt::format("{:.0f}", *d);
      else if (d) std::cout << "\t" << fmt::format("{:.4f}", *d);
      else std::cout << "\t" << core::to_text(v);
    }
    std::cout << "\n";
  }
}

class AggregateCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("aggregate", "Aggregate point features (villages) to the polygons (townships, counties) that contain them");
    sub->add_option("points", m_points, "layer file of the points, e.g. layers/villages.yaml")->required();
    sub->add_option("--to", m_zones, "layer file of the zones, e.g. layers/townships.yaml")->required();
    sub->add_option("--stat", m_stats, "count | sum:F | mean:F | min:F | max:F | rate:NUMERATOR/DENOMINATOR (repeatable)")
        ->required();
    sub->add_option("-o,--out", m_out, "write the zones with their statistics (.gpkg, .shp, .geojson, .csv)");
    sub->add_flag("--overwrite", m_overwrite, "replace an existing output file");
    return sub;
  }

  int run() override {
    std::vector<analysis::ZoneStat> stats;
    for (const auto& s : m_stats) stats.push_back(analysis::parse_zone_stat(s));
    const auto zone_spec = project::read_layer_file(m_zones);
    auto points = project::load_layer(project::read_layer_file(m_points));
    auto zones = project::load_layer(zone_spec);
    if (!m_global->quiet)
      for (const auto& j : points.joins) std::cerr << project::join_summary(points.layer.name, j) << "\n";
    const auto points_in_zone_crs = io::reproject(std::move(points.layer), zones.layer.crs);
    const auto zone_of = analysis::locate_points(points_in_zone_crs, zones.layer);
    const std::size_t first_stat_field = zones.layer.fields.size();
    const auto result = analysis::aggregate_to_zones(points_in_zone_crs, zones.layer, zone_of, stats);
    if (!m_global->quiet) {
      std::cerr << fmt::format("{} points into {} zones; {} outside every zone", points_in_zone_crs.features.size(),
                               result.zones.features.size(), result.points_outside);
      if (!result.outside_fids.empty()) std::cerr << fmt::format(" (e.g. fid {})", result.outside_fids.front());
      std::cerr << fmt::format("; {} empty or non-numeric values skipped\n", result.null_values);
    }
    if (m_out.empty())
      print_table(result.zones, zone_spec.key, first_stat_field);
    else
      io::write_vector_layer(result.zones, m_out, {m_overwrite});
    return 0;
  }

 private:
  const GlobalOptions* m_global = nullptr;
  std::string m_points, m_zones, m_out;
  std::vector<std::string> m_stats;
  bool m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> make_aggregate_command() { return std::make_unique<AggregateCommand>(); }

}  // namespace ruralatlas::cli
