#include "style/quantile_breaks.hpp"

#include <cmath>

namespace ruralatlas::style {

std::vector<double> QuantileBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  std::vector<double> breaks;
  const double n = static_cast<double>(sorted.size());
  for (int i = 1; i < class_count; ++i) {
    const double h = (n - 1) * i / class_count;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const double q = lo + 1 < sorted.size() ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    if (q > sorted.front()) breaks.push_back(q);  // a break at the minimum would leave its class empty
  }
  return breaks;
}

}  // namespace ruralatlas::style
