#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Classes of equal width between the smallest and the largest value.
class EqualIntervalBreaks final : public ClassificationMethod {
 public:
  std::string_view id() const override { return "equal-interval"; }
  std::string_view title() const override { return "Equal interval"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
