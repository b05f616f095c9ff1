#include "style/numeric_column.hpp"

#include <algorithm>
#include <cmath>

namespace ruralatlas::style {

namespace {

bool blank(const core::Value& value) {
  if (core::is_null(value)) return true;
  const auto* text = std::get_if<std::string>(&value);
  if (!text) return false;
  const bool spaces = std::all_of(text->begin(), text->end(), [](char c) { return c == ' ' || c == '\t'; });
  return spaces || *text == "-";
}

}  // namespace

NumericColumn read_numeric_column(const core::Layer& layer, std::string_view field) {
  const std::size_t index = layer.require_field(field);
  NumericColumn column;
  column.text_field = layer.fields[index].type == core::FieldType::String;
  column.values.reserve(layer.features.size());
  for (const auto& feature : layer.features) {
    const core::Value& value = index < feature.attributes.size() ? feature.attributes[index] : core::Value{};
    if (auto v = core::to_number(value); v && std::isfinite(*v)) {
      column.values.push_back(*v);
    } else if (blank(value)) {
      ++column.missing;
    } else if (column.not_numeric++ == 0) {
      column.not_numeric_example = core::to_text(value);
    }
  }
  return column;
}

}  // namespace ruralatlas::style
