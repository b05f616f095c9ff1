#include "project/map_pipeline.hpp"

#include <fmt/format.h>

#include "analysis/table_join.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"
#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/layer_file.hpp"
#include "project/style_file.hpp"

namespace ruralatlas::project {

namespace {

std::string join_note(const core::Layer& layer, const TableJoinSpec& join, const analysis::JoinReport& report) {
  std::string note = fmt::format("join {} ← {}: {} of {} features matched", layer.name,
                                 join.table.filename().string(), report.matched, report.features);
  if (report.features_without_row_count)
    note += fmt::format("; {} features without a row (e.g. {})", report.features_without_row_count,
                        report.features_without_row.front());
  if (report.rows_without_feature_count)
    note += fmt::format("; {} table rows without a feature (e.g. {})", report.rows_without_feature_count,
                        report.rows_without_feature.front());
  return note;
}

core::Layer read_layer(const LayerFileSpec& spec, std::vector<std::string>& notes) {
  io::VectorReadOptions options;
  options.name = spec.name;
  options.layer_name = spec.source_layer;
  options.encoding = spec.encoding;
  options.assumed_crs = spec.crs;
  auto result = io::read_vector_layer(spec.source, options);
  for (const auto& warning : result.warnings) notes.push_back(warning.to_string());
  core::Layer layer = std::move(result.layer);
  for (const auto& join : spec.joins) {
    io::TableReadOptions table_options;
    table_options.sheet = join.sheet;
    table_options.key_columns = {join.table_key};
    const auto table = io::read_table(join.table, table_options);
    analysis::JoinReport report;
    layer = analysis::join_table(layer, table, {join.layer_key, join.table_key, join.columns, ""}, report);
    notes.push_back(join_note(layer, join, report));
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
    if (progress) progress("reading " + layer_spec.name);
    MapLayer map_layer;
    map_layer.layer = io::reproject(read_layer(layer_spec, map.notes), map.crs);
    map_layer.style = read_style_file(entry.style_file);
    bind_style(map_layer.style, map_layer.layer, entry.style_file);
    map_layer.in_locator = entry.locator;
    map.layers.push_back(std::move(map_layer));
  }
  return map;
}

}  // namespace ruralatlas::project
