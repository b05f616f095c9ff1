#pragma once
// Coverage of one loaded layer by another, as the desktop app asks for it: metres from each
// demand feature to the nearest (filtered) target and whether that is within a threshold,
// appended as two columns. Both layers are in the map's metric CRS already.
#include <string>

#include "core/layer.hpp"

namespace ruralatlas::project {

struct LayerCoverageSpec {
  std::string target_filter;  ///< e.g. "surface in ('asphalt', 'cement')"; empty = every target
  double within_m = 2000;
  std::string distance_column = "distance_m";
  std::string covered_column = "covered";  ///< 1 within the threshold, 0 beyond, null unmeasured
};

struct LayerCoverage {
  core::Layer layer;  ///< the demand layer with the two columns
  std::size_t covered = 0, measured = 0;  ///< measured: demand with a point and a target
};

/// Throws core::Error naming the layer for a bad filter, a geographic CRS or no target left
/// after filtering.
LayerCoverage measure_layer_coverage(const core::Layer& demand, const core::Layer& targets, const LayerCoverageSpec& spec);

}  // namespace ruralatlas::project
