#include "layout/grid_painter.hpp"

#include <QFontMetricsF>

#include "layout/edge_label.hpp"
#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

namespace {

const QColor kLineColour(90, 90, 90, 160);
const QColor kTextColour(60, 60, 60);
constexpr double kLabelPadMm = 0.6;


}  // namespace

void paint_grid(QPainter& painter, const QRectF& frame, const render::MapView& view, const GridOptions& options,
                double px_per_mm) {
  const auto& e = view.extent();
  const double mpu = view.metres_per_unit();
  const double interval_m = options.interval_m > 0
                                ? options.interval_m
                                : auto_grid_interval_m((e.max_corner().x() - e.min_corner().x()) * mpu);
  const double interval = interval_m / mpu;
  const auto xs = grid_positions(e.min_corner().x(), e.max_corner().x(), interval);
  const auto ys = grid_positions(e.min_corner().y(), e.max_corner().y(), interval);

  painter.save();
  painter.setClipRect(frame);
  painter.translate(frame.topLeft());
  painter.setPen(QPen(kLineColour, options.line_mm * px_per_mm));
  for (double x : xs) {
    const double px = view.to_device({x, e.min_corner().y()}).x();
    painter.drawLine(QPointF(px, 0), QPointF(px, frame.height()));
  }
  for (double y : ys) {
    const double py = view.to_device({e.min_corner().x(), y}).y();
    painter.drawLine(QPointF(0, py), QPointF(frame.width(), py));
  }
  if (options.labels) {
    painter.setFont(layout_font(options.text_pt));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double pad = kLabelPadMm * px_per_mm;
    for (double x : xs)  // eastings: along the top, right of their line
      draw_edge_label(painter, QPointF(view.to_device({x, 0}).x() + pad, pad + metrics.ascent()),
                      QString::fromStdString(grid_label(x * mpu, interval_m)), kTextColour);
    for (double y : ys) {  // northings: along the left, above their line, clear of the top row
      if (view.to_device({0, y}).y() - pad - metrics.ascent() < pad + metrics.height()) continue;
      draw_edge_label(painter, QPointF(pad, view.to_device({0, y}).y() - pad),
                      QString::fromStdString(grid_label(y * mpu, interval_m)), kTextColour);
    }
  }
  painter.restore();
}

}  // namespace ruralatlas::layout
