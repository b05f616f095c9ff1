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
  if (YAML::Node table = atlas.child("table")) {
    YamlMap table_map(table, atlas.file(), "atlas table");
    spec.table = read_table_section(table_map);
  }
  atlas.finish();
  return spec;
}

}  // namespace ruralatlas::project
