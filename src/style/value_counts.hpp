#pragma once
// The distinct values of a field and how many features have each: what a categorized style
// makes its classes from.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::style {

struct ValueCounts {
  /// Distinct non-blank values with their feature counts: in numeric order when every value
  /// is a number, else in text order.
  std::vector<std::pair<std::string, std::size_t>> values;
  std::size_t missing = 0;  ///< features whose value is absent or blank
};

/// Counts the values of field `field` (an index into layer.fields) over the layer's features.
ValueCounts count_values(const core::Layer& layer, std::size_t field);

}  // namespace ruralatlas::style
