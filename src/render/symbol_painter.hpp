#pragma once
// Draws one symbol on one device geometry, whichever kinds they are (legend swatches, single
// features). The map renderer batches the same painters over whole rules instead.
#include <QPainter>

#include "render/device_geometry.hpp"
#include "style/symbol.hpp"

namespace ruralatlas::render {

/// Lines are drawn in two passes so every casing lies beneath every line.
enum class SymbolPass { Casing, Main };

/// Markers draw on points, lines on lines and polygon outlines, fills on polygons; other
/// pairings draw nothing.
void paint_symbol(QPainter& painter, const DeviceGeometry& geometry, const style::Symbol& symbol, SymbolPass pass,
                  double px_per_mm);

}  // namespace ruralatlas::render
