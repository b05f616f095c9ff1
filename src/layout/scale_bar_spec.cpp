#include "layout/scale_bar_spec.hpp"

#include <cmath>
#include <cstdio>

namespace ruralatlas::layout {

ScaleBarSpec nice_scale_bar(double scale_denominator, double max_width_mm) {
  ScaleBarSpec spec;
  const double max_ground_m = max_width_mm / 1000.0 * scale_denominator;
  const double magnitude = std::pow(10.0, std::floor(std::log10(max_ground_m)));
  double length = magnitude;
  for (double f : {5.0, 2.0, 1.0}) {
    if (f * magnitude <= max_ground_m) {
      length = f * magnitude;
      break;
    }
  }
  spec.ground_length_m = length;
  spec.width_mm = length / scale_denominator * 1000.0;
  const double leading = length / magnitude;  // 1, 2 or 5
  spec.segments = leading == 2.0 ? 4 : (leading == 5.0 ? 5 : 4);
  spec.kilometres = length >= 1000.0;
  return spec;
}

std::string representative_fraction(double scale_denominator) {
  const long long n = std::llround(scale_denominator);
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return "1:" + out;
}

std::string scale_bar_label(double metres, bool kilometres) {
  char buffer[32];
  const double value = kilometres ? metres / 1000.0 : metres;
  if (std::abs(value - std::round(value)) < 1e-9)
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else
    std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

}  // namespace ruralatlas::layout
