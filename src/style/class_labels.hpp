#pragma once
// Legend text for numeric classes: "80–90%", "< 60%", "≥ 90%".
#include <optional>
#include <span>
#include <string>

namespace ruralatlas::style {

struct ClassLabelFormat {
  /// Decimals shown; nullopt: the fewest that show every bound exactly, up to 2, or more
  /// when two different bounds would otherwise print alike.
  std::optional<int> decimals;
  std::string unit;        ///< appended to each label, e.g. "%" or " 户"
  bool open_ends = false;  ///< label the first class "< a" and the last "≥ b"
};

/// The decimals `format` asks for, or the automatic choice for these class bounds.
int label_decimals(std::span<const double> bounds, const ClassLabelFormat& format);

/// Fixed-point text without a sign on zero: 12.5 with 1 decimal is "12.5", -0.0 is "0".
std::string format_class_number(double value, int decimals);

/// "lower–upper" (en dash) for a class [lower, upper), one number for a class of one value,
/// "< upper" for an open first class, "≥ lower" for an open last one; unit appended.
std::string class_label(double lower, double upper, bool first, bool last, int decimals,
                        const ClassLabelFormat& format);

}  // namespace ruralatlas::style
