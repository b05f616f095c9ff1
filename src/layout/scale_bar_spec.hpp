#pragma once
// Scale bar settings and the nice-number maths, apart from drawing (QGIS's split between
// QgsScaleBarSettings and its renderers). Pure data and free functions.
#include <string>
#include <vector>

namespace ruralatlas::layout {

enum class ScaleBarUnits { Auto, Metres, Kilometres };

/// What the layout asks of a scale bar.
struct ScaleBarOptions {
  int segments = 0;             ///< major segments; 0 = chosen from the length (2, or 5 for 5 × 10^n)
  bool subdivide_first = true;  ///< split the first major segment in two: "0 5 10 20 km"
  ScaleBarUnits units = ScaleBarUnits::Auto;
};

/// A bar that is true at print size: to_paper_mm(ticks_m[i]) × scale_denominator = ticks_m[i]
/// metres of ground, and width_mm = to_paper_mm(ground_length_m).
struct ScaleBarSpec {
  double scale_denominator = 0;
  double ground_length_m = 0;   ///< a round length: 1, 2 or 5 × 10^n m
  double width_mm = 0;          ///< the bar's length on paper
  std::vector<double> ticks_m;  ///< segment boundaries, 0 … ground_length_m
  bool kilometres = true;       ///< label unit

  int segment_count() const { return ticks_m.empty() ? 0 : static_cast<int>(ticks_m.size()) - 1; }
  double to_paper_mm(double ground_m) const { return ground_m / scale_denominator * 1000.0; }
  const char* unit_label() const { return kilometres ? "km" : "m"; }
  /// One label per tick in the bar's unit: "0", "5", "10", "20".
  std::vector<std::string> labels() const;
};

/// The longest round length (1, 2 or 5 × 10^n m) whose bar is at most `max_width_mm` long at
/// 1:scale_denominator (so at least 40 % of it), split into round segments. Throws
/// core::Error (Internal) unless both arguments are positive.
ScaleBarSpec nice_scale_bar(double scale_denominator, double max_width_mm, const ScaleBarOptions& options = {});

/// "1:1,250,000"
std::string representative_fraction(double scale_denominator);
/// A tick label: "0", "5", "12.5" (km) or "250" (m).
std::string scale_bar_label(double metres, bool kilometres);

}  // namespace ruralatlas::layout
