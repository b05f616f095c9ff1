#include "style/unique_values_classifier.hpp"

#include "core/error.hpp"
#include "style/color_ramp.hpp"
#include "style/symbol_color.hpp"
#include "style/value_counts.hpp"

namespace ruralatlas::style {

namespace {

std::vector<Color> value_colors(const UniqueValuesSpec& spec, std::size_t count, const std::string& field) {
  core::Diagnostic d;
  d.field = field;
  if (!spec.colors.empty()) {
    if (spec.colors.size() >= count) return spec.colors;
    d.message = "field '" + field + "' has " + std::to_string(count) + " values but `colors:` lists " +
                std::to_string(spec.colors.size());
    d.hint = "add colours, or list the categories that matter and an `else: true` one";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  const auto ramp = ColorRamp::brewer(spec.ramp);
  if (ramp && (ramp->kind() != RampKind::Qualitative || ramp->stops().size() >= count))
    return ramp->colors(static_cast<int>(count));
  d.message = ramp ? "'" + spec.ramp + "' has " + std::to_string(ramp->stops().size()) + " colours for the " +
                         std::to_string(count) + " values of field '" + field + "'"
                   : "unknown colour ramp '" + spec.ramp + "'";
  d.hint = "use Paired or Set3 (12 colours), or list `colors:`";
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

}  // namespace

void classify_unique_values(LayerStyle& style, const core::Layer& layer) {
  if (!style.unique_values) return;
  const auto& spec = *style.unique_values;
  const std::size_t field = layer.require_field(style.field);
  const auto counted = count_values(layer, field);
  const auto& values = counted.values;
  const std::size_t missing = counted.missing;
  if (values.size() > static_cast<std::size_t>(spec.max_categories)) {
    core::Diagnostic d;
    d.layer = layer.name;
    d.field = style.field;
    d.message = "field '" + style.field + "' has " + std::to_string(values.size()) +
                " distinct values; a categorized map tells at most " + std::to_string(spec.max_categories) +
                " apart (e.g. '" + values.front().first + "', '" + values[1].first + "')";
    d.hint = layer.fields[field].type == core::FieldType::String
                 ? "list the categories that matter with an `else: true` one, or raise `max_categories:`"
                 : "use renderer: graduated for a numeric field, or raise `max_categories:`";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  const auto colors = value_colors(spec, values.size(), style.field);
  const auto reference = Filter::field_reference(style.field);
  style.rules.clear();
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto& [value, count] = values[i];
    Rule rule;
    const auto label = spec.labels.find(value);
    rule.label = label == spec.labels.end() ? value : label->second;
    rule.filter = Filter::parse(reference + " = " + Filter::text_literal(value));
    rule.values = {value};
    rule.symbols = {recolored(spec.symbol, colors[i])};
    rule.feature_count = count;
    style.rules.push_back(std::move(rule));
  }
  if (missing > 0) {
    Rule rule;
    rule.label = "无数据";
    rule.is_else = true;
    rule.symbols = {recolored(spec.symbol, Color{189, 189, 189})};
    rule.feature_count = missing;
    style.rules.push_back(std::move(rule));
  }
}

}  // namespace ruralatlas::style
