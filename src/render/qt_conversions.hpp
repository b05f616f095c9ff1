#pragma once
// Style data → Qt drawing objects (render-internal).
#include <QColor>
#include <QPen>
#include <vector>

#include "style/color.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render::detail {

inline QColor to_qcolor(const style::Color& c) { return QColor(c.r, c.g, c.b, c.a); }

/// A pen of `width_mm` (at least half a pixel) with an optional dash pattern in millimetres
/// (an odd-length pattern repeats whole, as in SVG). Lines up to 0.35 mm wide get bevel joins
/// and square caps: indistinguishable from round ones at that width on paper or screen, and
/// several times cheaper to rasterise for millions of road vertices.
QPen make_pen(const style::Color& color, double width_mm, const std::vector<double>& dash_mm, double px_per_mm);

}  // namespace ruralatlas::render::detail
