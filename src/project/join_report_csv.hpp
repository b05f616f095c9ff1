#pragma once
// A join report as CSV, one line per problem, for the planner to fix the table:
// kind (feature_without_row, row_without_feature, duplicate_key, type_problem), key,
// layer feature id, table row, column, value, message.
#include <filesystem>
#include <vector>

#include "project/layer_loader.hpp"

namespace ruralatlas::project {

/// Atomic; UTF-8 with a BOM so Excel shows the Chinese text.
void write_join_report_csv(const std::filesystem::path& path, const std::vector<JoinOutcome>& joins, bool overwrite);

}  // namespace ruralatlas::project
