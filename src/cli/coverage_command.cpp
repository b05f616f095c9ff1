// `ruralatlas coverage DEMAND --target TARGET [--filter EXPR] [--within M] [--by ZONES]
//  [--weight FIELD] [--out FILE] [--table FILE]`: who is within reach of a network.
#include <algorithm>
#include <iostream>
#include <limits>

#include <fmt/format.h>

#include "analysis/nearest_distance.hpp"
#include "analysis/point_in_polygon.hpp"
#include "analysis/zonal_statistics.hpp"
#include "cli/command.hpp"
#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"
#include "io/metric_crs.hpp"
#include "io/vector_layer_writer.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::cli {

namespace {

std::vector<bool> target_mask(const core::Layer& targets, const std::string& filter_text, style::Filter filter) {
  if (filter_text.empty()) return {};
  filter.bind(targets.fields);
  std::vector<bool> mask;
  mask.reserve(targets.features.size());
  for (const auto& f : targets.features) mask.push_back(filter.matches(f.attributes));
  return mask;
}

/// Appends distance, nearest target and covered flag (and covered weight) to the demand layer.
void add_coverage_fields(core::Layer& demand, const core::Layer& targets, const std::vector<analysis::NearestTarget>& nearest,
                         double within_m, const std::string& target_key, std::optional<std::size_t> weight) {
  const auto key = target_key.empty() ? std::nullopt : targets.field_index(target_key);
  demand.fields.push_back({"distance_m", core::FieldType::Real, 0});
  demand.fields.push_back({"nearest_id", core::FieldType::String, 0});
  demand.fields.push_back({"covered", core::FieldType::Integer, 0});
  if (weight) demand.fields.push_back({"covered_" + demand.fields[*weight].name, core::FieldType::Real, 0});
  for (std::size_t d = 0; d < demand.features.size(); ++d) {
    auto& a = demand.features[d].attributes;
    const auto& n = nearest[d];
    const bool covered = n.target && n.distance_m <= within_m;
    core::Value distance, id;
    if (n.target) {
      distance = std::round(n.distance_m * 100) / 100;  // centimetres are plenty
      const auto& target = targets.features[*n.target];
      id = key ? core::to_text(target.attributes[*key]) : std::to_string(target.fid);
    }
    a.push_back(std::move(distance));
    a.push_back(std::move(id));
    a.push_back(static_cast<std::int64_t>(covered));
    if (weight) {
      core::Value covered_weight;
      if (auto w = core::to_number(a[*weight])) covered_weight = covered ? *w : 0.0;
      a.push_back(std::move(covered_weight));
    }
  }
}

class CoverageCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("coverage", "Distance from every village to the nearest feature of a network, and who is covered");
    sub->add_option("demand", m_demand, "layer file of the demand points, e.g. layers/villages.yaml")->required();
    sub->add_option("--target", m_target, "layer file of the network or facilities, e.g. layers/roads.yaml")->required();
    sub->add_option("--filter", m_filter, "only targets matching, e.g. \"hardened = 1\"");
    sub->add_option("--within", m_within_m, "coverage threshold in metres")->capture_default_str()->check(CLI::PositiveNumber);
    sub->add_option("--weight", m_weight, "demand field counted as people covered, e.g. population");
    sub->add_option("--by", m_zones, "layer file of zones to summarise by, e.g. layers/townships.yaml");
    sub->add_option("--crs", m_crs, "metric CRS for distances (default: the CGCS2000 Gauss-Kruger zone of the data)");
    sub->add_option("--gaps", m_gaps, "write uncovered features as CSV, most people first, with the distance to close");
    sub->add_option("-o,--out", m_out, "write the demand layer with distance_m, nearest_id, covered");
    sub->add_option("--table", m_table, "write the zone summary (with --by): .csv, .gpkg, ...");
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    return sub;
  }

  int run() override {
    auto demand = project::load_layer(project::read_layer_file(m_demand));
    const auto filter = m_filter.empty() ? style::Filter{} : style::Filter::parse(m_filter);
    const auto target_file = project::read_layer_file(m_target);
    // The key (read by load_layer) names the nearest target; the filter needs its own columns.
    auto target = project::load_layer(target_file, filter.referenced_fields());
    const auto& target_key = target_file.key;
    const auto crs = m_crs.empty() ? io::gauss_kruger_crs_for(demand.layer) : io::crs_from_user_text(m_crs);
    if (crs.is_geographic)
      core::throw_config_error("--crs", 0, m_crs + " is geographic; distances need metres", "e.g. EPSG:4544");
    auto villages = io::reproject(std::move(demand.layer), crs);
    const auto targets = io::reproject(std::move(target.layer), crs);
    const auto mask = target_mask(targets, m_filter, filter);
    const auto nearest = analysis::nearest_targets(villages, targets, mask);
    std::optional<std::size_t> weight;
    if (!m_weight.empty()) weight = villages.require_field(m_weight);
    add_coverage_fields(villages, targets, nearest, m_within_m, target_key, weight);
    print_summary(villages, crs, weight);
    if (!m_zones.empty()) summarise_by_zones(villages, weight);
    if (!m_gaps.empty()) write_gaps(villages, weight);
    if (!m_out.empty()) io::write_vector_layer(villages, m_out, {m_overwrite});
    return 0;
  }

  /// The gap list: uncovered features, largest weight first (then farthest), with how far
  /// the network is — the length a straight connection would need.
  void write_gaps(const core::Layer& villages, std::optional<std::size_t> weight) const {
    const auto covered = villages.require_field("covered"), distance = villages.require_field("distance_m");
    core::Layer gaps = villages;
    gaps.features.clear();
    gaps.geometry_kind = core::GeometryKind::None;
    for (const auto& f : villages.features)
      if (std::get<std::int64_t>(f.attributes[covered]) == 0) {
        gaps.features.push_back(f);
        gaps.features.back().geometry = std::monostate{};
      }
    auto key = [&](const core::Feature& f) {
      const double w = weight ? core::to_number(f.attributes[*weight]).value_or(0.0) : 0.0;
      const double d = core::to_number(f.attributes[distance]).value_or(std::numeric_limits<double>::infinity());
      return std::pair{-w, -d};
    };
    std::stable_sort(gaps.features.begin(), gaps.features.end(),
                     [&](const core::Feature& a, const core::Feature& b) { return key(a) < key(b); });
    io::write_vector_layer(gaps, m_gaps, {m_overwrite});
    if (!m_global->quiet) std::cout << fmt::format("  {} uncovered features listed in {}\n", gaps.features.size(), m_gaps);
  }

 private:
  void print_summary(const core::Layer& villages, const core::Crs& crs, std::optional<std::size_t> weight) const {
    const auto covered_index = villages.require_field("covered");
    std::size_t covered = 0, reachable = 0;
    double people = 0, people_covered = 0;
    for (const auto& f : villages.features) {
      covered += std::get<std::int64_t>(f.attributes[covered_index]) == 1;
      reachable += !core::is_null(f.attributes[covered_index - 2]);
      if (weight)
        if (auto w = core::to_number(f.attributes[*weight])) {
          people += *w;
          if (std::get<std::int64_t>(f.attributes[covered_index]) == 1) people_covered += *w;
        }
    }
    const double n = static_cast<double>(villages.features.size());
    std::cout << fmt::format("{} within {:.0f} m of {}{} (distances in {}):\n", villages.name, m_within_m,
                             std::filesystem::path(m_target).stem().string(), m_filter.empty() ? "" : " where " + m_filter,
                             crs.label())
              << fmt::format("  features covered {} of {} ({:.1f}%)\n", covered, villages.features.size(),
                             n > 0 ? 100.0 * covered / n : 0.0);
    if (weight)
      std::cout << fmt::format("  {} covered {:.0f} of {:.0f} ({:.1f}%)\n", villages.fields[*weight].name, people_covered,
                               people, people > 0 ? 100.0 * people_covered / people : 0.0);
    if (reachable < villages.features.size())
      std::cout << fmt::format("  {} features have no target at all (empty or filtered-out target layer)\n",
                               villages.features.size() - reachable);
  }

  void summarise_by_zones(const core::Layer& villages, std::optional<std::size_t> weight) const {
    const auto zone_spec = project::read_layer_file(m_zones);
    const auto zones = io::reproject(project::load_layer(zone_spec).layer, villages.crs);
    const auto zone_of = analysis::locate_points(villages, zones);
    std::vector<analysis::ZoneStat> stats = {analysis::parse_zone_stat("count"), analysis::parse_zone_stat("sum:covered")};
    stats.back().output_name = "covered_count";
    if (weight) {
      const auto& w = villages.fields[*weight].name;
      stats.push_back(analysis::parse_zone_stat("sum:" + w));
      stats.push_back(analysis::parse_zone_stat("rate:covered_" + w + "/" + w));
      stats.back().output_name = "covered_" + w + "_pct";
    }
    const auto result = analysis::aggregate_to_zones(villages, zones, zone_of, stats);
    auto table = result.zones;
    // Share of villages covered, from the two counts.
    const std::size_t count = zones.fields.size(), covered = count + 1;
    table.fields.insert(table.fields.begin() + static_cast<long>(covered) + 1, {"covered_share_pct", core::FieldType::Real, 0});
    for (auto& f : table.features) {
      const double n = static_cast<double>(std::get<std::int64_t>(f.attributes[count]));
      const auto c = core::to_number(f.attributes[covered]);
      f.attributes.insert(f.attributes.begin() + static_cast<long>(covered) + 1,
                          n > 0 && c ? core::Value{100.0 * *c / n} : core::Value{});
    }
    if (result.points_outside)
      std::cerr << fmt::format("warning: {} features lie outside every zone of {} (e.g. fid {})\n", result.points_outside,
                               m_zones, result.outside_fids.front());
    if (std::filesystem::path(m_table).extension() == ".csv") {  // a table, not a map layer
      table.geometry_kind = core::GeometryKind::None;
      for (auto& f : table.features) f.geometry = std::monostate{};
    }
    if (!m_table.empty()) io::write_vector_layer(table, m_table, {m_overwrite});
    else if (!m_global->quiet) std::cout << fmt::format("  summarised by {} zones (write them with --table)\n", table.features.size());
  }

  const GlobalOptions* m_global = nullptr;
  std::string m_demand, m_target, m_filter, m_weight, m_zones, m_crs, m_out, m_table, m_gaps;
  double m_within_m = 2000.0;
  bool m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> make_coverage_command() { return std::make_unique<CoverageCommand>(); }

}  // namespace ruralatlas::cli
