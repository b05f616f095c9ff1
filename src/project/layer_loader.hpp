#pragma once
// Loads one layer file: reads the source (io), applies its joins (analysis), and keeps
// every join report and data warning for the user.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "analysis/table_join.hpp"
#include "core/error.hpp"
#include "core/layer.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/layer_file.hpp"

namespace ruralatlas::project {

struct JoinOutcome {
  TableJoinSpec spec;
  analysis::JoinReport report;
};

/// A column a join appended to the layer, and the table it came from.
struct JoinedField {
  std::string field;
  std::filesystem::path table;
};

struct LoadedLayer {
  core::Layer layer;  ///< in the source CRS
  std::vector<JoinOutcome> joins;
  std::vector<JoinedField> joined_fields;  ///< in the order the joins appended them
  std::vector<core::Diagnostic> warnings;
};

/// `only_fields`: read just these columns of the source (plus the layer's key and join keys),
/// e.g. the fields a target filter names; unset = all.
LoadedLayer load_layer(const LayerFileSpec& spec, const std::optional<std::vector<std::string>>& only_fields = std::nullopt);

/// How to read the layer file's source (name, layer, encoding, CRS, columns) without its joins.
io::VectorReadOptions vector_read_options(const LayerFileSpec& spec,
                                          const std::optional<std::vector<std::string>>& only_fields = std::nullopt);

/// "join villages ← village_indicators.csv: 4317 of 4317 features matched; …"
std::string join_summary(const std::string& layer_name, const JoinOutcome& join);

}  // namespace ruralatlas::project
