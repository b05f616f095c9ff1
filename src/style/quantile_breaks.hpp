#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Classes holding about the same number of values. Break i of k is the i/k quantile,
/// interpolated between the two nearest ordered values (Hyndman & Fan type 7, the default
/// of R and NumPy); breaks that coincide with the smallest value or with each other are
/// merged, so heavily tied data gets fewer classes rather than empty ones.
class QuantileBreaks final : public ClassificationMethod {
 public:
  std::string_view id() const override { return "quantile"; }
  std::string_view title() const override { return "Quantile (equal count)"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
