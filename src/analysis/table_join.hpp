#pragma once
// Attribute join of an indicator table onto a layer by a key column (layer key ↔ table key).
// One-to-one by default: a key that appears twice in the table is an error listing the
// keys, because silently picking one row is how other tools print wrong maps. A join may
// instead name how duplicates combine.
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/column_typing.hpp"
#include "analysis/join_key.hpp"
#include "core/attribute_table.hpp"
#include "core/layer.hpp"

namespace ruralatlas::analysis {

enum class DuplicatePolicy { Error, First, Sum, Mean, Count };

struct JoinSpec {
  /// Key columns, matched in order: one (e.g. "vill_code" ↔ "village_code") or several
  /// (e.g. township code + village name). A composite key reads "part|part" in reports.
  std::vector<std::string> layer_keys;
  std::vector<std::string> table_keys;
  /// Table columns to bring over (empty: all but the key). Names clashing with layer
  /// fields get `prefix` (default "<column>_2").
  std::vector<std::string> columns;
  std::string prefix;
  KeyNormalization normalization;
  /// Error: duplicates throw. First: the first row wins. Sum/Mean: numeric columns are
  /// summed/averaged over the rows, text takes the first. Count: as First, plus a
  /// `join_rows` column with the number of rows per key.
  DuplicatePolicy duplicates = DuplicatePolicy::Error;
};

struct DuplicateKey {
  std::string key;
  std::size_t rows = 0;
  std::vector<std::int64_t> source_rows;
};

struct JoinReport {
  std::size_t features = 0;
  std::size_t rows = 0;
  std::size_t matched = 0;  ///< features that got a row
  std::vector<std::pair<std::int64_t, std::string>> features_without_row;  ///< fid, key
  std::vector<std::pair<std::int64_t, std::string>> rows_without_feature;  ///< source row, key
  std::vector<DuplicateKey> duplicate_keys;
  std::vector<TypeProblem> type_problems;
  std::size_t rows_without_key = 0;  ///< blank key cells
};

/// "town_code+village" for messages.
std::string join_names(const std::vector<std::string>& names);

/// Returns the layer with the table's columns appended (see column_typing.hpp for types).
/// Throws core::Error (InputData) on duplicate keys when the policy is Error, listing them.
core::Layer join_table(const core::Layer& layer, const core::AttributeTable& table, const JoinSpec& spec,
                       JoinReport& report);

}  // namespace ruralatlas::analysis
