#pragma once
// The numbers of one field, with what was not a number counted apart, so a graduated style
// can say why a map would be blank instead of drawing nothing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::style {

struct NumericColumn {
  std::vector<double> values;      ///< finite numbers (core::to_number: "85%" is 85)
  std::size_t missing = 0;         ///< null, blank or "-"
  std::size_t not_numeric = 0;     ///< text that is not a number
  std::string not_numeric_example; ///< the first such text, for messages
  bool text_field = false;         ///< the field is declared as text
};

/// Reads `field` of every feature. Throws core::Error if the layer lacks the field.
NumericColumn read_numeric_column(const core::Layer& layer, std::string_view field);

}  // namespace ruralatlas::style
