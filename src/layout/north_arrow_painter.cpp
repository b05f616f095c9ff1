#include "layout/north_arrow_painter.hpp"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainterPath>

#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

void paint_north_arrow(QPainter& painter, const QRectF& box, const NorthArrowItem& item, double px_per_mm) {
  const QString label = QString::fromStdString(item.label);
  // The label takes about a third of the height, at most 12 pt.
  const double label_pt = std::clamp(box.height() / px_per_mm * 0.3 / 0.3528 * 0.75, 5.0, 12.0);
  const QFont font = layout_font(label_pt, true);
  const QFontMetricsF metrics(font, painter.device());

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.translate(box.center());
  painter.rotate(item.rotation_deg);
  const double half_h = box.height() / 2;
  const double label_h = label.isEmpty() ? 0.0 : metrics.height();
  const double top = -half_h + label_h + 0.5 * px_per_mm;  // arrow tip
  const double bottom = half_h;
  const double notch = bottom - (bottom - top) * 0.22;  // the base is notched
  const double half_w = std::min(box.width() / 2, (bottom - top) * 0.3);

  QPainterPath left_half, right_half;
  left_half.addPolygon(QPolygonF{{0, top}, {-half_w, bottom}, {0, notch}, {0, top}});
  right_half.addPolygon(QPolygonF{{0, top}, {half_w, bottom}, {0, notch}, {0, top}});
  painter.setPen(QPen(Qt::black, 0.25 * px_per_mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setBrush(Qt::black);
  painter.drawPath(left_half);
  painter.setBrush(Qt::white);
  painter.drawPath(right_half);

  if (!label.isEmpty()) {
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(-metrics.horizontalAdvance(label) / 2, -half_h + metrics.ascent()), label);
  }
  painter.restore();
}

}  // namespace ruralatlas::layout
