#pragma once
// Style data → Qt drawing objects (render-internal).
#include <QColor>
#include <QPen>

#include "style/color.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render::detail {

inline QColor to_qcolor(const style::Color& c) { return QColor(c.r, c.g, c.b, c.a); }

/// A pen of `width_mm` with an optional dash pattern in millimetres.
QPen make_pen(const style::Color& color, double width_mm, const std::vector<double>& dash_mm, double px_per_mm);

}  // namespace ruralatlas::render::detail
