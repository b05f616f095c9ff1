#pragma once
// A kilometre grid over a map frame (公里网, as on Chinese topographic sheets): lines at round
// map-CRS coordinates and their labels at the frame's edges. Pure data and maths, apart from
// drawing (grid_painter). A graticule in degrees would need PROJ, which layout does not link.
#include <string>
#include <vector>

namespace ruralatlas::layout {

struct GridOptions {
  double interval_m = 0;  ///< between lines; 0 = a round length giving 3 to 7 lines across
  double line_mm = 0.1;
  double text_pt = 5.5;
  bool labels = true;     ///< coordinates in km at the top and left edges
};

/// The round interval (1, 2 or 5 × 10^n metres) that puts about five lines across `width_m`.
/// Throws core::Error (Internal) unless width_m is positive.
double auto_grid_interval_m(double width_m);

/// Multiples of `interval` strictly inside (min, max), in map units.
std::vector<double> grid_positions(double min, double max, double interval);

/// A line's label: its coordinate in km, with as many decimals as the interval needs
/// ("3990", "512.5").
std::string grid_label(double metres, double interval_m);

}  // namespace ruralatlas::layout
