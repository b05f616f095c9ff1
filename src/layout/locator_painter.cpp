#include "layout/locator_painter.hpp"

#include <algorithm>

#include "layout/map_frame_painter.hpp"
#include "layout/map_frame_view.hpp"

namespace ruralatlas::layout {

namespace {
constexpr double kMinOutlineMm = 1.5;
}

QRectF paint_locator(QPainter& painter, const QRectF& box, const LocatorItem& item, const MapContent& map,
                     const core::Envelope& shown, double px_per_mm) {
  MapFrameItem frame;
  frame.rect = {0, 0, box.width() / px_per_mm, box.height() / px_per_mm};
  frame.map = item.map;
  frame.margin_pct = 4.0;
  const auto view = frame_view(frame, map, px_per_mm);
  paint_map_frame(painter, box, view, map.layers, item.border_mm, style::Color{60, 60, 60}, px_per_mm);

  QRectF outline = QRectF(view.to_device(shown.min_corner()), view.to_device(shown.max_corner()))
                       .normalized()
                       .translated(box.topLeft());
  const double min_px = kMinOutlineMm * px_per_mm;
  if (outline.width() < min_px || outline.height() < min_px) {
    const QPointF c = outline.center();
    outline = QRectF(c.x() - std::max(outline.width(), min_px) / 2, c.y() - std::max(outline.height(), min_px) / 2,
                     std::max(outline.width(), min_px), std::max(outline.height(), min_px));
  }
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setClipRect(box);
  painter.setPen(QPen(QColor(item.highlight.r, item.highlight.g, item.highlight.b, item.highlight.a),
                      item.line_mm * px_per_mm, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(outline);
  painter.restore();
  return outline;
}

}  // namespace ruralatlas::layout
