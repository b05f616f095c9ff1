#include "project/layout_file.hpp"

#include "core/error.hpp"
#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

layout::RectMm read_rect(YamlMap& map, const layout::PageSpec& page) {
  layout::RectMm r;
  r.x_mm = map.number("x_mm", 0);
  r.y_mm = map.number("y_mm", 0);
  r.width_mm = map.number("width_mm", 0);
  r.height_mm = map.number("height_mm", 0);
  if (r.width_mm <= 0) map.fail("width_mm", "must be greater than 0");
  if (r.height_mm <= 0) map.fail("height_mm", "must be greater than 0");
  if (r.x_mm < 0 || r.y_mm < 0 || r.x_mm + r.width_mm > page.width_mm + 0.01 || r.y_mm + r.height_mm > page.height_mm + 0.01)
    map.fail("x_mm", "item does not fit on the " + page.name + " page (" + std::to_string(int(page.width_mm)) + " × " +
                         std::to_string(int(page.height_mm)) + " mm)");
  return r;
}

layout::Align read_align(YamlMap& map) {
  const auto text = map.optional_string("align").value_or("left");
  if (text == "left") return layout::Align::Left;
  if (text == "center") return layout::Align::Center;
  if (text == "right") return layout::Align::Right;
  map.fail("align", "unknown alignment '" + text + "'", "use left, center or right");
}

layout::LayoutItem read_item(const YAML::Node& node, const std::filesystem::path& file, const layout::PageSpec& page) {
  YamlMap outer(node, file, "layout item");
  static const char* kinds[] = {"map", "text", "legend", "scale_bar", "north_arrow", "locator"};
  for (const char* kind : kinds) {
    if (!outer.has(kind)) continue;
    YamlMap m(outer.child(kind), file, std::string(kind) + " item");
    const std::string k = kind;
    layout::LayoutItem item;
    if (k == "map") {
      layout::MapFrameItem it;
      it.rect = read_rect(m, page);
      it.margin_pct = m.number("margin_pct", it.margin_pct);
      it.border = m.boolean("border", it.border);
      item = it;
    } else if (k == "text") {
      layout::TextItem it;
      it.rect = read_rect(m, page);
      it.text = m.required_string("text");
      it.size_pt = m.number("size_pt", it.size_pt);
      it.bold = m.boolean("bold", it.bold);
      it.align = read_align(m);
      it.color = read_color(m, "color", it.color);
      item = it;
    } else if (k == "legend") {
      layout::LegendItem it;
      it.rect = read_rect(m, page);
      it.title = m.optional_string("title").value_or("");
      it.show_counts = m.boolean("counts", it.show_counts);
      it.text_pt = m.number("text_pt", it.text_pt);
      item = it;
    } else if (k == "scale_bar") {
      item = layout::ScaleBarItem{.rect = read_rect(m, page)};
    } else if (k == "north_arrow") {
      item = layout::NorthArrowItem{.rect = read_rect(m, page)};
    } else {
      layout::LocatorItem it;
      it.rect = read_rect(m, page);
      it.highlight = read_color(m, "highlight", it.highlight);
      item = it;
    }
    m.finish();
    outer.finish();
    return item;
  }
  outer.finish();
  core::throw_config_error(file.string(), yaml_line(node),
                           "a layout item is one of map, text, legend, scale_bar, north_arrow, locator");
}

}  // namespace

layout::PrintLayout read_layout_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "layout file");
  layout::PrintLayout result;
  {
    YamlMap page(map.child("page"), path, "page");
    const auto size = page.optional_string("size").value_or("A3");
    const auto orientation = page.optional_string("orientation").value_or("landscape");
    if (orientation != "landscape" && orientation != "portrait")
      page.fail("orientation", "must be landscape or portrait");
    if (size == "custom") {
      result.page = {"custom", page.number("width_mm", 0), page.number("height_mm", 0)};
      if (result.page.width_mm <= 0 || result.page.height_mm <= 0) page.fail("width_mm", "custom pages need width_mm and height_mm");
    } else {
      auto iso = layout::iso_page(size, orientation == "landscape");
      if (!iso) page.fail("size", "unknown page size '" + size + "'", "use A0, A1, A2, A3, A4, A5 or custom");
      result.page = *iso;
    }
    page.finish();
  }
  YAML::Node items = map.child("items");
  if (!items || !items.IsSequence()) map.fail("items", "expected a list of layout items");
  bool has_map = false;
  for (const auto& node : items) {
    result.items.push_back(read_item(node, path, result.page));
    has_map = has_map || std::holds_alternative<layout::MapFrameItem>(result.items.back());
  }
  if (!has_map) map.fail("items", "a layout needs a map item");
  map.finish();
  return result;
}

}  // namespace ruralatlas::project
