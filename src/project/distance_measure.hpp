#pragma once
// A computed coverage measure: metres from each village to the nearest feature of a
// network or facility layer (optionally filtered, e.g. hardened roads), as a new column
// that criteria rules and coverage presets can test like any indicator.
#include <filesystem>
#include <string>

#include "analysis/nearest_distance.hpp"
#include "core/crs.hpp"
#include "core/layer.hpp"

namespace ruralatlas::project {

struct DistanceMeasureSpec {
  std::string name;                ///< the column it adds, e.g. "hardened_road_m"
  std::filesystem::path target;    ///< layer file of the network, e.g. layers/roads.yaml
  std::string filter;              ///< e.g. "surface in ('asphalt', 'cement')"; empty = all
  std::filesystem::path file;      ///< the file that asked for it, and its line, for messages
  int line = 0;
};

/// Throws core::Error (Config, naming the criteria file and line) when `villages` already has
/// a column of the measure's name.
void require_new_measure_column(const core::Layer& villages, const DistanceMeasureSpec& spec);

/// The measure's targets (the filtered network) in `crs`, which must be metric, indexed and
/// built. A network without joins streams in and is never held as a layer.
analysis::NearestTargetIndex load_measure_targets(const DistanceMeasureSpec& spec, const core::Crs& crs);

/// Appends the measure as a Real field (centimetre precision; null when no target matches),
/// from the index load_measure_targets made for it.
void append_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec, analysis::NearestTargetIndex& targets);

/// All three, in order. `villages` must be in a metric CRS; the target is reprojected to it.
void add_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec);

}  // namespace ruralatlas::project
