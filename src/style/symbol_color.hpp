#pragma once
// The one colour that tells a symbol's class apart: a marker's and a polygon's fill, a line's
// colour. Categorized and graduated-colour styles copy a template symbol in each class colour.
#include <optional>

#include "style/color.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::style {

/// `symbol` with its class colour set to `color`.
Symbol recolored(Symbol symbol, const Color& color);

/// The class colour of `symbol`; nothing for a hollow fill or a marker without fill.
std::optional<Color> class_color(const Symbol& symbol);

}  // namespace ruralatlas::style
