#include "layout/edge_label.hpp"

#include <QFontMetricsF>

namespace ruralatlas::layout {

void draw_edge_label(QPainter& painter, const QPointF& baseline_at, const QString& text, const QColor& colour) {
  const QFontMetricsF metrics(painter.font(), painter.device());
  const QRectF box(baseline_at.x(), baseline_at.y() - metrics.ascent(), metrics.horizontalAdvance(text),
                   metrics.height());
  painter.fillRect(box, QColor(255, 255, 255, 210));
  painter.setPen(colour);
  painter.drawText(baseline_at, text);
}

}  // namespace ruralatlas::layout
