#pragma once
// Runs a coverage preset: loads the villages, decides which are covered, and summarises
// villages and people covered per admin unit (one table per zone layer, joinable to the
// zone polygons by their code for choropleths).
#include <optional>
#include <vector>

#include "analysis/zone_coverage.hpp"
#include "core/layer.hpp"
#include "project/coverage_preset.hpp"

namespace ruralatlas::project {

struct ZoneCoverageTable {
  core::Layer table;  ///< the zone layer (with geometry) plus the coverage columns
  std::size_t villages_outside = 0;  ///< villages in no zone of this layer
};

struct PresetCoverage {
  core::Crs metric_crs;                    ///< where distances were measured
  analysis::ZoneCoverage total;            ///< all villages
  std::vector<ZoneCoverageTable> zones;    ///< one per preset zone layer, in order
};

PresetCoverage run_coverage_preset(const CoveragePreset& preset);

}  // namespace ruralatlas::project
