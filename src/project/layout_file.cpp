#include "project/layout_file.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "layout/text_variables.hpp"
#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

const std::vector<std::string> kItemKinds{"map_frame",   "text",    "legend", "scale_bar",
                                          "north_arrow", "locator", "table",  "image"};

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string mm_text(double mm) {
  const double rounded = std::round(mm * 10) / 10;
  auto s = std::to_string(rounded);
  s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  return s;
}

/// A number that must be > 0 (or ≥ 0 with allow_zero).
double positive(YamlMap& map, const std::string& key, double fallback, bool allow_zero = false) {
  const double v = map.number(key, fallback);
  if (!(v > 0 || (allow_zero && v == 0))) map.fail(key, allow_zero ? "must be 0 or more" : "must be greater than 0");
  return v;
}

/// One of `choices` (the first is the default).
std::size_t choice(YamlMap& map, const std::string& key, const std::vector<std::string>& choices) {
  const auto text = map.optional_string(key).value_or(choices.front());
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (text == choices[i]) return i;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  map.fail(key, "unknown value '" + text + "'", "use one of " + list);
}

layout::RectMm read_rect(YamlMap& map, const layout::PageSpec& page) {
  layout::RectMm r;
  for (const char* key : {"x_mm", "y_mm", "width_mm", "height_mm"})
    if (!map.has(key)) map.missing(key, "every item is placed by x_mm, y_mm, width_mm and height_mm");
  r.x_mm = map.number("x_mm", 0);
  r.y_mm = map.number("y_mm", 0);
  r.width_mm = positive(map, "width_mm", 0);
  r.height_mm = positive(map, "height_mm", 0);
  const auto inside = page.printable_rect();
  if (!inside.contains(r))
    map.fail("x_mm",
             "the item (" + mm_text(r.x_mm) + ", " + mm_text(r.y_mm) + ") to (" + mm_text(r.right_mm()) + ", " +
                 mm_text(r.bottom_mm()) + ") mm leaves the printable area of the " + page.name + " page, (" +
                 mm_text(inside.x_mm) + ", " + mm_text(inside.y_mm) + ") to (" + mm_text(inside.right_mm()) + ", " +
                 mm_text(inside.bottom_mm()) + ") mm",
             "move or shrink it, or change the page margins");
  return r;
}

/// {variables} must be ones the pipeline fills: a typo would print literally on the map.
void check_variables(YamlMap& map, const std::string& key, const std::string& text) {
  const auto& known = layout::known_text_variables();
  for (const auto& name : layout::variables_in(text)) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    if (name.starts_with("field:") && name.size() > 6) continue;  // an atlas page feature's attribute
    std::string hint, list;
    std::size_t best = 3;
    for (const auto& k : known) {
      list += (list.empty() ? "{" : ", {") + k + "}";
      if (auto d = edit_distance(name, k); d < best) {
        best = d;
        hint = "did you mean {" + k + "}? ";
      }
    }
    map.fail(key, "unknown variable {" + name + "}", hint + "known variables: " + list + ", {field:NAME} (an atlas page feature's attribute); write {{ for a literal brace");
  }
}

/// A fixed scale: 2000000 or "1:2,000,000".
std::optional<double> read_scale(YamlMap& map, const std::string& key) {
  auto text = map.optional_string(key);
  if (!text) return std::nullopt;
  std::string digits = text->rfind("1:", 0) == 0 ? text->substr(2) : *text;
  digits.erase(std::remove_if(digits.begin(), digits.end(), [](char c) { return c == ',' || c == ' ' || c == '_'; }),
               digits.end());
  try {
    std::size_t used = 0;
    const double value = std::stod(digits, &used);
    if (used == digits.size() && value > 0 && std::isfinite(value)) return value;
  } catch (const std::exception&) {
  }
  map.fail(key, "'" + *text + "' is not a scale", "write the denominator, 2000000, or \"1:2,000,000\"");
}

