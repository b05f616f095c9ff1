#include "analysis/table_join.hpp"

#include <unordered_map>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

constexpr std::size_t kListedKeys = 1000;

std::string trimmed_key(const core::Value& value) {
  std::string text = core::to_text(value);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool is_blank(const core::Value& value) {
  if (core::is_null(value)) return true;
  auto text = core::to_text(value);
  return text.find_first_not_of(" \t") == std::string::npos || text == "-";
}

/// A column is numeric when every non-blank cell parses as a number (and there is one).
bool column_is_numeric(const core::AttributeTable& table, std::size_t column) {
  bool any = false;
  for (const auto& row : table.rows) {
    if (is_blank(row[column])) continue;
    if (!core::to_number(row[column])) return false;
    any = true;
  }
  return any;
}

std::unordered_map<std::string, std::size_t> index_rows(const core::AttributeTable& table, std::size_t key) {
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::string> duplicates;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    auto k = trimmed_key(table.rows[r][key]);
    if (k.empty()) continue;
    if (!index.emplace(k, r).second && duplicates.size() < 20) duplicates.push_back(k);
  }
  if (!duplicates.empty()) {
    std::string list;
    for (const auto& d : duplicates) list += (list.empty() ? "" : ", ") + d;
    core::Diagnostic d;
    d.file = table.source;
    d.field = table.fields[key].name;
    d.message = "duplicate join keys: " + list;
    d.hint = "each key must appear once; remove the duplicate rows or aggregate them first";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  return index;
}

}  // namespace

core::Layer join_table(const core::Layer& layer, const core::AttributeTable& table, const JoinSpec& spec,
                       JoinReport& report) {
  const std::size_t layer_key = layer.require_field(spec.layer_key);
  const std::size_t table_key = table.require_field(spec.table_key);

  std::vector<std::size_t> columns;
  if (spec.columns.empty()) {
    for (std::size_t c = 0; c < table.fields.size(); ++c)
      if (c != table_key) columns.push_back(c);
  } else {
    for (const auto& name : spec.columns) columns.push_back(table.require_field(name));
  }

  core::Layer out = layer;
  std::vector<bool> numeric;
  for (auto c : columns) {
    numeric.push_back(column_is_numeric(table, c));
    std::string name = table.fields[c].name;
    if (out.field_index(name)) name = spec.prefix.empty() ? name + "_2" : spec.prefix + name;
    out.fields.push_back({name, numeric.back() ? core::FieldType::Real : core::FieldType::String, 0});
  }

  const auto index = index_rows(table, table_key);
  std::vector<bool> row_used(table.rows.size(), false);
  report = JoinReport{};
  report.features = layer.features.size();
  report.rows = table.rows.size();
  for (auto& feature : out.features) {
    const auto key = trimmed_key(feature.attributes[layer_key]);
    auto it = key.empty() ? index.end() : index.find(key);
    if (it == index.end()) {
      feature.attributes.resize(out.fields.size());
      if (report.features_without_row.size() < kListedKeys) report.features_without_row.push_back(key);
      ++report.features_without_row_count;
      continue;
    }
    ++report.matched;
    row_used[it->second] = true;
    const auto& row = table.rows[it->second];
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto& cell = row[columns[i]];
      if (is_blank(cell))
        feature.attributes.emplace_back(std::monostate{});
      else if (numeric[i])
        feature.attributes.emplace_back(*core::to_number(cell));
      else
        feature.attributes.push_back(cell);
    }
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (row_used[r]) continue;
    if (report.rows_without_feature.size() < kListedKeys)
      report.rows_without_feature.push_back(trimmed_key(table.rows[r][table_key]));
    ++report.rows_without_feature_count;
  }
  return out;
}

}  // namespace ruralatlas::analysis
