#pragma once
// Polygon fills: colour, hatching clipped to the polygon, outline. Holes stay empty
// (paths use the odd-even rule).
#include <QPainter>
#include <QPainterPath>

#include "style/symbol.hpp"

namespace ruralatlas::render {

class FillPainter {
 public:
  FillPainter(QPainter& painter, const style::FillSymbol& fill, double px_per_mm);
  /// Fill, then hatch, then outline one polygon (odd-even path in device pixels).
  void draw(const QPainterPath& polygon);

 private:
  QPainter& m_painter;
  const style::FillSymbol& m_fill;
  double m_px_per_mm;
  QBrush m_brush;
  QPen m_outline;
};

/// Hatch lines of `fill` clipped to `path`. The lines are anchored to the device origin, not
/// to each polygon, so hatching runs on unbroken across neighbouring polygons.
void paint_hatch(QPainter& painter, const QPainterPath& path, const style::FillSymbol& fill, double px_per_mm);

}  // namespace ruralatlas::render
