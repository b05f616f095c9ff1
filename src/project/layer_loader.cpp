#include "project/layer_loader.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"

namespace ruralatlas::project {

io::VectorReadOptions vector_read_options(const LayerFileSpec& spec, const std::optional<std::vector<std::string>>& only_fields) {
  io::VectorReadOptions options;
  if (only_fields) {
    options.only_fields = only_fields;
    if (!spec.key.empty()) options.only_fields->push_back(spec.key);
    for (const auto& join : spec.joins)
      options.only_fields->insert(options.only_fields->end(), join.layer_keys.begin(), join.layer_keys.end());
  }
  options.name = spec.name;
  options.layer_name = spec.source_layer;
  options.encoding = spec.encoding;
  options.assumed_crs = spec.crs;
  return options;
}

LoadedLayer load_layer(const LayerFileSpec& spec, const std::optional<std::vector<std::string>>& only_fields) {
  if (spec.service_area)
    core::throw_config_error(spec.file.string(), spec.service_area->line,
                             "layer '" + spec.name + "' is computed when a map draws it (service_area) and has no source",
                             "draw it in a project, or give this command a layer file with a source");
  const auto options = vector_read_options(spec, only_fields);
  auto read = io::read_vector_layer(spec.source, options);
  LoadedLayer loaded{std::move(read.layer), {}, {}, std::move(read.warnings)};
  for (const auto& join : spec.joins) {
    io::TableReadOptions table_options;
    table_options.sheet = join.sheet;
    table_options.key_columns = join.table_keys;
    const auto table = io::read_table(join.table, table_options);
    analysis::JoinSpec join_spec{join.layer_keys, join.table_keys, join.columns, "", join.normalization, join.duplicates};
    JoinOutcome outcome{join, {}};
    const auto fields_before = loaded.layer.fields.size();
    loaded.layer = analysis::join_table(loaded.layer, table, join_spec, outcome.report);
    for (auto i = fields_before; i < loaded.layer.fields.size(); ++i)
      loaded.joined_fields.push_back({loaded.layer.fields[i].name, join.table});
    loaded.joins.push_back(std::move(outcome));
  }
  return loaded;
}

std::string join_summary(const std::string& layer_name, const JoinOutcome& join) {
  const auto& r = join.report;
  std::string note = fmt::format("join {} ← {}: {} of {} features matched", layer_name,
                                 join.spec.table.filename().string(), r.matched, r.features);
  if (!r.features_without_row.empty())
    note += fmt::format("; {} features without a row (e.g. {})", r.features_without_row.size(),
                        r.features_without_row.front().second);
  if (!r.rows_without_feature.empty())
    note += fmt::format("; {} table rows without a feature (e.g. row {}: {})", r.rows_without_feature.size(),
                        r.rows_without_feature.front().first, r.rows_without_feature.front().second);
  if (!r.duplicate_keys.empty()) note += fmt::format("; {} duplicated keys combined", r.duplicate_keys.size());
  if (!r.type_problems.empty())
    note += fmt::format("; {} non-numeric cells read as empty (e.g. row {}, {}: '{}')", r.type_problems.size(),
                        r.type_problems.front().row, r.type_problems.front().column, r.type_problems.front().value);
  return note;
}

}  // namespace ruralatlas::project
