#pragma once
// Draws an image item (a logo): scaled to fit its box with its proportions kept, centred.
#include <QPainter>
#include <QRectF>

#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

/// Throws core::Error (InputData) naming the file when it cannot be read as an image.
void paint_image(QPainter& painter, const QRectF& box, const ImageItem& item);

}  // namespace ruralatlas::layout
