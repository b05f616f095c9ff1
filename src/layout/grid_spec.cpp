#include "layout/grid_spec.hpp"

#include <cmath>
#include <cstdio>

#include "core/error.hpp"

namespace ruralatlas::layout {

double auto_grid_interval_m(double width_m) {
  if (!(width_m > 0)) {
    core::Diagnostic d;
    d.message = "grid interval asked for a frame " + std::to_string(width_m) + " m wide";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  const double target = width_m / 5;
  const double power = std::pow(10.0, std::floor(std::log10(target)));
  double best = power;
  for (double step : {1.0, 2.0, 5.0, 10.0})
    if (std::abs(std::log(step * power / target)) < std::abs(std::log(best / target))) best = step * power;
  return best;
}

std::vector<double> grid_positions(double min, double max, double interval) {
  std::vector<double> out;
  if (!(interval > 0) || !(max > min)) return out;
  for (double k = std::floor(min / interval) + 1; k * interval < max; ++k) out.push_back(k * interval);
  return out;
}

std::string grid_label(double metres, double interval_m) {
  const int decimals = interval_m >= 1000 ? 0 : interval_m >= 100 ? 1 : 2;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, metres / 1000);
  return buffer;
}

}  // namespace ruralatlas::layout