std::optional<core::Envelope> read_extent(YamlMap& map, const std::string& key) {
  YAML::Node n = map.child(key);
  if (!n) return std::nullopt;
  std::vector<double> v;
  if (n.IsSequence())
    for (const auto& x : n) {
      try {
        v.push_back(x.as<double>());
      } catch (const YAML::Exception&) {
        break;
      }
    }
  if (v.size() != 4 || n.size() != 4)
    map.fail(key, "expected [xmin, ymin, xmax, ymax] in map CRS units");
  if (!(v[0] < v[2] && v[1] < v[3])) map.fail(key, "xmin must be less than xmax and ymin less than ymax");
  return core::Envelope{{v[0], v[1]}, {v[2], v[3]}};
}

layout::MarginsMm read_margins(YamlMap& page) {
  YAML::Node n = page.child("margins_mm");
  if (!n) return {};
  std::vector<double> v;
  try {
    if (n.IsScalar()) v.assign(4, n.as<double>());
    else if (n.IsSequence() && n.size() == 4)
      for (const auto& x : n) v.push_back(x.as<double>());
  } catch (const YAML::Exception&) {
    v.clear();
  }
  if (v.size() != 4 || std::any_of(v.begin(), v.end(), [](double m) { return m < 0; }))
    page.fail("margins_mm", "expected one number or [top, right, bottom, left], all 0 or more");
  return {v[0], v[1], v[2], v[3]};
}

layout::PageSpec read_page(YamlMap& file_map, const std::filesystem::path& path) {
  YamlMap page(file_map.child("page"), path, "page");
  const auto size_name = page.optional_string("size").value_or("A3");
  const auto paper = layout::paper_size_from_name(size_name);
  if (!paper) page.fail("size", "unknown page size '" + size_name + "'", "use A0, A1, A2, A3, A4, A5 or custom");
  const auto orientation = choice(page, "orientation", {"landscape", "portrait"}) == 0 ? layout::Orientation::Landscape
                                                                                      : layout::Orientation::Portrait;
  const auto margins = read_margins(page);
  layout::PageSpec spec;
  if (*paper == layout::PaperSize::Custom) {
    if (!page.has("width_mm")) page.missing("width_mm", "a custom page needs width_mm and height_mm");
    if (!page.has("height_mm")) page.missing("height_mm", "a custom page needs width_mm and height_mm");
    spec = layout::custom_page(positive(page, "width_mm", 0), positive(page, "height_mm", 0), margins);
    if (page.has("orientation")) page.fail("orientation", "a custom page takes its orientation from width_mm and height_mm");
  } else {
    spec = layout::iso_page(*paper, orientation, margins);
  }
  const auto inside = spec.printable_rect();
  if (inside.width_mm <= 0 || inside.height_mm <= 0) page.fail("margins_mm", "the margins leave no room on the page");
  page.finish();
  return spec;
}

/// `grid: {interval_m, line_mm, text_pt, labels}` of a map frame (`grid: {}` for the defaults).
layout::GridOptions read_grid(const YAML::Node& node, const YamlMap& frame) {
  YamlMap g(node, frame.file(), "grid");
  layout::GridOptions grid;
  grid.interval_m = positive(g, "interval_m", grid.interval_m, true);
  grid.line_mm = positive(g, "line_mm", grid.line_mm);
  grid.text_pt = positive(g, "text_pt", grid.text_pt);
  grid.labels = g.boolean("labels", grid.labels);
  g.finish();
  return grid;
}

/// `graticule: {interval_deg, line_mm, text_pt, labels}` of a map frame (`graticule: {}` for the defaults).
layout::GraticuleOptions read_graticule(const YAML::Node& node, const YamlMap& frame) {
  YamlMap g(node, frame.file(), "graticule");
  layout::GraticuleOptions graticule;
  graticule.interval_deg = positive(g, "interval_deg", graticule.interval_deg, true);
  graticule.line_mm = positive(g, "line_mm", graticule.line_mm);
  graticule.text_pt = positive(g, "text_pt", graticule.text_pt);
  graticule.labels = g.boolean("labels", graticule.labels);
  g.finish();
  return graticule;
}

