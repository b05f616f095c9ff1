#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Breaks at round numbers (R's pretty()): every multiple of one step 1, 2 or 5 × 10^k that
/// lies inside the data's range, with the step whose count of classes over the rounded range
/// [floor(min/step)·step, ceil(max/step)·step] is nearest the count asked for (ties: the
/// coarser step). So 0–97% in 5 classes breaks at 20, 40, 60, 80, and the legend reads in
/// round numbers a meeting can remember.
class PrettyBreaks final : public ClassificationMethod {
 public:
  std::string_view id() const override { return "pretty"; }
  std::string_view title() const override { return "Pretty breaks (round numbers)"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
