#pragma once
// Result tables written twice: CSV (attributes only, for spreadsheets and table joins) and
// GeoPackage (with geometry, ready for a map).
#include <filesystem>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::cli {

/// Writes <stem>.csv and <stem>.gpkg (each atomically, at the same time) and returns their paths.
std::vector<std::filesystem::path> write_table_files(const core::Layer& layer, const std::filesystem::path& stem, bool overwrite);

}  // namespace ruralatlas::cli
