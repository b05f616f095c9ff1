#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Natural breaks: the exact Fisher (1958) / Jenks optimum, the partition of the ordered
/// values into k runs with the smallest total within-class sum of squared deviations.
/// No sampling. Tied values are merged first (weighted), so a class never splits them,
/// and the dynamic programme runs over distinct values: k layers of
///   cost[c][j] = min over i of cost[c-1][i] + SSE(values i..j)
/// each solved by divide and conquer on the monotone optimal split (the SSE of sorted
/// one-dimensional data satisfies the quadrangle inequality), O(k · m log m) for m distinct
/// values instead of the textbook O(k · m²) — still exact, and fast for 500k villages.
class FisherJenksBreaks final : public ClassificationMethod {
 public:
  std::string_view id() const override { return "jenks"; }
  std::string_view title() const override { return "Natural breaks (Fisher-Jenks)"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
