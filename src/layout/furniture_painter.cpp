#include "layout/furniture_painter.hpp"

#include <QFontMetricsF>
#include <QPainterPath>

#include "render/font_setup.hpp"

namespace ruralatlas::layout {

void paint_scale_bar(QPainter& painter, const QRectF& box, const ScaleBarSpec& spec, double scale_denominator,
                     double px_per_mm) {
  painter.save();
  const QFont font = render::map_font("Noto Sans CJK SC", 7.5);
  const QFontMetricsF metrics(font, painter.device());
  painter.setFont(font);
  const double bar_h = 1.8 * px_per_mm;
  const double left = box.left() + metrics.horizontalAdvance("0") / 2;
  const double bar_top = box.top() + metrics.height() + 0.8 * px_per_mm;
  const double width = spec.width_mm * px_per_mm;
  const double segment = width / spec.segments;
  painter.setPen(QPen(Qt::black, 0.25 * px_per_mm));
  for (int i = 0; i < spec.segments; ++i) {
    painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
    painter.drawRect(QRectF(left + i * segment, bar_top, segment, bar_h));
  }
  painter.setPen(Qt::black);
  for (int i = 0; i <= spec.segments; ++i) {
    QString label = QString::fromStdString(scale_bar_label(spec.ground_length_m * i / spec.segments, spec.kilometres));
    if (i == spec.segments) label += spec.kilometres ? " km" : " m";
    const double w = metrics.horizontalAdvance(i == spec.segments ? label.left(label.indexOf(' ')) : label);
    painter.drawText(QPointF(left + i * segment - w / 2, box.top() + metrics.ascent()), label);
  }
  painter.drawText(QPointF(left, bar_top + bar_h + 0.8 * px_per_mm + metrics.ascent()),
                   QString::fromStdString("比例尺 " + representative_fraction(scale_denominator)));
  painter.restore();
}

void paint_north_arrow(QPainter& painter, const QRectF& box, double px_per_mm) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  const QFont font = render::map_font("Noto Sans CJK SC", 9, true);
  const QFontMetricsF metrics(font, painter.device());
  const double cx = box.center().x();
  const double top = box.top() + metrics.height();
  const double bottom = box.bottom();
  const double half_w = std::min(box.width() / 2, (bottom - top) * 0.28);
  QPainterPath left_half, right_half;
  left_half.addPolygon(QPolygonF{{cx, top}, {cx - half_w, bottom}, {cx, bottom - (bottom - top) * 0.25}});
  right_half.addPolygon(QPolygonF{{cx, top}, {cx + half_w, bottom}, {cx, bottom - (bottom - top) * 0.25}});
  painter.setPen(QPen(Qt::black, 0.25 * px_per_mm));
  painter.setBrush(Qt::black);
  painter.drawPath(left_half);
  painter.setBrush(Qt::white);
  painter.drawPath(right_half);
  painter.setFont(font);
  const QString label = "北 N";
  painter.drawText(QPointF(cx - metrics.horizontalAdvance(label) / 2, box.top() + metrics.ascent()), label);
  painter.restore();
}

}  // namespace ruralatlas::layout
