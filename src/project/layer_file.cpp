#include "project/layer_file.hpp"

#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

TableJoinSpec read_join(const YAML::Node& node, const YamlMap& parent, const std::string& default_key) {
  YamlMap map(node, parent.file(), "join");
  TableJoinSpec spec;
  spec.table = map.resolve_path(map.required_string("table"));
  spec.sheet = map.optional_string("sheet").value_or("");
  spec.table_key = map.required_string("table_key");
  spec.layer_key = map.optional_string("layer_key").value_or(default_key);
  if (spec.layer_key.empty()) map.fail("layer_key", "no layer key: set `key` of the layer or `layer_key` of the join");
  spec.columns = map.string_list("columns");
  map.finish();
  return spec;
}

}  // namespace

LayerFileSpec read_layer_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "layer file");
  LayerFileSpec spec;
  spec.file = path;
  spec.name = map.required_string("name");
  spec.title = map.optional_string("title").value_or(spec.name);
  spec.source = map.resolve_path(map.required_string("source"));
  spec.source_layer = map.optional_string("source_layer").value_or("");
  spec.encoding = map.optional_string("encoding");
  spec.crs = map.optional_string("crs");
  spec.key = map.optional_string("key").value_or("");
  YAML::Node joins = map.child("joins");
  if (joins) {
    if (!joins.IsSequence()) map.fail("joins", "expected a list of joins");
    for (const auto& j : joins) spec.joins.push_back(read_join(j, map, spec.key));
  }
  map.finish();
  return spec;
}

}  // namespace ruralatlas::project
