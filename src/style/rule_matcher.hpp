#pragma once
#include <cstddef>
#include <vector>

#include "core/value.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::style {

/// Indices of the rules that draw a feature: every non-else rule whose filter matches (or
/// that has no filter); when none does, the else rules. Filters must be bound.
void match_rules(const LayerStyle& style, const std::vector<core::Value>& attributes, std::vector<std::size_t>& out);

}  // namespace ruralatlas::style
