#pragma once
// A speed file (networks/*.yaml): driving speeds by road class and surface, the fields that
// hold them in the road layer, and the off-road access speed.
#include <filesystem>
#include <string>

#include "analysis/speed_table.hpp"

namespace ruralatlas::project {

struct SpeedFileSpec {
  analysis::SpeedTable speeds;
  std::string class_field = "road_class";
  std::string surface_field = "surface";
  double access_kmh = 5;  ///< walking; a tractor is about 15
};

/// Throws core::Error (Config) with file:line on unknown keys, non-positive or non-numeric speeds.
SpeedFileSpec read_speed_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
