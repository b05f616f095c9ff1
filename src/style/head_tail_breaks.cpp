#include "style/head_tail_breaks.hpp"

#include <algorithm>

namespace ruralatlas::style {

std::vector<double> HeadTailBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  std::vector<double> breaks;
  std::span<const double> part = sorted;
  while (static_cast<int>(breaks.size()) + 1 < class_count && part.size() > 1) {
    double mean = 0;
    for (double v : part) mean += v;
    mean /= static_cast<double>(part.size());
    const auto head = part.subspan(static_cast<std::size_t>(std::lower_bound(part.begin(), part.end(), mean) - part.begin()));
    if (head.empty() || head.size() == part.size()) break;  // all values equal: nothing to split
    breaks.push_back(mean);
    if (static_cast<double>(head.size()) >= kHeadShare * static_cast<double>(part.size())) break;
    part = head;
  }
  return breaks;
}

}  // namespace ruralatlas::style
