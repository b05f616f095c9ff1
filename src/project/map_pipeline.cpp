#include "project/map_pipeline.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "io/crs_registry.hpp"
#include "project/layer_file.hpp"
#include "project/style_file.hpp"

namespace ruralatlas::project {

namespace {

/// The fields a style reads from its layer.
std::vector<std::string> fields_of(const style::LayerStyle& style) {
  std::vector<std::string> fields;
  if (!style.field.empty()) fields.push_back(style.field);
  for (const auto& rule : style.rules)
    if (rule.filter)
      for (auto& f : rule.filter->referenced_fields()) fields.push_back(std::move(f));
  if (style.labels) fields.push_back(style.labels->field);
  return fields;
}

/// Layer files that computed layers (service areas, minutes to services) read themselves:
/// their filters name fields no style does.
std::set<std::filesystem::path> read_by_computations(const std::vector<LayerFileSpec>& specs) {
  std::set<std::filesystem::path> files;
  for (const auto& spec : specs) {
    if (spec.services) {
      files.insert(LayerCache::key_of(spec.services->network));
      for (const auto& kind : spec.services->kinds) files.insert(LayerCache::key_of(kind.facilities));
    }
    if (spec.service_area) {
      files.insert(LayerCache::key_of(spec.service_area->network));
      files.insert(LayerCache::key_of(spec.service_area->around));
    }
  }
  return files;
}

}  // namespace

LoadedMap load_map(const ProjectSpec& spec, const ProgressFn& progress, const MapLoadOptions& options) {
  LoadedMap map;
  map.spec = spec;
  map.crs = io::crs_from_user_text(spec.map_crs);
  if (map.crs.is_geographic)
    core::throw_config_error(spec.file.string(), 0,
                             "map_crs " + spec.map_crs + " is geographic (degrees); maps are drawn in a projected CRS",
                             "use e.g. EPSG:4544 (CGCS2000 3-degree Gauss-Kruger CM 105E)");
  LayerCache layers(map.crs, progress, map.notes);
  std::vector<style::LayerStyle> styles;
  for (const auto& entry : spec.layers) styles.push_back(read_style_file(entry.style_file));
  if (options.only_styled_fields) {
    std::vector<LayerFileSpec> layer_specs;
    for (const auto& entry : spec.layers) layer_specs.push_back(read_layer_file(entry.layer_file));
    const auto computed_from = read_by_computations(layer_specs);
    std::map<std::filesystem::path, std::vector<std::string>> fields;  // every style of a file
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
      auto& f = fields[LayerCache::key_of(spec.layers[i].layer_file)];
      for (auto& name : fields_of(styles[i])) f.push_back(std::move(name));
    }
    for (auto& [file, names] : fields)
      if (!computed_from.count(file)) layers.read_only_fields(file, std::move(names));
  }
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const auto& entry = spec.layers[i];
    MapLayer map_layer;
    map_layer.layer = layers.get(entry.layer_file);
    map_layer.style = std::move(styles[i]);
    if (map_layer.style.layer != map_layer.layer->name)
      core::throw_config_error(entry.style_file.string(), 1,
                               "style is for layer '" + map_layer.style.layer + "' but the project draws layer '" +
                                   map_layer.layer->name + "' with it",
                               "pair the layer with its own style in " + spec.file.string());
    bind_style(map_layer.style, *map_layer.layer, entry.style_file);
    map.notes.insert(map.notes.end(), map_layer.style.warnings.begin(), map_layer.style.warnings.end());
    map_layer.in_locator = entry.locator;
    map_layer.joined_fields = layers.joined_fields(entry.layer_file);
    map_layer.origin.layer_file = entry.layer_file;
    map_layer.origin.style_file = entry.style_file;
    map.layers.push_back(std::move(map_layer));
  }
  return map;
}

}  // namespace ruralatlas::project