layout::MapFrameItem read_map_frame(YamlMap& m, const layout::PageSpec& page) {
  layout::MapFrameItem it;
  it.rect = read_rect(m, page);
  it.map = m.optional_string("map").value_or(it.map);
  it.extent_layer = m.optional_string("extent_layer").value_or("");
  it.extent = read_extent(m, "extent");
  if (it.extent && !it.extent_layer.empty()) m.fail("extent", "give either extent or extent_layer, not both");
  it.scale_denominator = read_scale(m, "scale");
  it.round_scale = m.boolean("round_scale", it.round_scale);
  if (it.scale_denominator && m.has("round_scale")) m.fail("round_scale", "a fixed scale is not rounded; remove one");
  it.margin_pct = m.number("margin_pct", it.margin_pct);
  if (it.margin_pct < 0 || it.margin_pct >= 50) m.fail("margin_pct", "must be from 0 to 49");
  it.border_mm = positive(m, "border_mm", it.border_mm, true);
  it.border_color = read_color(m, "border_color", it.border_color);
  if (YAML::Node grid = m.child("grid")) it.grid = read_grid(grid, m);
  if (YAML::Node graticule = m.child("graticule")) it.graticule = read_graticule(graticule, m);
  return it;
}

layout::TextItem read_text(YamlMap& m, const layout::PageSpec& page) {
  layout::TextItem it;
  it.rect = read_rect(m, page);
  it.text = m.required_string("text");
  check_variables(m, "text", it.text);
  it.size_pt = positive(m, "size_pt", it.size_pt);
  it.bold = m.boolean("bold", it.bold);
  it.align = static_cast<layout::Align>(choice(m, "align", {"left", "center", "right"}));
  it.valign = static_cast<layout::VAlign>(choice(m, "valign", {"top", "middle", "bottom"}));
  it.color = read_color(m, "color", it.color);
  it.shrink_to_fit = m.boolean("shrink_to_fit", it.shrink_to_fit);
  return it;
}

layout::LegendItem read_legend(YamlMap& m, const layout::PageSpec& page) {
  layout::LegendItem it;
  it.rect = read_rect(m, page);
  it.map = m.optional_string("map").value_or(it.map);
  it.title = m.optional_string("title").value_or("");
  check_variables(m, "title", it.title);
  it.show_counts = m.boolean("counts", it.show_counts);
  it.text_pt = positive(m, "text_pt", it.text_pt);
  it.min_text_pt = positive(m, "min_text_pt", std::min(it.min_text_pt, it.text_pt));
  if (it.min_text_pt > it.text_pt) m.fail("min_text_pt", "must not be larger than text_pt");
  it.max_columns = m.integer("max_columns", it.max_columns);
  if (it.max_columns < 0) m.fail("max_columns", "must be 0 (as many as fit) or more");
  return it;
}

layout::ScaleBarItem read_scale_bar(YamlMap& m, const layout::PageSpec& page) {
  layout::ScaleBarItem it;
  it.rect = read_rect(m, page);
  it.map = m.optional_string("map").value_or(it.map);
  if (m.has("segments") && m.optional_string("segments") != "auto") {
    it.options.segments = m.integer("segments", 0);
    if (it.options.segments < 1 || it.options.segments > 10) m.fail("segments", "must be auto or from 1 to 10");
  }
  it.options.subdivide_first = m.boolean("subdivide_first", it.options.subdivide_first);
  it.options.units = static_cast<layout::ScaleBarUnits>(choice(m, "units", {"auto", "m", "km"}));
  it.show_fraction = m.boolean("fraction", it.show_fraction);
  it.text_pt = positive(m, "text_pt", it.text_pt);
  it.bar_height_mm = positive(m, "bar_height_mm", it.bar_height_mm);
  return it;
}

layout::NorthArrowItem read_north_arrow(YamlMap& m, const layout::PageSpec& page) {
  layout::NorthArrowItem it;
  it.rect = read_rect(m, page);
  it.label = m.optional_string("label").value_or(it.label);
  it.rotation_deg = m.number("rotation_deg", it.rotation_deg);
  return it;
}

layout::LocatorItem read_locator(YamlMap& m, const layout::PageSpec& page) {
  layout::LocatorItem it;
  it.rect = read_rect(m, page);
  it.map = m.optional_string("map").value_or(it.map);
  it.outline = m.optional_string("outline").value_or(it.outline);
  it.highlight = read_color(m, "highlight", it.highlight);
  it.line_mm = positive(m, "line_mm", it.line_mm);
  it.border_mm = positive(m, "border_mm", it.border_mm, true);
  return it;
}

