#include "project/atlas_spec.hpp"

#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

AtlasTableSpec read_table_section(YamlMap& table) {
  AtlasTableSpec spec;
  spec.name = table.optional_string("name").value_or(spec.name);
  spec.layer = table.required_string("layer");
  spec.covered = table.required_string("covered");
  if (table.has("header")) {
    spec.header = table.string_list("header");
    if (spec.header.size() != 4)
      table.fail("header", "expected 4 column headings: name, count, covered, share (e.g. [乡镇, 行政村, 达标, 达标率])");
  }
  table.finish();
  return spec;
}

AtlasIndicatorSpec read_indicator_section(YamlMap& table) {
  AtlasIndicatorSpec spec;
  spec.name = table.optional_string("name").value_or(spec.name);
  spec.criteria = table.resolve_path(table.required_string("criteria"));
  if (table.has("header")) {
    spec.header = table.string_list("header");
    if (spec.header.size() != 4)
      table.fail("header", "expected 4 column headings: item, value, target, outcome (e.g. [指标, 数值, 目标, 结果])");
  }
  table.finish();
  return spec;
}

}  // namespace

AtlasSpec read_atlas_section(YamlMap& atlas) {
  AtlasSpec spec;
  spec.file = atlas.file();
  spec.line = atlas.line();
  spec.layer = atlas.required_string("layer");
  spec.name_field = atlas.required_string("name_field");
  spec.filter = atlas.optional_string("filter").value_or("");
  if (auto layout = atlas.optional_string("layout")) spec.layout_file = atlas.resolve_path(*layout);
  spec.overview = atlas.boolean("overview", false);
  spec.dim = atlas.boolean("dim", spec.dim);
  if (atlas.has("radius_m")) {
    spec.radius_m = atlas.number("radius_m", spec.radius_m);
    if (!(spec.radius_m > 0)) atlas.fail("radius_m", "must be more than 0 (metres around each point)");
  }
  if (YAML::Node table = atlas.child("table")) {
    YamlMap table_map(table, atlas.file(), "atlas table");
    spec.table = read_table_section(table_map);
  }
  if (YAML::Node indicators = atlas.child("indicators")) {
    YamlMap indicator_map(indicators, atlas.file(), "atlas indicators");
    spec.indicators = read_indicator_section(indicator_map);
  }
  atlas.finish();
  return spec;
}

}  // namespace ruralatlas::project
