#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Classes one (population) standard deviation wide, centred on the mean: breaks at
/// mean + (i − n/2)·sd for i = 1 … n−1, so an odd count has a middle class around the mean
/// and an even count a break at it. Breaks outside the data's range are dropped (classes
/// there would be empty). Shows which villages are unusual, not where the policy line is.
class StandardDeviationBreaks final : public ClassificationMethod {
 public:
  std::string_view id() const override { return "standard-deviation"; }
  std::string_view title() const override { return "Standard deviation"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