layout::TableItem read_table(YamlMap& m, const layout::PageSpec& page) {
  layout::TableItem it;
  it.rect = read_rect(m, page);
  it.table = m.required_string("table");
  it.text_pt = positive(m, "text_pt", it.text_pt);
  it.min_text_pt = positive(m, "min_text_pt", std::min(it.min_text_pt, it.text_pt));
  if (it.min_text_pt > it.text_pt) m.fail("min_text_pt", "must not be larger than text_pt");
  it.header_fill = read_color(m, "header_fill", it.header_fill);
  return it;
}

/// A missing logo is found when the layout is read, before any page is drawn.
layout::ImageItem read_image(YamlMap& m, const layout::PageSpec& page) {
  layout::ImageItem it;
  it.rect = read_rect(m, page);
  const auto written = m.required_string("file");
  it.file = m.resolve_path(written);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(it.file, ec))
    m.fail("file", "image file '" + written + "' not found (looked for " + it.file.string() + ")",
           "paths are relative to the layout file; fix the path or remove the image item");
  return it;
}

/// Which map an item refers to that a frame must show ("" for none), for the cross-check.
struct ItemRef {
  std::string frame_map;
  std::string key;
  int line = 0;
};

layout::LayoutItem read_item(const YAML::Node& node, const std::filesystem::path& file, const layout::PageSpec& page,
                             ItemRef& ref) {
  YamlMap outer(node, file, "layout item");
  std::vector<std::string> present;
  for (const auto& kind : kItemKinds)
    if (outer.has(kind)) present.push_back(kind);
  if (present.size() > 1) outer.fail(present[1], "one item per list entry: start '" + present[1] + "' with its own '-'");
  outer.finish(kItemKinds);  // an unknown kind: did you mean …
  if (present.empty())
    core::throw_config_error(file.string(), yaml_line(node), "empty layout item",
                             "an item is one of map_frame, text, legend, scale_bar, north_arrow, locator, table, image");
  const std::string& kind = present.front();
  YamlMap m(outer.child(kind), file, kind + " item");
  layout::LayoutItem item;
  if (kind == "map_frame") {
    item = read_map_frame(m, page);
  } else if (kind == "text") {
    item = read_text(m, page);
  } else if (kind == "legend") {
    auto it = read_legend(m, page);
    ref = {it.map, "map", m.line_of("map")};
    item = std::move(it);
  } else if (kind == "scale_bar") {
    auto it = read_scale_bar(m, page);
    ref = {it.map, "map", m.line_of("map")};
    item = std::move(it);
  } else if (kind == "north_arrow") {
    item = read_north_arrow(m, page);
  } else if (kind == "table") {
    item = read_table(m, page);
  } else if (kind == "image") {
    item = read_image(m, page);
  } else if (kind == "locator") {
    auto it = read_locator(m, page);
    ref = {it.outline, "outline", m.line_of("outline")};
    item = std::move(it);
  }
  m.finish();
  return item;
}

}  // namespace

layout::PrintLayout read_layout_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "layout file");
  layout::PrintLayout result;
  result.page = read_page(map, path);
  YAML::Node items = map.child("items");
  if (!items) map.missing("items", "the list of what is on the page");
  if (!items.IsSequence()) map.fail("items", "expected a list of layout items");
  std::vector<ItemRef> refs;
  for (const auto& node : items) {
    ItemRef ref;
    result.items.push_back(read_item(node, path, result.page, ref));
    if (!ref.frame_map.empty()) refs.push_back(ref);
  }
  if (!result.main_frame()) map.fail("items", "a layout needs a map_frame item");
  for (const auto& ref : refs)
    if (!result.first_frame(ref.frame_map))
      core::throw_config_error(path.string(), ref.line, "'" + ref.key + "': no map_frame shows map '" + ref.frame_map + "'",
                               "name the map of one of the layout's map frames");
  map.finish();
  return result;
}

}  // namespace ruralatlas::project
