#include "style/pretty_breaks.hpp"

#include <cmath>
#include <cstdlib>

namespace ruralatlas::style {

namespace {

/// Classes a step makes over the data's range, once both ends are rounded out to the step.
long classes_for(double min, double max, double step) {
  return std::lround(std::ceil(max / step) - std::floor(min / step));
}

}  // namespace

std::vector<double> PrettyBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  const double min = sorted.front(), max = sorted.back();
  std::vector<double> breaks;
  if (max == min) return breaks;
  // Candidate steps around the plain range/count, one decade either side.
  const int decade = static_cast<int>(std::floor(std::log10((max - min) / class_count)));
  double best_step = 0;
  long best_miss = 0;
  for (int e = decade + 1; e >= decade - 1; --e)
    for (double mantissa : {5.0, 2.0, 1.0}) {
      const double step = mantissa * std::pow(10.0, e);
      const long miss = std::labs(classes_for(min, max, step) - class_count);
      if (best_step == 0 || miss < best_miss) best_step = step, best_miss = miss;  // coarser steps come first
    }
  // Multiples by index, not by repeated addition, so 0.1 steps stay 0.3 and not 0.30000000000000004.
  const long first = std::lround(std::floor(min / best_step)) + 1;
  const long last = std::lround(std::ceil(max / best_step)) - 1;
  const int exponent = static_cast<int>(std::floor(std::log10(best_step)));
  for (long i = first; i <= last; ++i) {
    double b = static_cast<double>(i) * best_step;
    if (exponent < 0) b = std::round(b * std::pow(10.0, -exponent)) / std::pow(10.0, -exponent);
    if (b > min && b <= max) breaks.push_back(b);
  }
  return breaks;
}

}  // namespace ruralatlas::style
