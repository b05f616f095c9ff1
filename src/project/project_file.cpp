#include "project/project_file.hpp"

#include "project/yaml_map.hpp"

namespace ruralatlas::project {

ProjectSpec read_project_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "project file");
  ProjectSpec spec;
  spec.file = path;
  spec.name = map.optional_string("name").value_or(path.stem().string());
  spec.title = map.required_string("title");
  spec.subtitle = map.optional_string("subtitle").value_or("");
  spec.source_note = map.optional_string("source").value_or("");
  spec.date = map.optional_string("date").value_or("");
  spec.map_crs = map.required_string("map_crs");
  spec.extent_layer = map.optional_string("extent_layer").value_or("");
  spec.layout_file = map.resolve_path(map.required_string("layout"));
  YAML::Node layers = map.child("layers");
  if (!layers) map.missing("layers", "a list of {layer, style} entries, bottom layer first");
  if (!layers.IsSequence() || layers.size() == 0)
    map.fail("layers", "expected a list of {layer, style} entries, bottom layer first");
  for (const auto& node : layers) {
    YamlMap entry(node, path, "layers entry");
    MapLayerEntry e;
    e.layer_file = entry.resolve_path(entry.required_string("layer"));
    e.style_file = entry.resolve_path(entry.required_string("style"));
    e.locator = entry.boolean("locator", false);
    e.visible = entry.boolean("visible", true);
    entry.finish();
    spec.layers.push_back(std::move(e));
  }
  if (YAML::Node atlas = map.child("atlas")) {
    YamlMap atlas_map(atlas, path, "atlas section");
    spec.atlas = read_atlas_section(atlas_map);
  }
  map.finish();
  return spec;
}

}  // namespace ruralatlas::project
