#include "style/class_labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ruralatlas::style {

namespace {

constexpr int kMaxDecimals = 6;

bool exact_at(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  return std::abs(rounded - value) <= 1e-9 * std::max(1.0, std::abs(value));
}

}  // namespace

std::string format_class_number(double value, int decimals) {
  decimals = std::clamp(decimals, 0, kMaxDecimals);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  // "-0", "-0.0": a rounded-away negative sign says nothing.
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

int label_decimals(std::span<const double> bounds, const ClassLabelFormat& format) {
  if (format.decimals) return std::clamp(*format.decimals, 0, kMaxDecimals);
  int exact = 0;
  for (double b : bounds)
    while (exact < kMaxDecimals && !exact_at(b, exact)) ++exact;
  int decimals = std::min(exact, 2);
  // Never print two different bounds alike ("0.001–0.002" must not read "0.00–0.00").
  auto distinct = [&](int d) {
    for (std::size_t i = 1; i < bounds.size(); ++i)
      if (bounds[i] != bounds[i - 1] && format_class_number(bounds[i], d) == format_class_number(bounds[i - 1], d))
        return false;
    return true;
  };
  while (decimals < kMaxDecimals && !distinct(decimals)) ++decimals;
  return decimals;
}

std::string class_label(double lower, double upper, bool first, bool last, int decimals,
                        const ClassLabelFormat& format) {
  const auto lo = format_class_number(lower, decimals), hi = format_class_number(upper, decimals);
  std::string text;
  if (format.open_ends && first && last)
    text = lo + "–" + hi;
  else if (format.open_ends && first)
    text = "< " + hi;
  else if (format.open_ends && last)
    text = "≥ " + lo;
  else if (lo == hi)
    text = lo;
  else
    text = lo + "–" + hi;
  return text + format.unit;
}

}  // namespace ruralatlas::style
