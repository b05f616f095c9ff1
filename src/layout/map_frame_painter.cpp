#include "layout/map_frame_painter.hpp"

#include "layout/focus_mask_painter.hpp"

namespace ruralatlas::layout {

render::RenderStats paint_map_frame(QPainter& painter, const QRectF& frame, const render::MapView& view,
                                    std::span<const render::StyledLayer> layers, double border_mm,
                                    const style::Color& border_color, double px_per_mm,
                                    const core::MultiPolygon* focus) {
  painter.save();
  painter.fillRect(frame, Qt::white);
  painter.setClipRect(frame);
  painter.translate(frame.topLeft());
  const auto stats = render::render_map(painter, view, layers);
  if (focus) paint_focus_mask(painter, view, *focus, px_per_mm);
  painter.restore();
  if (border_mm > 0) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(border_color.r, border_color.g, border_color.b, border_color.a), border_mm * px_per_mm,
                        Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
  }
  return stats;
}

}  // namespace ruralatlas::layout
