#include "project/atlas_indicator_table.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "project/criteria_file.hpp"
#include "project/village_scorecards.hpp"

namespace ruralatlas::project {

namespace {

const char* op_sign(analysis::CompareOp op) {
  using enum analysis::CompareOp;
  switch (op) {
    case GreaterEqual: return "≥";
    case Greater: return ">";
    case LessEqual: return "≤";
    case Less: return "<";
    case Equal: return "=";
    case NotEqual: return "≠";
  }
  return "?";
}

/// Values as read (numbers with at most one decimal); blank is "—".
std::string value_text(const core::Value& value) {
  if (const auto x = core::to_number(value)) {
    auto text = fmt::format("{:.1f}", *x);
    return text.ends_with(".0") ? text.substr(0, text.size() - 2) : text;
  }
  const auto text = core::to_text(value);
  return text.empty() ? "—" : text;
}

std::string outcome_text(const std::string& outcome) {
  if (outcome == "pass") return "达标";
  if (outcome == "fail") return "未达标";
  if (outcome == "no_data") return "无数据";
  return "不适用";
}

}  // namespace

std::string target_text(const analysis::CriterionRule& rule) {
  return std::string(op_sign(rule.op)) + " " + fmt::format("{:g}", rule.threshold);
}

AtlasIndicatorTable::AtlasIndicatorTable(const AtlasIndicatorSpec& spec, const core::Layer& layer,
                                         const AtlasSpec& atlas)
    : m_spec(spec), m_layer(layer) {
  const auto criteria = read_criteria_file(spec.criteria);
  for (const auto& item : criteria.rules) {
    const auto value = layer.field_index(item.rule.column);
    const auto outcome = layer.field_index(outcome_column(item.rule));
    if (!value || !outcome)
      core::throw_config_error(atlas.file.string(), atlas.line,
                               "the atlas indicator table needs column '" + (value ? outcome_column(item.rule)
                                                                                   : item.rule.column) +
                                   "' of rule " + item.rule.id + " in layer '" + layer.name + "'",
                               "score the layer: add `criteria: [" + spec.criteria.filename().string() +
                                   "]` to its layer file");
    m_columns.push_back({item.rule, *value, *outcome});
  }
}

layout::TableData AtlasIndicatorTable::rows_for(std::size_t index) const {
  auto table = empty();
  const auto& attributes = m_layer.features.at(index).attributes;
  for (const auto& c : m_columns)
    table.rows.push_back({c.rule.label, value_text(attributes[c.value]), target_text(c.rule),
                          outcome_text(core::to_text(attributes[c.outcome]))});
  return table;
}

layout::TableData AtlasIndicatorTable::empty() const { return {m_spec.header, {}}; }

}  // namespace ruralatlas::project
