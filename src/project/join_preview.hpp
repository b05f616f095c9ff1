#pragma once
// A join tried before it is applied: the report a planner reads to decide (matched, unmatched
// on both sides, duplicate keys, type problems), and the joined layer when nothing blocks it.
#include <optional>
#include <string>

#include "analysis/table_join.hpp"
#include "core/layer.hpp"
#include "project/layer_file.hpp"

namespace ruralatlas::project {

struct JoinPreview {
  analysis::JoinReport report;
  /// Why the join cannot be applied as chosen (duplicate keys under the default policy); the
  /// report then counts matches as if the first row of each key won.
  std::optional<std::string> blocked_by;
  core::Layer joined;  ///< the layer with the table's columns, when not blocked
};

/// Reads the table and joins it onto `layer` (already loaded, with its earlier joins). Throws
/// core::Error naming the file for an unreadable table, a missing sheet or key column.
JoinPreview preview_join(const core::Layer& layer, const TableJoinSpec& join);

}  // namespace ruralatlas::project
