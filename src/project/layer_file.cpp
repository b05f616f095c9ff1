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

ServiceKindSpec read_service_kind(const YAML::Node& node, const YamlMap& parent) {
  YamlMap map(node, parent.file(), "service kind");
  ServiceKindSpec kind;
  kind.label = map.required_string("label");
  kind.column = map.required_string("column");
  kind.facilities = map.resolve_path(map.required_string("facilities"));
  kind.filter = map.optional_string("filter").value_or("");
  map.finish();
  return kind;
}

ServiceAccessSpec read_services(YamlMap& map) {
  ServiceAccessSpec spec;
  spec.file = map.file();
  spec.line = map.line();
  spec.network = map.resolve_path(map.required_string("network"));
  spec.speeds = map.resolve_path(map.required_string("speeds"));
  spec.within_min = map.number("within_min", spec.within_min);
  if (!(spec.within_min > 0)) map.fail("within_min", "must be more than 0 minutes");
  YAML::Node kinds = map.child("kinds");
  if (!kinds || !kinds.IsSequence() || kinds.size() == 0)
    map.fail("kinds", "expected a list of services: {label, column, facilities, filter}");
  for (const auto& k : kinds) spec.kinds.push_back(read_service_kind(k, map));
  map.finish();
  return spec;
}

ServiceAreaSpec read_service_area(YamlMap& map) {
  ServiceAreaSpec spec;
  spec.file = map.file();
  spec.line = map.line();
  spec.around = map.resolve_path(map.required_string("around"));
  spec.filter = map.optional_string("filter").value_or("");
  spec.network = map.resolve_path(map.required_string("network"));
  spec.speeds = map.resolve_path(map.required_string("speeds"));
  if (map.has("minutes")) {
    spec.minutes.clear();
    for (const auto& text : map.string_list("minutes")) {
      double m = 0;
      try {
        m = std::stod(text);
      } catch (const std::exception&) {
      }
      if (!(m > 0)) map.fail("minutes", "'" + text + "' is not a number of minutes above 0");
      spec.minutes.push_back(m);
    }
  }
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
  if (YAML::Node area = map.child("service_area")) {
    YamlMap area_map(area, path, "service_area");
    spec.service_area = read_service_area(area_map);
  } else {
    spec.source = map.resolve_path(map.required_string("source"));
  }
  spec.source_layer = map.optional_string("source_layer").value_or("");
  spec.encoding = map.optional_string("encoding");
  spec.crs = map.optional_string("crs");
  spec.key = map.optional_string("key").value_or("");
  YAML::Node joins = map.child("joins");
  if (joins) {
    if (!joins.IsSequence()) map.fail("joins", "expected a list of joins");
    for (const auto& j : joins) spec.joins.push_back(read_join(j, map, spec.key));
  }
  for (const auto& file : map.string_list("criteria")) spec.criteria.push_back(map.resolve_path(file));
  if (auto preset = map.optional_string("coverage")) spec.coverage_preset = map.resolve_path(*preset);
  if (YAML::Node services = map.child("services")) {
    YamlMap services_map(services, path, "services");
    spec.services = read_services(services_map);
  }
  map.finish();
  return spec;
}

}  // namespace ruralatlas::project
