#include "layout/graticule_spec.hpp"

#include <array>
#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::layout {

double auto_graticule_interval_deg(double span_deg) {
  if (!(span_deg > 0)) {
    core::Diagnostic d;
    d.message = "auto_graticule_interval_deg needs a positive span";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  static constexpr std::array<double, 13> kSteps{1 / 60.0, 2 / 60.0, 5 / 60.0, 10 / 60.0, 15 / 60.0, 20 / 60.0, 0.5,
                                                 1,        2,        5,        10,        15,        30};
  // The smallest step that gives at most about five lines across.
  for (double step : kSteps)
    if (span_deg / step <= 5.5) return step;
  return kSteps.back();
}

std::string graticule_label(double degrees, double interval_deg, bool is_longitude) {
  const long total_minutes = std::lround(std::abs(degrees) * 60);
  const long whole = total_minutes / 60, minutes = total_minutes % 60;
  const bool show_minutes = minutes != 0 || std::fmod(interval_deg * 60, 60) > 1e-9;
  std::string text = std::to_string(whole) + "°";
  if (show_minutes) text += (minutes < 10 ? "0" : "") + std::to_string(minutes) + "′";
  if (total_minutes == 0) return text;
  const bool positive = degrees > 0;
  text += is_longitude ? (positive ? "E" : "W") : (positive ? "N" : "S");
  return text;
}

}  // namespace ruralatlas::layout
