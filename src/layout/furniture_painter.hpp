#pragma once
// Scale bar and north arrow drawing.
#include <QPainter>
#include <QRectF>

#include "layout/scale_bar_spec.hpp"

namespace ruralatlas::layout {

/// Alternating black and white segments along the bottom of `box`, labels above, the
/// representative fraction below.
void paint_scale_bar(QPainter& painter, const QRectF& box, const ScaleBarSpec& spec, double scale_denominator,
                     double px_per_mm);

/// An arrow pointing up (grid north of the map CRS) with "北 N".
void paint_north_arrow(QPainter& painter, const QRectF& box, double px_per_mm);

}  // namespace ruralatlas::layout
