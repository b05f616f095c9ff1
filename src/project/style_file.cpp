#include "project/style_file.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "project/yaml_map.hpp"
#include "style/classification_registry.hpp"
#include "style/color_ramp.hpp"
#include "style/graduated_classifier.hpp"
#include "style/symbol_color.hpp"
#include "style/unique_values_classifier.hpp"

namespace ruralatlas::project {

namespace {

// ---- values ----

/// A number > 0 (or >= 0 when `zero_ok`) under `key`, `fallback` when absent.
double style_length(YamlMap& map, const std::string& key, double fallback, bool zero_ok = false) {
  const double v = map.number(key, fallback);
  if (!std::isfinite(v) || v < 0 || (!zero_ok && v == 0))
    map.fail(key, "must be a number " + std::string(zero_ok ? ">= 0" : "> 0") + " (millimetres on paper)");
  return v;
}

std::vector<double> style_numbers(YamlMap& map, const std::string& key, const std::string& example) {
  std::vector<double> out;
  YAML::Node n = map.child(key);
  if (!n) return out;
  if (!n.IsSequence()) map.fail(key, "expected a list of numbers, e.g. " + example);
  for (const auto& item : n) {
    try {
      if (!item.IsScalar()) throw YAML::Exception(item.Mark(), "not a number");
      out.push_back(item.as<double>());
    } catch (const YAML::Exception&) {
      map.fail(key, "expected a list of numbers, e.g. " + example);
    }
  }
  return out;
}

std::vector<double> dash_pattern(YamlMap& map, const std::string& key) {
  auto dash = style_numbers(map, key, "[2, 1] (mm on, mm off)");
  for (double d : dash)
    if (!(d > 0)) map.fail(key, "dash lengths must be > 0 millimetres");
  return dash;
}

template <class Enum, std::size_t N>
Enum style_choice(YamlMap& map, const std::string& key, const std::pair<const char*, Enum> (&choices)[N], Enum fallback,
                  const char* what) {
  const auto text = map.optional_string(key);
  if (!text) return fallback;
  std::string listed;
  for (const auto& [name, value] : choices) {
    if (*text == name) return value;
    listed += (listed.empty() ? "" : ", ") + std::string(name);
  }
  map.fail(key, "unknown " + std::string(what) + " '" + *text + "'", "use " + listed);
}

constexpr std::pair<const char*, style::MarkerShape> kShapes[] = {
    {"circle", style::MarkerShape::Circle},     {"square", style::MarkerShape::Square},
    {"triangle", style::MarkerShape::Triangle}, {"diamond", style::MarkerShape::Diamond},
    {"star", style::MarkerShape::Star},         {"cross", style::MarkerShape::Cross}};
constexpr std::pair<const char*, style::Hatch> kHatches[] = {
    {"none", style::Hatch::None},   {"forward", style::Hatch::Forward},       {"backward", style::Hatch::Backward},
    {"cross", style::Hatch::Cross}, {"horizontal", style::Hatch::Horizontal}, {"vertical", style::Hatch::Vertical}};

// ---- symbols ----

style::Symbol read_symbol(const YAML::Node& node, const std::filesystem::path& file) {
  YamlMap outer(node, file, "symbol (one of marker, line, fill)");
  std::optional<style::Symbol> symbol;
  // child() marks each kind as known even when absent, so a typo such as `marke:` gets a
  // did-you-mean; a second kind in one entry is left unread and reported by finish().
  if (YAML::Node marker = outer.child("marker")) {
    YamlMap m(marker, file, "marker symbol");
    style::MarkerSymbol s;
    s.shape = style_choice(m, "shape", kShapes, s.shape, "marker shape");
    s.size_mm = style_length(m, "size_mm", s.size_mm);
    s.fill = read_optional_color(m, "fill", s.fill);
    s.stroke = read_optional_color(m, "stroke", s.stroke);
    s.stroke_width_mm = style_length(m, "stroke_width_mm", s.stroke_width_mm, true);
    m.finish();
    symbol = s;
  } else if (YAML::Node line = outer.child("line")) {
    YamlMap m(line, file, "line symbol");
    style::LineSymbol s;
    s.color = read_color(m, "color", s.color);
    s.width_mm = style_length(m, "width_mm", s.width_mm);
    s.dash_mm = dash_pattern(m, "dash_mm");
    s.casing = read_optional_color(m, "casing", std::nullopt);
    s.casing_width_mm = style_length(m, "casing_width_mm", s.width_mm + 0.4);
    if (s.casing && s.casing_width_mm <= s.width_mm)
      m.fail("casing_width_mm", "the casing must be wider than the line (" + std::to_string(s.width_mm) + " mm)");
    m.finish();
    symbol = s;
  } else if (YAML::Node fill = outer.child("fill")) {
    YamlMap m(fill, file, "fill symbol");
    style::FillSymbol s;
    s.fill = read_optional_color(m, "color", std::nullopt);
    s.hatch = style_choice(m, "hatch", kHatches, s.hatch, "hatch");
    s.hatch_color = read_color(m, "hatch_color", s.hatch_color);
    s.hatch_spacing_mm = style_length(m, "hatch_spacing_mm", s.hatch_spacing_mm);
    s.outline = read_optional_color(m, "outline", s.outline);
    s.outline_width_mm = style_length(m, "outline_width_mm", s.outline_width_mm);
    s.outline_dash_mm = dash_pattern(m, "outline_dash_mm");
    m.finish();
    symbol = s;
  }
  outer.finish();
  if (!symbol) core::throw_config_error(file.string(), yaml_line(node), "a symbol needs one of marker, line or fill");
  return *symbol;
}

/// `symbol: {...}` or `symbols: [{...}, ...]` (bottom to top).
std::vector<style::Symbol> read_symbols(YamlMap& map, bool required) {
  std::vector<style::Symbol> out;
  if (YAML::Node one = map.child("symbol")) out.push_back(read_symbol(one, map.file()));
  if (YAML::Node many = map.child("symbols")) {
    if (!out.empty()) map.fail("symbols", "give either `symbol:` or `symbols:`, not both");
    if (!many.IsSequence() || many.size() == 0) map.fail("symbols", "expected a list of symbols");
    for (const auto& s : many) out.push_back(read_symbol(s, map.file()));
  }
  if (required && out.empty()) map.missing("symbol", "give `symbol:` or `symbols:`");
  return out;
}

style::Filter style_filter(YamlMap& map, const std::string& key, const std::string& text) {
  try {
    return style::Filter::parse(text);
  } catch (const core::Error& e) {
    map.fail(key, e.diagnostic().message, e.diagnostic().hint);
  }
}

YAML::Node style_list(YamlMap& map, const std::string& key, const std::string& what) {
  YAML::Node list = map.child(key);
  if (!list) map.missing(key, "expected a list of " + what);
  if (!list.IsSequence() || list.size() == 0) map.fail(key, "expected a list of " + what);
  return list;
}

// ---- renderers ----

void read_rule_based(YamlMap& map, style::LayerStyle& style) {
  for (const auto& node : style_list(map, "rules", "{label, filter, symbol}")) {
    YamlMap r(node, map.file(), "rule");
    style::Rule rule;
    rule.label = r.optional_string("label").value_or("");
    if (auto filter = r.optional_string("filter")) rule.filter = style_filter(r, "filter", *filter);
    rule.is_else = r.boolean("else", false);
    if (rule.is_else && rule.filter) r.fail("else", "a rule is either `else: true` or has a filter, not both");
    rule.level = r.integer("level", 0);
    rule.symbols = read_symbols(r, true);
    r.finish();
    style.rules.push_back(std::move(rule));
  }
}

std::vector<style::Color> color_list(YamlMap& map, const std::string& key) {
  std::vector<style::Color> colors;
  YAML::Node list = map.child(key);
  if (!list.IsSequence() || list.size() == 0)
    map.fail(key, "expected a list of colours, e.g. [\"#fee5d9\", \"#a50f15\"]");
  for (const auto& item : list) {
    auto c = item.IsScalar() ? style::Color::parse(item.as<std::string>()) : std::nullopt;
    if (!c) map.fail(key, "expected colours written \"#rrggbb\" or \"#rrggbbaa\"");
    colors.push_back(*c);
  }
  return colors;
}

style::ColorRamp brewer_ramp(YamlMap& map, const std::string& key, const std::string& name) {
  if (auto ramp = style::ColorRamp::brewer(name)) return *ramp;
  std::string names;
  for (auto n : style::ColorRamp::brewer_names()) names += (names.empty() ? "" : ", ") + std::string(n);
  map.fail(key, "unknown colour ramp '" + name + "'", "use one of " + names + ", or list `colors:`");
}

/// Colours for `count` categories from `ramp:` or `colors:` (none if neither is given).
std::vector<style::Color> category_colors(YamlMap& map, std::size_t count, bool reversed) {
  const bool has_colors = static_cast<bool>(map.child("colors"));
  const auto ramp_name = map.optional_string("ramp");
  if (ramp_name && has_colors) map.fail("ramp", "give either `ramp:` or `colors:`, not both");
  try {
    if (ramp_name) return brewer_ramp(map, "ramp", *ramp_name).colors(static_cast<int>(count), reversed);
  } catch (const core::Error& e) {
    map.fail("ramp", e.diagnostic().message, e.diagnostic().hint);
  }
  if (!has_colors) return {};
  auto colors = color_list(map, "colors");
  if (reversed) std::reverse(colors.begin(), colors.end());
  if (colors.size() < count)
    map.fail("colors", std::to_string(count) + " categories take their colour from this list of " +
                           std::to_string(colors.size()));
  return colors;
}

/// `categories: auto`: one category per value found in the data, coloured from a ramp.
void read_unique_values(YamlMap& map, style::LayerStyle& style) {
  style::UniqueValuesSpec spec;
  const auto symbols = read_symbols(map, true);
  if (symbols.size() != 1) map.fail("symbols", "`categories: auto` takes one template `symbol:`");
  spec.symbol = symbols.front();
  const bool has_colors = static_cast<bool>(map.child("colors"));
  const auto ramp_name = map.optional_string("ramp");
  if (ramp_name && has_colors) map.fail("ramp", "give either `ramp:` or `colors:`, not both");
  if (has_colors) spec.colors = color_list(map, "colors");
  if (ramp_name) spec.ramp = brewer_ramp(map, "ramp", *ramp_name).name();
  spec.max_categories = map.integer("max_categories", spec.max_categories);
  if (spec.max_categories < 1) map.fail("max_categories", "must be at least 1");
  if (YAML::Node labels = map.child("value_labels")) {
    if (!labels.IsMap()) map.fail("value_labels", "expected value: legend text pairs, e.g. {ecological: 生态移民}");
    for (const auto& pair : labels) spec.labels[pair.first.as<std::string>()] = pair.second.as<std::string>();
  }
  style.unique_values = std::move(spec);
}

void read_categorized(YamlMap& map, style::LayerStyle& style) {
  style.field = map.required_string("field");
  if (const YAML::Node auto_node = map.child("categories");
      auto_node && auto_node.IsScalar() && auto_node.as<std::string>() == "auto") {
    read_unique_values(map, style);
    return;
  }
  const auto field = style::Filter::field_reference(style.field);
  // A template symbol coloured from `ramp:`/`colors:` serves categories without their own.
  const auto template_symbols = read_symbols(map, false);
  const YAML::Node categories = style_list(map, "categories", "{value, label, symbol}");
  std::size_t templated = 0;
  for (const auto& node : categories)
    if (node.IsMap() && !node["symbol"] && !node["symbols"]) ++templated;
  const auto colors = category_colors(map, templated, map.boolean("reverse", false));
  if (templated > 1 && colors.empty() && !template_symbols.empty())
    map.fail("symbol", std::to_string(templated) + " categories would share the template symbol and look alike",
             "add `ramp:` (e.g. Set2) or `colors:` to tell them apart, or give each category its own symbol");
  std::size_t next_color = 0;
  for (const auto& node : categories) {
    YamlMap c(node, map.file(), "category");
    style::Rule rule;
    rule.is_else = c.boolean("else", false);
    auto values = c.string_list("values");
    if (auto value = c.optional_string("value")) {
      if (!values.empty()) c.fail("value", "give either `value:` or `values:`, not both");
      values.push_back(*value);
    }
    if (rule.is_else && !values.empty()) c.fail("else", "the `else` category takes no value");
    if (!rule.is_else && values.empty())
      c.missing("value", "each category needs `value:` (or `values:`, or `else: true`)");
    if (!values.empty()) {
      std::string list;
      for (const auto& v : values) list += (list.empty() ? "" : ", ") + style::Filter::text_literal(v);
      rule.filter = style_filter(c, values.size() == 1 ? "value" : "values",
                                 values.size() == 1 ? field + " = " + list : field + " in (" + list + ")");
      rule.label = values.size() == 1 ? values.front() : list;
      rule.values = values;
    }
    rule.label = c.optional_string("label").value_or(rule.is_else ? "其他" : rule.label);
    rule.level = c.integer("level", 0);
    rule.symbols = read_symbols(c, false);
    if (rule.symbols.empty()) {
      if (template_symbols.empty())
        c.missing("symbol", "give the category a `symbol:`, or the style a template `symbol:` and `ramp:`");
      for (const auto& s : template_symbols)
        rule.symbols.push_back(next_color < colors.size() ? style::recolored(s, colors[next_color]) : s);
      ++next_color;
    }
    c.finish();
    style.rules.push_back(std::move(rule));
  }
}

/// A breaks file shared by several styles (every atlas page, every year): `breaks:` and an
/// optional `unit:`. Returns the unit.
std::string read_shared_breaks(const std::filesystem::path& path, std::vector<double>& breaks) {
  YamlMap file(load_yaml_file(path), path, "breaks file");
  breaks = style_numbers(file, "breaks", "[60, 80, 90]");
  if (breaks.empty()) file.missing("breaks", "the class breaks every map shares, e.g. breaks: [60, 80, 90]");
  try {
    style::make_classification_method("manual", breaks);
  } catch (const core::Error& e) {
    file.fail("breaks", e.diagnostic().message, e.diagnostic().hint);
  }
  const auto unit = file.optional_string("unit").value_or("");
  file.finish();
  return unit;
}

void read_graduated(YamlMap& map, style::LayerStyle& style) {
  style.field = map.required_string("field");
  style::GraduatedSpec spec;
  const auto method_given = map.optional_string("method");
  spec.method = method_given.value_or(spec.method);
  spec.breaks = style_numbers(map, "breaks", "[60, 80, 90]");
  std::string shared_unit;
  if (const auto from = map.optional_string("breaks_from")) {
    if (!spec.breaks.empty()) map.fail("breaks_from", "give either `breaks:` or `breaks_from:`, not both");
    if (method_given && *method_given != "manual")
      map.fail("breaks_from", "shared breaks are manual breaks, not '" + *method_given + "'",
               "drop `method:` or write `method: manual`");
    spec.method = "manual";
    shared_unit = read_shared_breaks(map.resolve_path(*from), spec.breaks);
  }
  try {
    const auto method = style::make_classification_method(spec.method, spec.breaks);
    spec.method = std::string(method->id());
  } catch (const core::Error& e) {
    map.fail(spec.method == "manual" && !spec.breaks.empty() ? "breaks" : "method", e.diagnostic().message,
             e.diagnostic().hint);
  }
  if (spec.method != "manual" && !spec.breaks.empty()) map.fail("breaks", "breaks are for `method: manual` only");
  const bool classes_given = static_cast<bool>(map.child("classes"));
  const int classes = map.integer("classes", spec.classes);
  if (spec.method == "manual") {
    spec.classes = static_cast<int>(spec.breaks.size()) + 1;
    if (classes_given && classes != spec.classes)
      map.fail("classes",
               std::to_string(spec.breaks.size()) + " breaks make " + std::to_string(spec.classes) + " classes");
  } else {
    spec.classes = classes;
  }
  if (spec.classes < 1 || spec.classes > style::ClassificationMethod::kMaxClasses)
    map.fail("classes", "must be between 1 and " + std::to_string(style::ClassificationMethod::kMaxClasses));
  spec.reverse_ramp = map.boolean("reverse", false);
  auto symbols = read_symbols(map, true);
  if (symbols.size() != 1) map.fail("symbols", "a graduated style takes one template `symbol:`");
  spec.symbol = symbols.front();
  if (style.renderer == style::RendererKind::GraduatedColor) {
    const bool has_colors = static_cast<bool>(map.child("colors"));
    const auto ramp_name = map.optional_string("ramp");
    if (ramp_name && has_colors) map.fail("ramp", "give either `ramp:` or `colors:`, not both");
    if (has_colors) {
      spec.colors = color_list(map, "colors");
      if (spec.method == "manual" && spec.colors.size() != static_cast<std::size_t>(spec.classes))
        map.fail("colors", std::to_string(spec.breaks.size()) + " breaks make " + std::to_string(spec.classes) +
                               " classes, but " + std::to_string(spec.colors.size()) + " colours are given");
    } else {
      const auto ramp = brewer_ramp(map, "ramp", ramp_name.value_or(spec.ramp));
      if (ramp.kind() == style::RampKind::Qualitative && static_cast<std::size_t>(spec.classes) > ramp.stops().size())
        map.fail("ramp",
                 "'" + ramp.name() + "' has " + std::to_string(ramp.stops().size()) + " colours for " +
                     std::to_string(spec.classes) + " classes",
                 "for ordered classes use a sequential ramp such as YlOrRd or Blues");
      spec.ramp = ramp.name();
    }
  } else {
    if (std::holds_alternative<style::FillSymbol>(spec.symbol))
      map.fail("symbol", "graduated-size needs a marker or line symbol", "use graduated for polygons");
    spec.min_size_mm = style_length(map, "min_size_mm", spec.min_size_mm);
    spec.max_size_mm = style_length(map, "max_size_mm", spec.max_size_mm);
  }
  if (auto decimals = map.optional_number("decimals")) {
    if (*decimals < 0 || *decimals > 6 || *decimals != std::floor(*decimals)) map.fail("decimals", "must be 0 to 6");
    spec.label_format.decimals = static_cast<int>(*decimals);
  }
  spec.label_format.unit = map.optional_string("unit").value_or(shared_unit);
  spec.label_format.open_ends = map.boolean("open_ends", spec.method == "manual");
  if (YAML::Node node = map.child("no_data")) {
    YamlMap n(node, map.file(), "no_data entry");
    style::Rule rule;
    rule.label = n.optional_string("label").value_or("无数据");
    rule.is_else = true;
    rule.symbols = read_symbols(n, true);
    n.finish();
    spec.no_data = std::move(rule);
  }
  style.graduated = std::move(spec);
}

style::LabelSpec read_labels(YamlMap& map) {
  YamlMap l(map.child("labels"), map.file(), "labels");
  style::LabelSpec spec;
  spec.field = l.required_string("field");
  spec.font_family = l.optional_string("font").value_or(spec.font_family);
  spec.size_pt = style_length(l, "size_pt", spec.size_pt);
  spec.bold = l.boolean("bold", spec.bold);
  spec.color = read_color(l, "color", spec.color);
  spec.halo = read_optional_color(l, "halo", spec.halo);
  spec.halo_mm = style_length(l, "halo_mm", spec.halo_mm, true);
  spec.priority = l.integer("priority", spec.priority);
  spec.along_lines = l.boolean("along_line", spec.along_lines);
  spec.max_scale_denominator = l.optional_number("max_scale");
  spec.min_scale_denominator = l.optional_number("min_scale");
  l.finish();
  return spec;
}

std::optional<double> scale_denominator(YamlMap& map, const std::string& key) {
  auto v = map.optional_number(key);
  if (v && !(*v > 0)) map.fail(key, "a scale is written as its denominator, e.g. 600000 for 1:600,000");
  return v;
}

[[noreturn]] void rethrow_for_style(const core::Error& e, const core::Layer& layer, const std::filesystem::path& file) {
  core::Diagnostic d = e.diagnostic();
  d.message = "style for layer '" + layer.name + "': " + d.message;
  if (!file.empty()) d.file = file.string();
  d.layer.clear();
  throw core::Error(core::ErrorKind::Config, std::move(d));
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
    read_categorized(map, style);
  } else if (renderer == "graduated" || renderer == "graduated-size") {
    style.renderer = renderer == "graduated" ? style::RendererKind::GraduatedColor : style::RendererKind::GraduatedSize;
    read_graduated(map, style);
  } else if (renderer == "rule-based") {
    style.renderer = style::RendererKind::RuleBased;
    read_rule_based(map, style);
  } else {
    map.fail("renderer", "unknown renderer '" + renderer + "'",
             "use single, categorized, graduated, graduated-size or rule-based");
  }
  if (map.child("labels")) style.labels = read_labels(map);
  style.opacity = map.number("opacity", 1.0);
  if (!(style.opacity >= 0.0 && style.opacity <= 1.0)) map.fail("opacity", "must be between 0 and 1");
  style.min_scale_denominator = scale_denominator(map, "min_scale");
  style.max_scale_denominator = scale_denominator(map, "max_scale");
  if (style.min_scale_denominator && style.max_scale_denominator &&
      *style.min_scale_denominator >= *style.max_scale_denominator)
    map.fail("max_scale", "must be larger than min_scale (both are scale denominators)");
  style.show_in_legend = map.boolean("show_in_legend", true);
  map.finish();
  return style;
}

void classify_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file) {
  try {
    style::classify_graduated_layer(style, layer);
    style::classify_unique_values(style, layer);
  } catch (const core::Error& e) {
    rethrow_for_style(e, layer, style_file);
  }
}

void bind_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file) {
  classify_style(style, layer, style_file);
  try {
    for (auto& rule : style.rules)
      if (rule.filter) rule.filter->bind(layer.fields);
    if (style.labels) layer.require_field(style.labels->field);
  } catch (const core::Error& e) {
    rethrow_for_style(e, layer, style_file);
  }
}

}  // namespace ruralatlas::project
