#include "project/criteria_file.hpp"

#include <map>
#include <set>

#include "core/error.hpp"
#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

using Parameters = std::map<std::string, double>;

Parameters read_parameters(YamlMap& file_map) {
  Parameters parameters;
  const YAML::Node node = file_map.child("parameters");
  if (!node) return parameters;
  YamlMap map(node, file_map.file(), "parameters");
  for (const auto& entry : node) {
    const auto name = entry.first.as<std::string>();
    parameters[name] = map.number(name, 0);
  }
  map.finish();
  return parameters;
}

/// A number, or the name of a parameter (the `ref` thresholds of domain §0).
double read_threshold(YamlMap& map, const Parameters& parameters) {
  const YAML::Node node = map.child("threshold");
  if (!node) map.missing("threshold", "the number (or parameter name) the column is compared with");
  if (!node.IsScalar()) map.fail("threshold", "expected a number or a parameter name");
  try {
    return node.as<double>();
  } catch (const YAML::Exception&) {
    const auto name = node.as<std::string>();
    if (auto it = parameters.find(name); it != parameters.end()) return it->second;
    std::string known;
    for (const auto& [n, value] : parameters) known += (known.empty() ? "" : ", ") + n;
    map.fail("threshold", "'" + name + "' is neither a number nor a parameter of this file",
             known.empty() ? "define it under `parameters:`" : "parameters: " + known);
  }
}

CriteriaRuleSpec read_rule(const YAML::Node& node, const YamlMap& parent, const Parameters& parameters) {
  YamlMap map(node, parent.file(), "rule");
  CriteriaRuleSpec spec;
  auto& rule = spec.rule;
  rule.id = map.required_string("id");
  rule.label = map.required_string("label");
  rule.column = map.required_string("column");
  const auto op = map.required_string("op");
  const auto parsed = analysis::parse_compare_op(op);
  if (!parsed) map.fail("op", "unknown operator '" + op + "' in rule " + rule.id, "use >=, >, <=, <, = or !=");
  rule.op = *parsed;
  rule.threshold = read_threshold(map, parameters);
  rule.source_tag = map.optional_string("source").value_or("");
  spec.applies_to = map.optional_string("applies_to").value_or("");
  rule.file = parent.file().string();
  rule.line = map.line_of("column");
  map.finish();
  return spec;
}

DistanceMeasureSpec read_measure(const YAML::Node& node, const YamlMap& parent) {
  YamlMap map(node, parent.file(), "measure");
  DistanceMeasureSpec spec;
  spec.name = map.required_string("name");
  spec.target = map.resolve_path(map.required_string("target"));
  spec.filter = map.optional_string("filter").value_or("");
  spec.file = parent.file();
  spec.line = map.line();
  map.finish();
  return spec;
}

}  // namespace

CriteriaFile read_criteria_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "criteria file");
  CriteriaFile out;
  out.file = path;
  out.name = map.required_string("name");
  out.title = map.optional_string("title").value_or(out.name);
  out.source = map.optional_string("source").value_or("");
  const auto parameters = read_parameters(map);
  if (const YAML::Node measures = map.child("measures")) {
    if (!measures.IsSequence()) map.fail("measures", "expected a list of measures");
    for (const auto& m : measures) out.measures.push_back(read_measure(m, map));
  }
  const YAML::Node rules = map.child("rules");
  if (!rules) map.missing("rules", "the list of rules");
  if (!rules.IsSequence() || rules.size() == 0) map.fail("rules", "expected a non-empty list of rules");
  std::set<std::string> ids;
  for (const auto& r : rules) {
    out.rules.push_back(read_rule(r, map, parameters));
    const auto& rule = out.rules.back().rule;
    if (!ids.insert(rule.id).second)
      core::throw_config_error(path.string(), rule.line, "rule id '" + rule.id + "' is used twice", "give each rule its own id");
  }
  map.finish();
  return out;
}

}  // namespace ruralatlas::project
