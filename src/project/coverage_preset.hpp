#pragma once
// A coverage preset (criteria/presets/*.yaml): which villages count as covered — within a
// distance of a network (the Rural Access Index: 2 km of an all-season road) or by an
// indicator test (tap water >= 90%) — and the admin units to summarise by.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "project/distance_measure.hpp"

namespace ruralatlas::project {

struct CoveragePreset {
  std::filesystem::path file;
  std::string name;    ///< output tables are <name>_by_<zone layer>.csv/.gpkg
  std::string title;
  std::string source;  ///< where the standard comes from
  std::filesystem::path demand;  ///< layer file of the villages
  std::string population;        ///< demand column counted as people
  std::optional<DistanceMeasureSpec> distance;  ///< covered when distance <= within_m ...
  double within_m = 0;
  std::string covered_if;  ///< ... or when this filter over the demand layer holds
  std::vector<std::filesystem::path> zones;  ///< layer files: townships, counties
};

/// Throws core::Error (Config) with file:line on unknown keys, wrong types, or a preset that
/// has both or neither of `distance` and `covered_if`.
CoveragePreset read_coverage_preset(const std::filesystem::path& path);

}  // namespace ruralatlas::project
