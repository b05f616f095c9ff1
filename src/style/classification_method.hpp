#pragma once
// Classification of numeric values into classes for graduated styles (QGIS's
// QgsClassificationMethod without icons, XML or layers): pure computation on a span.
//
// Template method: the public, non-virtual classify() sorts, validates, counts and labels;
// each method only supplies the inner class breaks (compute_breaks). Classes are half-open,
// [lower, upper), except the last, which is closed: a value equal to a break belongs to the
// class above it, so "≥ 90" means what it says.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "style/class_labels.hpp"

namespace ruralatlas::style {

struct DataClass {
  double lower = 0;       ///< inclusive
  double upper = 0;       ///< exclusive, except for the last class
  std::string label;      ///< legend text, e.g. "80–90%"
  std::size_t count = 0;  ///< values in the class
};

struct Classification {
  std::string method;          ///< id of the method that made it
  std::vector<double> breaks;  ///< inner bounds, strictly ascending: classes.size() - 1 of them
  std::vector<DataClass> classes;
  std::size_t ignored = 0;  ///< non-finite values left out

  /// Index of the class that holds `value` (below the first bound: 0; above the last: the last).
  std::size_t class_of(double value) const;
};

class ClassificationMethod {
 public:
  static constexpr int kMaxClasses = 32;

  virtual ~ClassificationMethod() = default;

  /// Short id used in style files: "equal-interval", "quantile", "jenks", "manual", "pretty",
  /// "standard-deviation", "head-tail".
  virtual std::string_view id() const = 0;
  /// Human-readable name.
  virtual std::string_view title() const = 0;
  /// False for methods whose breaks are given (manual): class_count is then ignored.
  virtual bool uses_class_count() const { return true; }

  /// Classes for `values` (not modified; non-finite values are ignored and counted). No values
  /// give no classes; fewer distinct values than classes give fewer classes (except manual
  /// breaks, whose classes are policy and stay, empty or not). Throws core::Error (Config)
  /// when class_count is outside 1..kMaxClasses for a method that uses it.
  Classification classify(std::span<const double> values, int class_count, const ClassLabelFormat& format = {}) const;

 private:
  /// Inner breaks for `sorted` (ascending, finite, not empty), ascending; classify() removes
  /// duplicates. Class i is [break i-1, break i).
  virtual std::vector<double> compute_breaks(std::span<const double> sorted, int class_count) const = 0;
};

}  // namespace ruralatlas::style
