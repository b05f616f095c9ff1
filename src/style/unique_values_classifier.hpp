#pragma once
// Expands a `categories: auto` style into one rule per distinct value of its field.
#include "core/layer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::style {

/// Replaces style.rules by one rule per distinct non-blank value of style.field (numbers in
/// numeric order when every value is a number, else text order), coloured in value order,
/// plus a grey "无数据" rule when some features have no value. Throws core::Error (Config)
/// when the field has more distinct values than spec.max_categories, or more than the ramp
/// has colours. A no-op unless style.unique_values is set.
void classify_unique_values(LayerStyle& style, const core::Layer& layer);

}  // namespace ruralatlas::style
