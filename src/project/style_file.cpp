#include "project/style_file.hpp"

#include "core/error.hpp"
#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

std::vector<double> read_numbers(YamlMap& map, const std::string& key) {
  std::vector<double> out;
  YAML::Node n = map.child(key);
  if (!n) return out;
  if (!n.IsSequence()) map.fail(key, "expected a list of numbers, e.g. [2, 1]");
  for (const auto& item : n) {
    try {
      out.push_back(item.as<double>());
    } catch (const YAML::Exception&) {
      map.fail(key, "expected a list of numbers, e.g. [2, 1]");
    }
  }
  return out;
}

style::MarkerShape read_shape(YamlMap& map) {
  const auto text = map.optional_string("shape").value_or("circle");
  static const std::pair<const char*, style::MarkerShape> shapes[] = {
      {"circle", style::MarkerShape::Circle},   {"square", style::MarkerShape::Square},
      {"triangle", style::MarkerShape::Triangle}, {"diamond", style::MarkerShape::Diamond},
      {"star", style::MarkerShape::Star},       {"cross", style::MarkerShape::Cross}};
  for (const auto& [name, shape] : shapes)
    if (text == name) return shape;
  map.fail("shape", "unknown marker shape '" + text + "'", "use circle, square, triangle, diamond, star or cross");
}

style::Hatch read_hatch(YamlMap& map) {
  const auto text = map.optional_string("hatch").value_or("none");
  static const std::pair<const char*, style::Hatch> hatches[] = {
      {"none", style::Hatch::None},         {"forward", style::Hatch::Forward},
      {"backward", style::Hatch::Backward}, {"cross", style::Hatch::Cross},
      {"horizontal", style::Hatch::Horizontal}, {"vertical", style::Hatch::Vertical}};
  for (const auto& [name, hatch] : hatches)
    if (text == name) return hatch;
  map.fail("hatch", "unknown hatch '" + text + "'", "use none, forward, backward, cross, horizontal or vertical");
}

style::Symbol read_symbol(const YAML::Node& node, const std::filesystem::path& file) {
  YamlMap outer(node, file, "symbol (one of marker, line, fill)");
  if (outer.has("marker")) {
    YamlMap m(outer.child("marker"), file, "marker symbol");
    style::MarkerSymbol s;
    s.shape = read_shape(m);
    s.size_mm = m.number("size_mm", s.size_mm);
    s.fill = read_optional_color(m, "fill", s.fill);
    s.stroke = read_optional_color(m, "stroke", s.stroke);
    s.stroke_width_mm = m.number("stroke_width_mm", s.stroke_width_mm);
    m.finish();
    outer.finish();
    return s;
  }
  if (outer.has("line")) {
    YamlMap m(outer.child("line"), file, "line symbol");
    style::LineSymbol s;
    s.color = read_color(m, "color", s.color);
    s.width_mm = m.number("width_mm", s.width_mm);
    s.dash_mm = read_numbers(m, "dash_mm");
    s.casing = read_optional_color(m, "casing", std::nullopt);
    s.casing_width_mm = m.number("casing_width_mm", s.width_mm + 0.4);
    m.finish();
    outer.finish();
    return s;
  }
  if (outer.has("fill")) {
    YamlMap m(outer.child("fill"), file, "fill symbol");
    style::FillSymbol s;
    s.fill = read_optional_color(m, "color", std::nullopt);
    s.hatch = read_hatch(m);
    s.hatch_color = read_color(m, "hatch_color", s.hatch_color);
    s.hatch_spacing_mm = m.number("hatch_spacing_mm", s.hatch_spacing_mm);
    s.outline = read_optional_color(m, "outline", s.outline);
    s.outline_width_mm = m.number("outline_width_mm", s.outline_width_mm);
    s.outline_dash_mm = read_numbers(m, "outline_dash_mm");
    m.finish();
    outer.finish();
    return s;
  }
  outer.finish();  // reports the unknown key
  core::throw_config_error(file.string(), yaml_line(node), "a symbol needs one of marker, line or fill");
}

/// `symbol: {...}` or `symbols: [{...}, ...]` (bottom to top).
std::vector<style::Symbol> read_symbols(YamlMap& map, bool required) {
  std::vector<style::Symbol> out;
  if (YAML::Node one = map.child("symbol")) out.push_back(read_symbol(one, map.file()));
  if (YAML::Node many = map.child("symbols")) {
    if (!many.IsSequence()) map.fail("symbols", "expected a list of symbols");
    for (const auto& s : many) out.push_back(read_symbol(s, map.file()));
  }
  if (required && out.empty()) map.fail("symbol", "missing: give `symbol:` or `symbols:`");
  return out;
}

