#pragma once
// Draws a scale bar: alternating black and white segments, tick labels above ("0 5 10 20 km"),
// and the representative fraction below ("1:2,000,000").
#include <QPainter>
#include <QRectF>

#include "layout/print_layout.hpp"
#include "layout/scale_bar_spec.hpp"

namespace ruralatlas::layout {

/// Chooses the bar for the room in `box` (device units) at 1:scale_denominator and draws it;
/// the bar's left end is at box.left() + half the width of the "0" label. Returns the bar.
ScaleBarSpec paint_scale_bar(QPainter& painter, const QRectF& box, const ScaleBarItem& item, double scale_denominator,
                             double px_per_mm);

}  // namespace ruralatlas::layout
