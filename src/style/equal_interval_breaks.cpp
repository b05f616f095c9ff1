#include "style/equal_interval_breaks.hpp"

namespace ruralatlas::style {

std::vector<double> EqualIntervalBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  const double min = sorted.front(), max = sorted.back();
  std::vector<double> breaks;
  if (max == min) return breaks;
  for (int i = 1; i < class_count; ++i) breaks.push_back(min + (max - min) * i / class_count);
  return breaks;
}

}  // namespace ruralatlas::style
