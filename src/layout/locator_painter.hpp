#pragma once
// The locator inset: a small map of the whole region with the main frame's extent outlined.
#include <QPainter>
#include <QRectF>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

/// Draws `map` fitted into `box` (device units) and outlines `shown` (map-CRS extent of the
/// main frame) in item.highlight; an outline smaller than 1.5 mm is drawn at 1.5 mm so it
/// stays visible. Returns the outline in device units.
QRectF paint_locator(QPainter& painter, const QRectF& box, const LocatorItem& item, const MapContent& map,
                     const core::Envelope& shown, double px_per_mm);

}  // namespace ruralatlas::layout
