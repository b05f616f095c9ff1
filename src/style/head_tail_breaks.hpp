#pragma once
#include "style/classification_method.hpp"

namespace ruralatlas::style {

/// Head/tail breaks (Jiang 2013) for heavy-tailed data such as relocation households or
/// investment amounts: break at the mean, then again at the mean of the head (the values
/// ≥ the break, matching the half-open classes), while the head stays a minority (under 40%
/// of the values it was taken from) and holds more than one value, up to the class count.
/// The count is a ceiling: the data decides how many classes it has.
class HeadTailBreaks final : public ClassificationMethod {
 public:
  /// A head must be a smaller share than this to be split again.
  static constexpr double kHeadShare = 0.4;

  std::string_view id() const override { return "head-tail"; }
  std::string_view title() const override { return "Head/tail breaks"; }

 private:
  std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const override;
};

}  // namespace ruralatlas::style