std::string quote_literal(const std::string& value) {
  std::string out = "'";
  for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

style::Filter parse_filter(YamlMap& map, const std::string& key, const std::string& text) {
  try {
    return style::Filter::parse(text);
  } catch (const core::Error& e) {
    map.fail(key, e.diagnostic().message, e.diagnostic().hint);
  }
}

void read_rules(YamlMap& map, style::LayerStyle& style) {
  YAML::Node rules = map.child("rules");
  if (!rules || !rules.IsSequence() || rules.size() == 0) map.fail("rules", "expected a list of rules");
  for (const auto& node : rules) {
    YamlMap r(node, map.file(), "rule");
    style::Rule rule;
    rule.label = r.optional_string("label").value_or("");
    if (auto filter = r.optional_string("filter")) rule.filter = parse_filter(r, "filter", *filter);
    rule.is_else = r.boolean("else", false);
    if (rule.is_else && rule.filter) r.fail("else", "a rule is either `else: true` or has a filter, not both");
    rule.symbols = read_symbols(r, true);
    r.finish();
    style.rules.push_back(std::move(rule));
  }
}

void read_categories(YamlMap& map, style::LayerStyle& style) {
  style.field = map.required_string("field");
  YAML::Node categories = map.child("categories");
  if (!categories || !categories.IsSequence() || categories.size() == 0)
    map.fail("categories", "expected a list of {value, label, symbol}");
  for (const auto& node : categories) {
    YamlMap c(node, map.file(), "category");
    style::Rule rule;
    const bool is_else = c.boolean("else", false);
    if (is_else) {
      rule.is_else = true;
    } else {
      const auto value = c.required_string("value");
      rule.filter = parse_filter(c, "value", style.field + " = " + quote_literal(value));
      rule.label = value;
    }
    rule.label = c.optional_string("label").value_or(rule.label);
    rule.symbols = read_symbols(c, true);
    c.finish();
    style.rules.push_back(std::move(rule));
  }
}

style::LabelSpec read_labels(YamlMap& map) {
  YamlMap l(map.child("labels"), map.file(), "labels");
  style::LabelSpec spec;
  spec.field = l.required_string("field");
  spec.font_family = l.optional_string("font").value_or(spec.font_family);
  spec.size_pt = l.number("size_pt", spec.size_pt);
  spec.bold = l.boolean("bold", spec.bold);
  spec.color = read_color(l, "color", spec.color);
  spec.halo = read_optional_color(l, "halo", spec.halo);
  spec.halo_mm = l.number("halo_mm", spec.halo_mm);
  spec.priority = l.integer("priority", spec.priority);
  spec.max_scale_denominator = l.optional_number("max_scale");
  l.finish();
  return spec;
}

}  // namespace

style::LayerStyle read_style_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "style file");
  style::LayerStyle style;
  style.layer = map.required_string("layer");
  style.title = map.optional_string("title").value_or(style.layer);
  const auto renderer = map.optional_string("renderer").value_or("single");
  if (renderer == "single") {
    style.renderer = style::RendererKind::Single;
    style::Rule rule;
    rule.label = map.optional_string("label").value_or(style.title);
    rule.symbols = read_symbols(map, true);
    style.rules.push_back(std::move(rule));
  } else if (renderer == "categorized") {
    style.renderer = style::RendererKind::Categorized;
    read_categories(map, style);
  } else if (renderer == "rule-based") {
    style.renderer = style::RendererKind::RuleBased;
    read_rules(map, style);
  } else {
    map.fail("renderer", "unknown renderer '" + renderer + "'", "use single, categorized or rule-based");
  }
  if (map.has("labels")) style.labels = read_labels(map);
  style.opacity = map.number("opacity", 1.0);
  if (style.opacity < 0.0 || style.opacity > 1.0) map.fail("opacity", "must be between 0 and 1");
  style.min_scale_denominator = map.optional_number("min_scale");
  style.max_scale_denominator = map.optional_number("max_scale");
  style.show_in_legend = map.boolean("legend", true);
  map.finish();
  return style;
}

void bind_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file) {
  try {
    for (auto& rule : style.rules)
      if (rule.filter) rule.filter->bind(layer.fields);
    if (style.labels) layer.require_field(style.labels->field);
  } catch (const core::Error& e) {
    core::Diagnostic d = e.diagnostic();
    d.message = "style for layer '" + layer.name + "': " + d.message;
    d.file = style_file.string();
    d.layer.clear();
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
}

}  // namespace ruralatlas::project
