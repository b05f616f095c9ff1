#pragma once
// The symbol the style panel gives each class of a layer, in the class's colour: a circle
// for points, a line for lines, a fill with a thin white outline for polygons.
#include "core/geometry.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::gui {

/// The template symbol for classes of a layer of `kind`; its class colour is black.
style::Symbol class_template_symbol(core::GeometryKind kind);

}  // namespace ruralatlas::gui
