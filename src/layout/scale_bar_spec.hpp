#pragma once
// Scale bar settings and the nice-number maths, apart from drawing (QGIS's split).
#include <string>

namespace ruralatlas::layout {

struct ScaleBarSpec {
  double ground_length_m = 0;  ///< total length the bar shows, a round number
  double width_mm = 0;         ///< its length on paper at the map's scale
  int segments = 4;
  bool kilometres = true;      ///< label unit
};

/// The longest round length (1, 2 or 5 × 10^n m) whose bar fits in `max_width_mm` at
/// 1:scale_denominator, split into segments that are round too.
ScaleBarSpec nice_scale_bar(double scale_denominator, double max_width_mm);

/// "1:1,250,000"
std::string representative_fraction(double scale_denominator);
/// Segment boundary label: "0", "5", "10" (km) or "500" (m).
std::string scale_bar_label(double metres, bool kilometres);

}  // namespace ruralatlas::layout
