#pragma once
// Attribute join of an indicator table onto a layer by a key column (layer key ↔ table key).
// One-to-one: a key that appears twice in the table is an error listing the keys, because
// silently picking one row is how other tools print wrong maps.
#include <cstdint>
#include <string>
#include <vector>

#include "core/attribute_table.hpp"
#include "core/layer.hpp"

namespace ruralatlas::analysis {

struct JoinSpec {
  std::string layer_key;  ///< e.g. "vill_code"
  std::string table_key;  ///< e.g. "village_code"
  /// Table columns to bring over (empty: all but the key). Names clashing with layer fields
  /// get the `prefix`.
  std::vector<std::string> columns;
  std::string prefix;
};

struct JoinReport {
  std::size_t features = 0;
  std::size_t rows = 0;
  std::size_t matched = 0;
  std::vector<std::string> features_without_row;  ///< layer keys (first 1000)
  std::size_t features_without_row_count = 0;
  std::vector<std::string> rows_without_feature;  ///< table keys (first 1000)
  std::size_t rows_without_feature_count = 0;
};

/// Returns the layer with the table's columns appended. Columns whose non-empty cells all
/// parse as numbers become Real fields; others stay String. Keys are compared after
/// trimming spaces. Throws core::Error (InputData) on duplicate table keys, listing them.
core::Layer join_table(const core::Layer& layer, const core::AttributeTable& table, const JoinSpec& spec,
                       JoinReport& report);

}  // namespace ruralatlas::analysis
