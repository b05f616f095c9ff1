#pragma once
#include <QPainter>
#include <QRectF>
#include <vector>

#include "core/geometry.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

/// Draws the legend swatch of a rule's symbols in `box` (device units): a marker centred,
/// a horizontal line (casing beneath), or a filled rectangle, according to `kind`; for
/// GeometryKind::None (an empty layer) the kind is guessed from the symbols. Symbol sizes in
/// mm use `px_per_mm`, as on the map.
void draw_symbol_swatch(QPainter& painter, const QRectF& box, const std::vector<style::Symbol>& symbols,
                        core::GeometryKind kind, double px_per_mm);

}  // namespace ruralatlas::render
