#pragma once
// Levenshtein distance and "did you mean" for names in style messages (style-internal).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ruralatlas::style::detail {

inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

/// The candidate nearest to `written` within a third of its length (at least 2 edits), or "".
template <class Range>
std::string nearest_name(std::string_view written, const Range& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, written.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(written, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace ruralatlas::style::detail
