#pragma once
#include <QPainter>
#include <QRectF>

#include "layout/print_layout.hpp"
#include "render/legend_model.hpp"

namespace ruralatlas::layout {

/// Draws the legend into `box` (device units), flowing groups into as many columns as the
/// height requires.
void paint_legend(QPainter& painter, const QRectF& box, const LegendItem& item, const render::LegendModel& model,
                  double px_per_mm);

}  // namespace ruralatlas::layout
