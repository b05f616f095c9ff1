#pragma once
// A graticule over a map frame (经纬网): meridians and parallels at round degrees and minutes,
// labelled at the frame's edges as 105°30′E / 36°N. Pure maths; drawing is graticule_painter.
#include <string>
#include <vector>

namespace ruralatlas::layout {

struct GraticuleOptions {
  double interval_deg = 0;  ///< between lines; 0 = a round angle giving 2 to 5 lines across
  double line_mm = 0.1;
  double text_pt = 5.5;
  bool labels = true;       ///< longitudes along the top, latitudes along the left
};

/// The smallest round angle (1′, 2′, 5′, 10′, 15′, 20′, 30′, 1°, 2°, 5°, 10°, 15°, 30°) that
/// puts at most five or so lines across `span_deg` (so at least two). Throws core::Error (Internal) unless span_deg is positive.
double auto_graticule_interval_deg(double span_deg);

/// A line's label, e.g. "105°30′E", "36°N", "0°"; minutes only when the interval needs them.
/// `is_longitude` picks E/W or N/S.
std::string graticule_label(double degrees, double interval_deg, bool is_longitude);

}  // namespace ruralatlas::layout
