#include "analysis/column_typing.hpp"

namespace ruralatlas::analysis {

namespace {
constexpr double kNumericShare = 0.5;  // more than half: one typo must not turn a column into text
}

bool is_blank(const core::Value& value) {
  if (core::is_null(value)) return true;
  const auto text = core::to_text(value);
  return text.find_first_not_of(" \t\r") == std::string::npos || text == "-";
}

ColumnTyping type_columns(const core::AttributeTable& table) {
  ColumnTyping typing;
  typing.numeric.assign(table.fields.size(), false);
  for (std::size_t c = 0; c < table.fields.size(); ++c) {
    std::size_t filled = 0, parsed = 0;
    for (const auto& row : table.rows) {
      if (is_blank(row[c])) continue;
      ++filled;
      parsed += core::to_number(row[c]).has_value();
    }
    if (filled == 0 || parsed <= kNumericShare * static_cast<double>(filled)) continue;
    typing.numeric[c] = true;
    const auto& name = table.fields[c].name;
    const bool percent = name.size() > 4 && name.compare(name.size() - 4, 4, "_pct") == 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto& cell = table.rows[r][c];
      if (is_blank(cell)) continue;
      const auto row = r < table.source_rows.size() ? table.source_rows[r] : static_cast<std::int64_t>(r + 2);
      const auto number = core::to_number(cell);
      if (!number)
        typing.problems.push_back({row, name, core::to_text(cell), "not a number; read as empty"});
      else if (percent && (*number < 0 || *number > 100))
        typing.problems.push_back({row, name, core::to_text(cell), "a percentage outside 0–100; kept as is"});
    }
  }
  return typing;
}

}  // namespace ruralatlas::analysis
