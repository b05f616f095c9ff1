#pragma once
// Draws a legend: group headings, a swatch per rule (render::draw_symbol_swatch), labels with
// optional counts, flowed into columns by place_legend and clipped to the item's box.
#include <QPainter>
#include <QRectF>

#include "layout/legend_placement.hpp"

namespace ruralatlas::layout {

/// `box` is the item's rectangle in device units; returns the placement used (its `fits`
/// and `text_pt` tell whether the legend had to shrink or overflows).
LegendPlacement paint_legend(QPainter& painter, const QRectF& box, const LegendItem& item,
                             const render::LegendModel& model, double px_per_mm);

}  // namespace ruralatlas::layout
