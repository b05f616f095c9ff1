#pragma once
// Line symbols on lines (roads) and on polygon outlines. Casings are a separate pass: the
// renderer draws every casing of a layer before any of its lines, so junctions merge.
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include "style/symbol.hpp"

namespace ruralatlas::render {

enum class LinePass { Casing, Line };

/// Sets the pen for one pass of a line symbol; draw() then strokes any number of parts.
class LinePainter {
 public:
  LinePainter(QPainter& painter, const style::LineSymbol& line, LinePass pass, double px_per_mm);

  /// False for the casing pass of a symbol without a casing: nothing to draw.
  bool active() const { return m_active; }
  void draw(const QPolygonF& part) {
    if (m_active) m_painter.drawPolyline(part);
  }
  void draw(const QPainterPath& outline) {
    if (m_active) m_painter.drawPath(outline);
  }

 private:
  QPainter& m_painter;
  bool m_active;
};

}  // namespace ruralatlas::render
