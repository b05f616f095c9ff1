#pragma once
// A layer file (layers/*.yaml): where one layer's data lives and what is joined onto it.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "analysis/table_join.hpp"
#include "project/service_access.hpp"

namespace ruralatlas::project {

struct TableJoinSpec {
  std::filesystem::path table;  ///< CSV/XLSX/ODS, resolved against the layer file's folder
  std::string sheet;            ///< spreadsheet sheet; empty = first
  std::vector<std::string> layer_keys;  ///< defaults to the layer's `key`
  std::vector<std::string> table_keys;
  std::vector<std::string> columns;  ///< empty = all
  analysis::KeyNormalization normalization;
  analysis::DuplicatePolicy duplicates = analysis::DuplicatePolicy::Error;
  int line = 0;  ///< of the join in the layer file, for messages
};

struct LayerFileSpec {
  std::filesystem::path file;  ///< the layer file itself, for messages
  std::string name;
  std::string title;
  std::filesystem::path source;
  std::string source_layer;  ///< layer inside a multi-layer source; empty = first
  std::optional<std::string> encoding;
  std::optional<std::string> crs;  ///< used only when the source has no CRS
  std::string key;
  std::vector<TableJoinSpec> joins;
  /// Criteria files (criteria/*.yaml) scored on the layer when a map loads it, so a map can
  /// show items_met, criteria_met and the failing items without running `scorecard` first.
  std::vector<std::filesystem::path> criteria;
  /// A coverage preset (criteria/presets/*.yaml) summarised per feature of this zone layer
  /// (townships, counties) when a map loads it: the columns `ruralatlas access` writes, so a
  /// choropleth of them needs no earlier run.
  std::optional<std::filesystem::path> coverage_preset;
  /// Minutes to the nearest service of each kind, computed when a map loads the layer.
  std::optional<ServiceAccessSpec> services;
  /// A computed layer (no `source`): the areas within reach of another layer's features.
  std::optional<ServiceAreaSpec> service_area;
};

/// Throws core::Error (Config) with file:line on unknown keys, wrong types or missing keys
/// (`source` may be left out only by a `service_area` layer).
LayerFileSpec read_layer_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
