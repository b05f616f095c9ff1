#include "project/preset_coverage.hpp"

#include "analysis/point_in_polygon.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "io/metric_crs.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

std::vector<std::optional<bool>> covered_by_distance(core::Layer& villages, const CoveragePreset& preset) {
  add_distance_measure(villages, *preset.distance);
  const auto column = villages.require_field(preset.distance->name);
  std::vector<std::optional<bool>> covered;
  for (const auto& v : villages.features) {
    const auto d = core::to_number(v.attributes[column]);
    covered.push_back(d && *d <= preset.within_m);  // no target at all: not covered
  }
  return covered;
}

/// Unknown when a column the test reads is blank: a missing rate is no data, not a failure.
style::Filter bound_filter(const core::Layer& villages, const CoveragePreset& preset) {
  try {
    auto filter = style::Filter::parse(preset.covered_if);
    filter.bind(villages.fields);
    return filter;
  } catch (const core::Error& e) {  // say which preset holds the expression
    core::throw_config_error(preset.file.string(), 0, "covered_if: " + std::string(e.what()));
  }
}

std::vector<std::optional<bool>> covered_by_filter(const core::Layer& villages, const CoveragePreset& preset) {
  const auto filter = bound_filter(villages, preset);
  std::vector<std::size_t> columns;
  for (const auto& name : filter.referenced_fields()) columns.push_back(villages.require_field(name));
  std::vector<std::optional<bool>> covered;
  for (const auto& v : villages.features) {
    bool known = true;
    for (auto c : columns) known = known && !core::is_null(v.attributes[c]) && !core::to_text(v.attributes[c]).empty();
    covered.push_back(known ? std::optional<bool>{filter.matches(v.attributes)} : std::nullopt);
  }
  return covered;
}

std::vector<std::optional<double>> population_of(const core::Layer& villages, const std::string& column) {
  std::vector<std::optional<double>> population(villages.features.size());
  if (column.empty()) return population;
  const auto index = villages.require_field(column);
  for (std::size_t v = 0; v < villages.features.size(); ++v) population[v] = core::to_number(villages.features[v].attributes[index]);
  return population;
}

core::Value optional_value(std::optional<double> x) { return x ? core::Value{*x} : core::Value{}; }

void append_coverage_columns(core::Layer& table, const std::vector<analysis::ZoneCoverage>& coverage) {
  const std::pair<const char*, core::FieldType> columns[] = {
      {"villages", core::FieldType::Integer},       {"villages_covered", core::FieldType::Integer},
      {"villages_no_data", core::FieldType::Integer}, {"villages_covered_pct", core::FieldType::Real},
      {"population", core::FieldType::Real},        {"population_covered", core::FieldType::Real},
      {"population_covered_pct", core::FieldType::Real}};
  for (const auto& [name, type] : columns) table.fields.push_back({name, type, 0});
  for (std::size_t z = 0; z < table.features.size(); ++z) {
    const auto& c = coverage[z];
    auto& a = table.features[z].attributes;
    a.push_back(static_cast<std::int64_t>(c.villages));
    a.push_back(static_cast<std::int64_t>(c.villages_covered));
    a.push_back(static_cast<std::int64_t>(c.villages_no_data));
    a.push_back(optional_value(c.villages_covered_pct()));
    a.push_back(c.population);
    a.push_back(c.population_covered);
    a.push_back(optional_value(c.population_covered_pct()));
  }
}

ZoneCoverageTable zone_table(const std::filesystem::path& zone_file, const core::Layer& villages,
                             const std::vector<std::optional<bool>>& covered,
                             const std::vector<std::optional<double>>& population) {
  ZoneCoverageTable out;
  out.table = io::reproject(load_layer(read_layer_file(zone_file)).layer, villages.crs);
  const auto zone_of = analysis::locate_points(villages, out.table);
  for (const auto& z : zone_of) out.villages_outside += !z;
  append_coverage_columns(out.table, analysis::coverage_by_zone(covered, population, zone_of, out.table.features.size()));
  return out;
}

}  // namespace

PresetCoverage run_coverage_preset(const CoveragePreset& preset) {
  auto loaded = load_layer(read_layer_file(preset.demand)).layer;
  PresetCoverage out;
  out.metric_crs = io::gauss_kruger_crs_for(loaded);
  auto villages = io::reproject(std::move(loaded), out.metric_crs);
  const auto covered = preset.distance ? covered_by_distance(villages, preset) : covered_by_filter(villages, preset);
  const auto population = population_of(villages, preset.population);
  const std::vector<std::optional<std::size_t>> everywhere(villages.features.size(), std::size_t{0});
  out.total = analysis::coverage_by_zone(covered, population, everywhere, 1).front();
  for (const auto& zone_file : preset.zones) out.zones.push_back(zone_table(zone_file, villages, covered, population));
  return out;
}

}  // namespace ruralatlas::project
