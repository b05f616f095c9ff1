#include "project/coverage_preset.hpp"

#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

void read_distance(CoveragePreset& preset, YamlMap& parent) {
  YamlMap map(parent.child("distance"), parent.file(), "distance");
  DistanceMeasureSpec spec;
  spec.name = map.optional_string("column").value_or("distance_m");
  spec.target = map.resolve_path(map.required_string("target"));
  spec.filter = map.optional_string("filter").value_or("");
  spec.file = parent.file();
  spec.line = map.line();
  const auto within = map.optional_number("within_m");
  if (!within || *within <= 0) map.fail("within_m", "expected a positive distance in metres", "e.g. within_m: 2000");
  preset.within_m = *within;
  map.finish();
  preset.distance = spec;
}

}  // namespace

CoveragePreset read_coverage_preset(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "coverage preset");
  CoveragePreset preset;
  preset.file = path;
  preset.name = map.required_string("name");
  preset.title = map.optional_string("title").value_or(preset.name);
  preset.source = map.optional_string("source").value_or("");
  preset.demand = map.resolve_path(map.required_string("demand"));
  preset.population = map.optional_string("population").value_or("");
  preset.covered_if = map.optional_string("covered_if").value_or("");
  if (map.has("distance")) read_distance(preset, map);
  if (preset.distance.has_value() == !preset.covered_if.empty())
    map.fail(preset.distance ? "covered_if" : "name", "a preset needs exactly one of `distance:` and `covered_if:`",
             "distance: {target: ../../layers/roads.yaml, filter: \"hardened = 1\", within_m: 2000} or covered_if: \"tap_water_hh_pct >= 90\"");
  for (const auto& zone : map.string_list("zones")) preset.zones.push_back(map.resolve_path(zone));
  if (preset.zones.empty()) map.missing("zones", "the layer files to summarise by, e.g. [../../layers/townships.yaml]");
  map.finish();
  return preset;
}

}  // namespace ruralatlas::project
