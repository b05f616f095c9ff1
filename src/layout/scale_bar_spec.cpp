#include "layout/scale_bar_spec.hpp"

#include <cmath>
#include <cstdio>

#include "core/error.hpp"

namespace ruralatlas::layout {

namespace {

bool is_multiple_of(double value, double step) {
  const double q = value / step;
  return std::abs(q - std::round(q)) < 1e-9 * std::max(1.0, q);
}

}  // namespace

std::vector<std::string> ScaleBarSpec::labels() const {
  std::vector<std::string> out;
  out.reserve(ticks_m.size());
  for (double t : ticks_m) out.push_back(scale_bar_label(t, kilometres));
  return out;
}

ScaleBarSpec nice_scale_bar(double scale_denominator, double max_width_mm, const ScaleBarOptions& options) {
  if (!(scale_denominator > 0) || !(max_width_mm > 0) || !std::isfinite(scale_denominator)) {
    core::Diagnostic d;
    d.message = "nice_scale_bar needs a positive scale and width";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  // Ground the room represents; the tiny allowance keeps 40 mm at 1:50,000 = 2 km, not 1 km.
  const double max_ground_m = max_width_mm / 1000.0 * scale_denominator * (1 + 1e-9);
  const double magnitude = std::pow(10.0, std::floor(std::log10(max_ground_m)));
  int leading = 1;
  for (int f : {5, 2, 1}) {
    if (f * magnitude <= max_ground_m) {
      leading = f;
      break;
    }
  }
  ScaleBarSpec spec;
  spec.scale_denominator = scale_denominator;
  spec.ground_length_m = leading * magnitude;
  spec.width_mm = spec.to_paper_mm(spec.ground_length_m);

  // 10 → 0 5 10 (2 × 5), 20 → 0 10 20 (2 × 10), 50 → 0 10 … 50 (5 × 10): every segment is round.
  const int majors = options.segments > 0 ? options.segments : (leading == 5 ? 5 : 2);
  const double major_m = spec.ground_length_m / majors;
  spec.ticks_m.push_back(0.0);
  if (options.subdivide_first) spec.ticks_m.push_back(major_m / 2);
  for (int i = 1; i <= majors; ++i) spec.ticks_m.push_back(i == majors ? spec.ground_length_m : major_m * i);

  switch (options.units) {
    case ScaleBarUnits::Metres: spec.kilometres = false; break;
    case ScaleBarUnits::Kilometres: spec.kilometres = true; break;
    case ScaleBarUnits::Auto: {
      // Kilometres from 1 km on, unless a tick would need two decimals (0 250 500 1000 m).
      bool tidy = spec.ground_length_m >= 1000.0;
      for (double t : spec.ticks_m) tidy = tidy && is_multiple_of(t, 100.0);
      spec.kilometres = tidy;
      break;
    }
  }
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
  const double value = kilometres ? metres / 1000.0 : metres;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  std::string text = buffer;  // trim trailing zeros: 12.500 → 12.5, 5.000 → 5
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

}  // namespace ruralatlas::layout
