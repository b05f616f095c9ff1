#pragma once
#include <vector>

#include <QPainter>
#include <QRectF>

#include "core/geometry.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

/// Draws the legend swatch of a rule's symbols in `box` (device units): a marker centred,
/// a horizontal line, or a filled rectangle, according to `kind`.
void draw_symbol_swatch(QPainter& painter, const QRectF& box, const std::vector<style::Symbol>& symbols,
                        core::GeometryKind kind, double px_per_mm);

}  // namespace ruralatlas::render
