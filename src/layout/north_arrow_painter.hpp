#pragma once
// A north arrow: a two-tone arrowhead (left half black, right half white) under its label.
#include <QPainter>
#include <QRectF>

#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

/// Draws in `box` (device units), rotated clockwise by item.rotation_deg about the box centre.
void paint_north_arrow(QPainter& painter, const QRectF& box, const NorthArrowItem& item, double px_per_mm);

}  // namespace ruralatlas::layout
