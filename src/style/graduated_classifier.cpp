#include "style/graduated_classifier.hpp"

#include <charconv>
#include <cmath>

#include "core/error.hpp"
#include "style/classification_registry.hpp"
#include "style/color_ramp.hpp"

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

}  // namespace

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
