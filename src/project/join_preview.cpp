#include "project/join_preview.hpp"

#include "core/error.hpp"
#include "io/table_reader.hpp"

namespace ruralatlas::project {

JoinPreview preview_join(const core::Layer& layer, const TableJoinSpec& join) {
  io::TableReadOptions table_options;
  table_options.sheet = join.sheet;
  table_options.key_columns = join.table_keys;
  const auto table = io::read_table(join.table, table_options);
  analysis::JoinSpec spec{join.layer_keys, join.table_keys, join.columns, "", join.normalization, join.duplicates};
  JoinPreview preview;
  try {
    preview.joined = analysis::join_table(layer, table, spec, preview.report);
    return preview;
  } catch (const core::Error& e) {
    if (join.duplicates != analysis::DuplicatePolicy::Error || preview.report.duplicate_keys.empty()) throw;
    preview.blocked_by = e.diagnostic().message;
  }
  // Counted as if the first row of each key won, so the rest of the report is still there to read.
  spec.duplicates = analysis::DuplicatePolicy::First;
  preview.report = {};
  analysis::join_table(layer, table, spec, preview.report);
  return preview;
}

}  // namespace ruralatlas::project
