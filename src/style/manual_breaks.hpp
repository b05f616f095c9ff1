#pragma once
#include <vector>

#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Breaks given by the map maker, e.g. {60, 80, 90} for the classes < 60, 60–80, 80–90 and
/// ≥ 90. The classes are policy (the same on every atlas page), so they are kept even when
/// the data leaves some empty.
class ManualBreaks final : public ClassificationMethod {
 public:
  /// Throws core::Error (Config) unless the breaks are finite and strictly ascending.
  explicit ManualBreaks(std::vector<double> breaks);

  std::string_view id() const override { return "manual"; }
  std::string_view title() const override { return "Manual breaks"; }
  bool uses_class_count() const override { return false; }
  const std::vector<double>& breaks() const { return m_breaks; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;

  std::vector<double> m_breaks;
};

}  // namespace ruralatlas::style
