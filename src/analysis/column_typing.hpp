#pragma once
// Decides which indicator columns are numeric and reports the cells that are not.
#include <cstdint>
#include <string>
#include <vector>

#include "core/attribute_table.hpp"

namespace ruralatlas::analysis {

struct TypeProblem {
  std::int64_t row = 0;  ///< row in the source file (header = 1)
  std::string column;
  std::string value;
  std::string message;
};

/// A column is numeric when more than half of its non-blank cells parse as numbers ("85%",
/// " 12 " included; blank and "-" are null). Its other cells become type problems (and
/// null after the join); a column with fewer parsable cells stays text. Columns named
/// `*_pct` also report values outside 0–100 (kept, so the map shows them, but listed).
struct ColumnTyping {
  std::vector<bool> numeric;  ///< per table column
  std::vector<TypeProblem> problems;
};

ColumnTyping type_columns(const core::AttributeTable& table);

/// True for null, empty, whitespace and "-".
bool is_blank(const core::Value& value);

}  // namespace ruralatlas::analysis
