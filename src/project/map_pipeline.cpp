#include "project/map_pipeline.hpp"

#include <fmt/format.h>

#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_file.hpp"
#include "project/layer_loader.hpp"
#include "project/service_access.hpp"
#include "project/coverage_preset.hpp"
#include "project/criteria_file.hpp"
#include "project/preset_coverage.hpp"
#include "project/style_file.hpp"
#include "project/village_scorecards.hpp"

namespace ruralatlas::project {

namespace {

/// Data warnings of one layer, at most a few lines each.
void add_warnings(const std::vector<core::Diagnostic>& warnings, std::vector<std::string>& notes) {
  constexpr std::size_t kShown = 3;
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) notes.push_back(warnings[i].to_string());
  if (warnings.size() > kShown)
    notes.push_back(fmt::format("… and {} more warnings like these in {}", warnings.size() - kShown, warnings.front().file));
}

/// A zone layer with its coverage preset's columns: the preset run with this layer as its only zones.
core::Layer coverage_zone_layer(const LayerFileSpec& spec, LoadedMap& map, const ProgressFn& progress) {
  if (progress) progress("coverage " + spec.coverage_preset->filename().string() + " by " + spec.name);
  auto preset = read_coverage_preset(*spec.coverage_preset);
  preset.zones = {spec.file};
  auto result = run_coverage_preset(preset);
  auto& zones = result.zones.front();
  if (zones.villages_outside > 0)
    map.notes.push_back(fmt::format("{}: {} villages lie outside every feature of {}", preset.file.string(),
                                    zones.villages_outside, spec.name));
  return io::reproject(std::move(zones.table), map.crs);
}

/// The layer of a layer file in the map CRS: read and joined, or computed (service areas),
/// then with its criteria scored and its service times added.
core::Layer read_map_layer(const LayerFileSpec& spec, LoadedMap& map, const ProgressFn& progress) {
  if (spec.service_area) {
    if (progress) progress("computing service areas " + spec.name);
    return service_area_layer(*spec.service_area, spec.name, map.crs);
  }
  if (spec.coverage_preset) return coverage_zone_layer(spec, map, progress);
  if (progress) progress("reading " + spec.name);
  auto loaded = load_layer(spec);
  add_warnings(loaded.warnings, map.notes);
  for (const auto& join : loaded.joins) map.notes.push_back(join_summary(spec.name, join));
  auto layer = io::reproject(std::move(loaded.layer), map.crs);
  if (!spec.criteria.empty()) {
    if (progress) progress("scoring " + spec.name);
    std::vector<CriteriaFile> criteria;
    for (const auto& file : spec.criteria) criteria.push_back(read_criteria_file(file));
    score_villages(layer, criteria, spec.key);
  }
  if (spec.services) {
    if (progress) progress("travel times to services from " + spec.name);
    add_service_access(layer, *spec.services);
  }
  return layer;
}

}  // namespace

LoadedMap load_map(const ProjectSpec& spec, const ProgressFn& progress) {
  LoadedMap map;
  map.spec = spec;
  map.crs = io::crs_from_user_text(spec.map_crs);
  if (map.crs.is_geographic)
    core::throw_config_error(spec.file.string(), 0,
                             "map_crs " + spec.map_crs + " is geographic (degrees); maps are drawn in a projected CRS",
                             "use e.g. EPSG:4544 (CGCS2000 3-degree Gauss-Kruger CM 105E)");
  for (const auto& entry : spec.layers) {
    const auto layer_spec = read_layer_file(entry.layer_file);
    MapLayer map_layer;
    map_layer.layer = read_map_layer(layer_spec, map, progress);
    map_layer.style = read_style_file(entry.style_file);
    if (map_layer.style.layer != layer_spec.name)
      core::throw_config_error(entry.style_file.string(), 1,
                               "style is for layer '" + map_layer.style.layer + "' but the project draws layer '" +
                                   layer_spec.name + "' with it",
                               "pair the layer with its own style in " + spec.file.string());
    bind_style(map_layer.style, map_layer.layer, entry.style_file);
    map.notes.insert(map.notes.end(), map_layer.style.warnings.begin(), map_layer.style.warnings.end());
    map_layer.in_locator = entry.locator;
    map.layers.push_back(std::move(map_layer));
  }
  return map;
}

}  // namespace ruralatlas::project
