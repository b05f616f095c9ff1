#include "render/line_painter.hpp"

#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

LinePainter::LinePainter(QPainter& painter, const style::LineSymbol& line, LinePass pass, double px_per_mm)
    : m_painter(painter), m_active(pass == LinePass::Line || line.casing.has_value()) {
  if (!m_active) return;
  painter.setBrush(Qt::NoBrush);
  if (pass == LinePass::Casing)
    painter.setPen(detail::make_pen(*line.casing, line.casing_width_mm, {}, px_per_mm));
  else
    painter.setPen(detail::make_pen(line.color, line.width_mm, line.dash_mm, px_per_mm));
}

}  // namespace ruralatlas::render
