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

/// Every column is read as text (FieldType::String), so 12-digit codes never pass through a
/// number; consumers type values with core::to_number. Empty cells are monostate and rows with
/// no value at all are skipped. source_rows holds the row number the user sees (header = row 1;
/// spreadsheet row numbers; CSV records counting blank lines). CSV may be UTF-8 (with or without
/// BOM) or GBK (detected when the bytes are not UTF-8), separated by commas, semicolons or tabs,
/// and may have a single column. A sheet is chosen by name or by position ("1" = first).
///
/// Throws core::Error (InputData) naming the file: missing or unreadable file, no such sheet
/// (listing them), a key column missing (listing the columns), a key cell whose digits were lost
/// (row and column named), a CSV row with more cells than the header.
core::AttributeTable read_table(const std::filesystem::path& path, const TableReadOptions& options = {});

}  // namespace ruralatlas::io
