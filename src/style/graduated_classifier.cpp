#include "style/graduated_classifier.hpp"

#include <charconv>
#include <cmath>
#include <set>

#include "core/error.hpp"
#include "style/classification_registry.hpp"
#include "style/color_ramp.hpp"
#include "style/numeric_column.hpp"

namespace ruralatlas::style {

namespace {

/// Shortest text that reads back as exactly `value`, so class filters and breaks agree.
std::string exact_number(double value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string class_filter(const std::string& field, const Classification& c, std::size_t i) {
  const auto f = Filter::field_reference(field);
  const std::size_t n = c.classes.size();
  if (n == 1) return f + " >= " + exact_number(c.classes[0].lower);
  if (i == 0) return f + " < " + exact_number(c.breaks[0]);
  if (i + 1 == n) return f + " >= " + exact_number(c.breaks[i - 1]);
  return f + " >= " + exact_number(c.breaks[i - 1]) + " and " + f + " < " + exact_number(c.breaks[i]);
}

std::vector<Color> class_colors(const GraduatedSpec& spec, int n) {
  if (!spec.colors.empty()) return ColorRamp(spec.colors).colors(n, spec.reverse_ramp);
  auto ramp = ColorRamp::brewer(spec.ramp);
  if (!ramp) {
    std::string names;
    for (auto name : ColorRamp::brewer_names()) names += (names.empty() ? "" : ", ") + std::string(name);
    core::Diagnostic d;
    d.message = "unknown colour ramp '" + spec.ramp + "'";
    d.hint = "use one of " + names + ", or list colours";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  return ramp->colors(n, spec.reverse_ramp);
}

Symbol with_color(Symbol symbol, const Color& color) {
  std::visit(
      [&](auto& s) {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, MarkerSymbol>)
          s.fill = color;
        else if constexpr (std::is_same_v<T, LineSymbol>)
          s.color = color;
        else
          s.fill = color;
      },
      symbol);
  return symbol;
}

Symbol with_size(Symbol symbol, double size_mm) {
  std::visit(
      [&](auto& s) {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, MarkerSymbol>) {
          s.size_mm = size_mm;
        } else if constexpr (std::is_same_v<T, LineSymbol>) {
          if (s.casing) s.casing_width_mm = size_mm + (s.casing_width_mm - s.width_mm);
          s.width_mm = size_mm;
        } else {
          s.outline_width_mm = size_mm;
        }
      },
      symbol);
  return symbol;
}

/// The fallback for features without a number: the template symbol in light grey.
Rule default_no_data(const GraduatedSpec& spec) {
  Rule rule;
  rule.label = "无数据";
  rule.is_else = true;
  rule.symbols = {with_color(spec.symbol, Color{189, 189, 189})};
  return rule;
}

[[noreturn]] void unusable_field(const core::Layer& layer, const std::string& field, const NumericColumn& column) {
  core::Diagnostic d;
  d.layer = layer.name;
  d.field = field;
  if (column.not_numeric > 0) {
    d.message = "a graduated style needs numbers, but field '" + field + "' holds text (e.g. '" +
                column.not_numeric_example + "')";
    d.hint = "use renderer: categorized for text, or classify a numeric field";
  } else {
    d.message = "field '" + field + "' is empty in all " + std::to_string(layer.features.size()) +
                " features, so every class would be empty";
    d.hint = "check the join that fills it (ruralatlas join <layer file> --report), or classify another field";
  }
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

void note_merged_classes(LayerStyle& style, const NumericColumn& column) {
  const auto& spec = *style.graduated;
  const auto made = style.classification->classes.size();
  const std::set<double> distinct(column.values.begin(), column.values.end());
  if (distinct.size() == 1) {
    style.warnings.push_back("style '" + style.title + "': every value of '" + style.field + "' is " +
                             style.classification->classes.front().label + ", so the map has one class");
  } else if (spec.method != "manual" && spec.method != "head-tail" &&
             distinct.size() < static_cast<std::size_t>(spec.classes)) {
    style.warnings.push_back("style '" + style.title + "': '" + style.field + "' has " +
                             std::to_string(distinct.size()) + " distinct values, fewer than the " +
                             std::to_string(spec.classes) + " classes asked; the map shows " + std::to_string(made));
  }
}

}  // namespace

void classify_graduated_layer(LayerStyle& style, const core::Layer& layer) {
  if (!style.graduated) return;
  const auto column = read_numeric_column(layer, style.field);
  if (column.values.empty() && !layer.features.empty()) unusable_field(layer, style.field, column);
  style.warnings.clear();
  classify_graduated(style, column.values);
  if (column.values.empty()) return;
  note_merged_classes(style, column);
  if (column.not_numeric > 0)
    style.warnings.push_back("style '" + style.title + "': " + std::to_string(column.not_numeric) + " features have '" +
                             style.field + "' that is not a number (e.g. '" + column.not_numeric_example +
                             "'); drawn as no data");
  const bool some_missing = column.missing + column.not_numeric > 0;
  if (!style.graduated->no_data && some_missing) style.rules.push_back(default_no_data(*style.graduated));
  if (style.graduated->no_data && !some_missing) style.rules.pop_back();  // an empty "无数据 (0)" says nothing
}

void classify_graduated(LayerStyle& style, std::span<const double> values) {
  if (!style.graduated) return;
  const auto& spec = *style.graduated;
  const auto method = make_classification_method(spec.method, spec.breaks);
  auto classification = method->classify(values, spec.classes, spec.label_format);

  std::vector<Rule> rules;
  const auto n = static_cast<int>(classification.classes.size());
  const auto colors = style.renderer == RendererKind::GraduatedColor ? class_colors(spec, n) : std::vector<Color>{};
  for (int i = 0; i < n; ++i) {
    const auto& c = classification.classes[static_cast<std::size_t>(i)];
    Rule rule;
    rule.label = c.label;
    rule.filter = Filter::parse(class_filter(style.field, classification, static_cast<std::size_t>(i)));
    if (style.renderer == RendererKind::GraduatedColor) {
      rule.symbols = {with_color(spec.symbol, colors[static_cast<std::size_t>(i)])};
    } else {
      const double t = n == 1 ? 0.5 : static_cast<double>(i) / (n - 1);
      rule.symbols = {with_size(spec.symbol, spec.min_size_mm + t * (spec.max_size_mm - spec.min_size_mm))};
    }
    rule.feature_count = c.count;
    rules.push_back(std::move(rule));
  }
  if (spec.no_data) {
    rules.push_back(*spec.no_data);
    rules.back().is_else = true;
    rules.back().filter.reset();
  }
  style.rules = std::move(rules);
  style.classification = std::move(classification);
}

std::vector<double> numeric_values(const core::Layer& layer, std::string_view field) {
  const std::size_t index = layer.require_field(field);
  std::vector<double> values;
  values.reserve(layer.features.size());
  for (const auto& feature : layer.features) {
    if (index >= feature.attributes.size()) continue;
    if (auto v = core::to_number(feature.attributes[index]); v && std::isfinite(*v)) values.push_back(*v);
  }
  return values;
}

}  // namespace ruralatlas::style
