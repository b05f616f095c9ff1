#include "style/standard_deviation_breaks.hpp"

#include <cmath>

namespace ruralatlas::style {

std::vector<double> StandardDeviationBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  const double n = static_cast<double>(sorted.size());
  double mean = 0;
  for (double v : sorted) mean += v;
  mean /= n;
  double squares = 0;
  for (double v : sorted) squares += (v - mean) * (v - mean);
  const double sd = std::sqrt(squares / n);
  std::vector<double> breaks;
  if (!(sd > 0)) return breaks;
  for (int i = 1; i < class_count; ++i) {
    const double b = mean + (i - class_count / 2.0) * sd;
    if (b > sorted.front() && b <= sorted.back()) breaks.push_back(b);
  }
  return breaks;
}

}  // namespace ruralatlas::style
