#include "project/speed_file.hpp"

#include "core/error.hpp"
#include "project/yaml_map.hpp"

namespace ruralatlas::project {

namespace {

double positive_speed(const YAML::Node& node, const std::filesystem::path& file, const std::string& what) {
  double kmh = 0;
  try {
    if (!node.IsScalar()) throw YAML::Exception(node.Mark(), "not a scalar");
    kmh = node.as<double>();
  } catch (const YAML::Exception&) {
    core::throw_config_error(file.string(), yaml_line(node), what + ": expected a speed in km/h",
                             "e.g. 40, or a mapping of surfaces to speeds: {asphalt: 40, gravel: 20}");
  }
  if (!(kmh > 0)) core::throw_config_error(file.string(), yaml_line(node), what + ": speed must be above 0 km/h");
  return kmh;
}

/// `village: 30` (any surface) or `village: {asphalt: 40, cement: 30}`.
std::map<std::string, double> class_speeds(const std::string& road_class, const YAML::Node& node,
                                           const std::filesystem::path& file) {
  std::map<std::string, double> by_surface;
  if (!node.IsMap()) {
    by_surface[""] = positive_speed(node, file, "road class '" + road_class + "'");
    return by_surface;
  }
  for (const auto& entry : node) {
    const auto surface = entry.first.as<std::string>();
    by_surface[surface] = positive_speed(entry.second, file, "road class '" + road_class + "', surface '" + surface + "'");
  }
  return by_surface;
}

}  // namespace

SpeedFileSpec read_speed_file(const std::filesystem::path& path) {
  YamlMap map(load_yaml_file(path), path, "speed file");
  SpeedFileSpec spec;
  spec.speeds.source = path.string();
  spec.class_field = map.optional_string("class_field").value_or(spec.class_field);
  spec.surface_field = map.optional_string("surface_field").value_or(spec.surface_field);
  spec.access_kmh = map.number("access_kmh", spec.access_kmh);
  if (!(spec.access_kmh > 0)) map.fail("access_kmh", "the access speed must be above 0 km/h");
  const YAML::Node speeds = map.child("speeds_kmh");
  if (!speeds) map.missing("speeds_kmh", "the speeds by road class");
  if (!speeds.IsMap()) map.fail("speeds_kmh", "expected a mapping of road classes to speeds");
  for (const auto& entry : speeds) {
    const auto road_class = entry.first.as<std::string>();
    spec.speeds.kmh[road_class] = class_speeds(road_class, entry.second, path);
  }
  map.finish();
  return spec;
}

}  // namespace ruralatlas::project
