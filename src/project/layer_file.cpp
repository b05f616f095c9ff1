#include "project/layer_file.hpp"

#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

TableJoinSpec read_join(const YAML::Node& node, const YamlMap& parent, const std::string& default_key) {
  YamlMap map(node, parent.file(), "join");
  TableJoinSpec spec;
  spec.table = map.resolve_path(map.required_string("table"));
  spec.sheet = map.optional_string("sheet").value_or("");
  if (!map.has("table_key")) map.missing("table_key", "the key column(s) of the table");
  spec.table_keys = map.string_list("table_key");
  spec.layer_keys = map.string_list("layer_key");
  if (spec.layer_keys.empty() && !default_key.empty()) spec.layer_keys = {default_key};
  if (spec.layer_keys.empty()) map.fail("layer_key", "no layer key: set `key` of the layer or `layer_key` of the join");
  if (spec.layer_keys.size() != spec.table_keys.size())
    map.fail("table_key", "the join has " + std::to_string(spec.table_keys.size()) + " table key columns but " +
                              std::to_string(spec.layer_keys.size()) + " layer key columns",
             "list the matching columns in the same order, e.g. layer_key: [town_code, name] and table_key: [township_code, village]");
  spec.columns = map.string_list("columns");
  spec.normalization.fullwidth_to_halfwidth = map.boolean("fullwidth_digits", true);
  spec.normalization.zero_pad = map.integer("zero_pad", 0);
  if (spec.normalization.zero_pad < 0 || spec.normalization.zero_pad > 32) map.fail("zero_pad", "must be between 0 and 32");
  const auto duplicates = map.optional_string("duplicates").value_or("error");
  static const std::pair<const char*, analysis::DuplicatePolicy> policies[] = {
      {"error", analysis::DuplicatePolicy::Error}, {"first", analysis::DuplicatePolicy::First},
      {"sum", analysis::DuplicatePolicy::Sum},     {"mean", analysis::DuplicatePolicy::Mean},
      {"count", analysis::DuplicatePolicy::Count}};
  bool known = false;
  for (const auto& [name, policy] : policies)
    if (duplicates == name) spec.duplicates = policy, known = true;
  if (!known) map.fail("duplicates", "unknown policy '" + duplicates + "'", "use error, first, sum, mean or count");
  spec.line = map.line();
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
