#include "analysis/table_join.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

/// Table rows per normalised key, in file order.
struct KeyIndex {
  std::unordered_map<std::string, std::vector<std::size_t>> rows_of;
  std::vector<std::string> key_of_row;  ///< "" for blank keys
};

/// The normalised key of a row: its parts joined by '|', or "" when any part is blank.
std::string composite_key(const std::vector<core::Value>& values, const std::vector<std::size_t>& columns,
                          const KeyNormalization& normalization) {
  std::string key;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto part = normalize_key(values[columns[i]], normalization);
    if (part.empty()) return {};
    if (i) key += '|';
    key += part;
  }
  return key;
}

KeyIndex index_rows(const core::AttributeTable& table, const std::vector<std::size_t>& keys,
                    const KeyNormalization& normalization) {
  KeyIndex index;
  index.key_of_row.reserve(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    auto k = composite_key(table.rows[r], keys, normalization);
    if (!k.empty()) index.rows_of[k].push_back(r);
    index.key_of_row.push_back(std::move(k));
  }
  return index;
}

std::int64_t source_row(const core::AttributeTable& table, std::size_t r) {
  return r < table.source_rows.size() ? table.source_rows[r] : static_cast<std::int64_t>(r + 2);
}

std::vector<DuplicateKey> find_duplicates(const core::AttributeTable& table, const KeyIndex& index) {
  std::vector<DuplicateKey> out;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& key = index.key_of_row[r];
    if (key.empty()) continue;
    const auto& rows = index.rows_of.at(key);
    if (rows.size() < 2 || rows.front() != r) continue;  // report each key once, at its first row
    DuplicateKey d{key, rows.size(), {}};
    for (auto row : rows) d.source_rows.push_back(source_row(table, row));
    out.push_back(std::move(d));
  }
  return out;
}

[[noreturn]] void throw_duplicates(const core::AttributeTable& table, const std::string& columns,
                                   const std::vector<DuplicateKey>& duplicates) {
  std::string list;
  for (std::size_t i = 0; i < duplicates.size() && i < 10; ++i) {
    const auto& d = duplicates[i];
    list += (i ? "; " : "") + d.key + " (rows";
    for (auto row : d.source_rows) list += " " + std::to_string(row);
    list += ")";
  }
  if (duplicates.size() > 10) list += "; … " + std::to_string(duplicates.size() - 10) + " more";
  core::Diagnostic d;
  d.file = table.source;
  d.field = columns;
  d.message = std::to_string(duplicates.size()) + " duplicate join keys: " + list;
  d.hint = "each key must appear once; remove the duplicate rows, or set `duplicates: first|sum|mean|count` on the join";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

core::Value cell_value(const core::Value& cell, bool numeric) {
  if (is_blank(cell)) return {};
  if (!numeric) return cell;
  if (auto n = core::to_number(cell)) return *n;
  return {};
}

/// The joined values for one key from its rows, by the duplicate policy.
std::vector<core::Value> combine(const core::AttributeTable& table, const std::vector<std::size_t>& rows,
                                 const std::vector<std::size_t>& columns, const std::vector<bool>& numeric,
                                 DuplicatePolicy policy) {
  std::vector<core::Value> out;
  for (auto c : columns) {
    const bool sum_like = numeric[c] && (policy == DuplicatePolicy::Sum || policy == DuplicatePolicy::Mean);
    if (!sum_like) {
      out.push_back(cell_value(table.rows[rows.front()][c], numeric[c]));
      continue;
    }
    double total = 0;
    std::size_t n = 0;
    for (auto r : rows)
      if (auto v = core::to_number(cell_value(table.rows[r][c], true))) total += *v, ++n;
    if (n == 0) out.emplace_back(std::monostate{});
    else out.emplace_back(policy == DuplicatePolicy::Mean ? total / static_cast<double>(n) : total);
  }
  if (policy == DuplicatePolicy::Count) out.emplace_back(static_cast<std::int64_t>(rows.size()));
  return out;
}

}  // namespace

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "+") + n;
  return out;
}

core::Layer join_table(const core::Layer& layer, const core::AttributeTable& table, const JoinSpec& spec,
                       JoinReport& report) {
  if (spec.layer_keys.empty() || spec.layer_keys.size() != spec.table_keys.size()) {
    core::Diagnostic d;
    d.file = table.source;
    d.message = "a join needs as many layer key columns as table key columns, and at least one";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  std::vector<std::size_t> layer_keys, table_keys;
  for (const auto& k : spec.layer_keys) layer_keys.push_back(layer.require_field(k));
  for (const auto& k : spec.table_keys) table_keys.push_back(table.require_field(k));
  std::vector<std::size_t> columns;
  if (spec.columns.empty()) {
    for (std::size_t c = 0; c < table.fields.size(); ++c)
      if (std::find(table_keys.begin(), table_keys.end(), c) == table_keys.end()) columns.push_back(c);
  } else {
    for (const auto& name : spec.columns) columns.push_back(table.require_field(name));
  }

  report = JoinReport{};
  report.features = layer.features.size();
  report.rows = table.rows.size();
  const auto index = index_rows(table, table_keys, spec.normalization);
  report.duplicate_keys = find_duplicates(table, index);
  if (!report.duplicate_keys.empty() && spec.duplicates == DuplicatePolicy::Error)
    throw_duplicates(table, join_names(spec.table_keys), report.duplicate_keys);

  auto typing = type_columns(table);
  for (auto& problem : typing.problems)
    for (auto c : columns)
      if (table.fields[c].name == problem.column) report.type_problems.push_back(problem);

  core::Layer out = layer;
  for (auto c : columns) {
    std::string name = table.fields[c].name;
    if (out.field_index(name)) name = spec.prefix.empty() ? name + "_2" : spec.prefix + name;
    out.fields.push_back({name, typing.numeric[c] ? core::FieldType::Real : core::FieldType::String, 0});
  }
  if (spec.duplicates == DuplicatePolicy::Count) out.fields.push_back({"join_rows", core::FieldType::Integer, 0});

  std::unordered_map<std::string, bool> key_used;
  for (auto& feature : out.features) {
    const auto key = composite_key(feature.attributes, layer_keys, spec.normalization);
    auto it = key.empty() ? index.rows_of.end() : index.rows_of.find(key);
    if (it == index.rows_of.end()) {
      feature.attributes.resize(out.fields.size());
      report.features_without_row.emplace_back(feature.fid, key);
      continue;
    }
    ++report.matched;
    key_used[key] = true;
    for (auto& v : combine(table, it->second, columns, typing.numeric, spec.duplicates))
      feature.attributes.push_back(std::move(v));
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& key = index.key_of_row[r];
    if (key.empty()) ++report.rows_without_key;
    else if (!key_used.count(key)) report.rows_without_feature.emplace_back(source_row(table, r), key);
  }
  return out;
}

}  // namespace ruralatlas::analysis
