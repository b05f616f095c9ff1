#include "style/classification_method.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::style {

std::size_t Classification::class_of(double value) const {
  if (classes.empty()) return 0;
  const auto above = std::upper_bound(breaks.begin(), breaks.end(), value) - breaks.begin();
  return std::min(static_cast<std::size_t>(above), classes.size() - 1);
}

Classification ClassificationMethod::classify(std::span<const double> values, int class_count,
                                              const ClassLabelFormat& format) const {
  if (uses_class_count() && (class_count < 1 || class_count > kMaxClasses)) {
    core::Diagnostic d;
    d.message = "cannot make " + std::to_string(class_count) + " classes with method '" + std::string(id()) + "'";
    d.hint = "use between 1 and " + std::to_string(kMaxClasses) + " classes";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  Classification result;
  result.method = std::string(id());
  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (double v : values) {
    if (std::isfinite(v))
      sorted.push_back(v);
    else
      ++result.ignored;
  }
  if (sorted.empty()) return result;
  std::sort(sorted.begin(), sorted.end());

  result.breaks = compute_breaks(sorted, class_count);
  std::sort(result.breaks.begin(), result.breaks.end());
  result.breaks.erase(std::unique(result.breaks.begin(), result.breaks.end()), result.breaks.end());

  const std::size_t n = result.breaks.size() + 1;
  result.classes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto& c = result.classes[i];
    c.lower = i == 0 ? std::min(sorted.front(), n > 1 ? result.breaks.front() : sorted.front()) : result.breaks[i - 1];
    c.upper = i + 1 == n ? std::max(sorted.back(), n > 1 ? result.breaks.back() : sorted.back()) : result.breaks[i];
  }
  // Sorted values: each class is one run, found by binary search on its upper bound.
  auto begin = sorted.begin();
  for (std::size_t i = 0; i < n; ++i) {
    auto end = i + 1 == n ? sorted.end() : std::lower_bound(begin, sorted.end(), result.breaks[i]);
    result.classes[i].count = static_cast<std::size_t>(end - begin);
    begin = end;
  }

  // Open-ended labels show only the breaks, so the data's extremes do not set the decimals.
  std::vector<double> bounds = result.breaks;
  if (!format.open_ends || n == 1) {
    bounds.insert(bounds.begin(), result.classes.front().lower);
    bounds.push_back(result.classes.back().upper);
  }
  const int decimals = label_decimals(bounds, format);
  for (std::size_t i = 0; i < n; ++i) {
    auto& c = result.classes[i];
    c.label = class_label(c.lower, c.upper, i == 0, i + 1 == n, decimals, format);
  }
  return result;
}

}  // namespace ruralatlas::style
