#pragma once
// Expands a graduated style into rules once the values of its field are known.
#include <span>

#include "core/layer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::style {

/// Classifies `values` with style.graduated and replaces style.rules by one rule per class
/// (filter on style.field, label from the class, the template symbol with the class's colour
/// or size) plus the no-data else rule; stores the classes in style.classification. Calling
/// it again reclassifies. Throws core::Error (Config) for an unknown method or ramp.
void classify_graduated(LayerStyle& style, std::span<const double> values);

/// classify_graduated on the values of style.field in `layer`, checking them first: a text
/// field without numbers, or no values at all, is a core::Error (a blank map explains
/// nothing). Features without a number get the style's no-data rule, or a grey one when the
/// style has none; a no-data rule nothing falls into is left out of the rules (and legend). Merged classes, constant values and text read as no data are added to
/// style.warnings.
void classify_graduated_layer(LayerStyle& style, const core::Layer& layer);

/// The numeric values of `field` in `layer` (core::to_number: "85%" is 85; nulls and text
/// that is not a number are left out). Throws core::Error if the layer lacks the field.
std::vector<double> numeric_values(const core::Layer& layer, std::string_view field);

}  // namespace ruralatlas::style
