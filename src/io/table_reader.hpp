#pragma once
// Reads an indicator table (CSV, XLSX, ODS, or a GeoPackage attribute table) with every
// column as text, so 12-digit codes never pass through a number.
#include <filesystem>
#include <string>
#include <vector>

#include "core/attribute_table.hpp"

namespace ruralatlas::io {

struct TableReadOptions {
  std::string sheet;  ///< sheet or layer name; empty = first
  /// Key columns must exist; a key cell Excel turned into "640121104205.0" is restored to
  /// its digits, and one in scientific notation that lost digits is an error.
  std::vector<std::string> key_columns;
};

core::AttributeTable read_table(const std::filesystem::path& path, const TableReadOptions& options = {});

}  // namespace ruralatlas::io
