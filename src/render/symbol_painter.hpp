#pragma once
// Draws one symbol for one device geometry. Lines are drawn in two passes so every casing
// of a layer lies beneath every line of it.
#include <QPainter>

#include "render/device_geometry.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

enum class SymbolPass { Casing, Main };

void paint_symbol(QPainter& painter, const DeviceGeometry& geometry, const style::Symbol& symbol, SymbolPass pass,
                  double px_per_mm);

/// A marker centred on `centre` (also used by legends).
void paint_marker(QPainter& painter, QPointF centre, const style::MarkerSymbol& marker, double px_per_mm);

/// Hatch lines clipped to `path`.
void paint_hatch(QPainter& painter, const QPainterPath& path, const style::FillSymbol& fill, double px_per_mm);

}  // namespace ruralatlas::render
