#include "gui/class_symbol.hpp"

namespace ruralatlas::gui {

style::Symbol class_template_symbol(core::GeometryKind kind) {
  switch (kind) {
    case core::GeometryKind::Point:
      return style::MarkerSymbol{style::MarkerShape::Circle, 1.8, style::Color{0, 0, 0}, style::Color{255, 255, 255}, 0.2};
    case core::GeometryKind::Line: return style::LineSymbol{style::Color{0, 0, 0}, 0.8, {}, std::nullopt, 0.0};
    default: {
      style::FillSymbol fill;
      fill.outline = style::Color{255, 255, 255};
      fill.outline_width_mm = 0.1;
      return fill;
    }
  }
}

}  // namespace ruralatlas::gui
