#include "render/fill_painter.hpp"

#include <cmath>

#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

constexpr double kHatchLineMm = 0.15;

}  // namespace

FillPainter::FillPainter(QPainter& painter, const style::FillSymbol& fill, double px_per_mm)
    : m_painter(painter), m_fill(fill), m_px_per_mm(px_per_mm) {
  if (fill.fill) m_brush = QBrush(detail::to_qcolor(*fill.fill));
  if (fill.outline) m_outline = detail::make_pen(*fill.outline, fill.outline_width_mm, fill.outline_dash_mm, px_per_mm);
}

void FillPainter::draw(const QPainterPath& polygon) {
  if (m_fill.fill) {
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_brush);
    m_painter.drawPath(polygon);
  }
  if (m_fill.hatch != style::Hatch::None) paint_hatch(m_painter, polygon, m_fill, m_px_per_mm);
  if (m_fill.outline) {
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(m_outline);
    m_painter.drawPath(polygon);
  }
}

void paint_hatch(QPainter& painter, const QPainterPath& path, const style::FillSymbol& fill, double px_per_mm) {
  const QRectF box = path.boundingRect();
  if (box.isEmpty()) return;
  const double step = std::max(fill.hatch_spacing_mm * px_per_mm, 2.0);  // perpendicular spacing
  painter.save();
  painter.setClipPath(path, Qt::IntersectClip);
  painter.setBrush(Qt::NoBrush);
  painter.setPen(detail::make_pen(fill.hatch_color, kHatchLineMm, {}, px_per_mm));
  // Forward "/" lines are x + y = c, backward "\" lines x - y = c (y points down); c steps by
  // step·√2 so the lines are `step` apart, and multiples of it keep neighbours aligned.
  const double diagonal_step = step * std::sqrt(2.0);
  auto forward = [&] {
    for (double c = std::floor((box.left() + box.top()) / diagonal_step) * diagonal_step;
         c <= box.right() + box.bottom(); c += diagonal_step)
      painter.drawLine(QPointF(c - box.bottom(), box.bottom()), QPointF(c - box.top(), box.top()));
  };
  auto backward = [&] {
    for (double c = std::floor((box.left() - box.bottom()) / diagonal_step) * diagonal_step;
         c <= box.right() - box.top(); c += diagonal_step)
      painter.drawLine(QPointF(c + box.top(), box.top()), QPointF(c + box.bottom(), box.bottom()));
  };
  switch (fill.hatch) {
    case style::Hatch::Forward:
      forward();
      break;
    case style::Hatch::Backward:
      backward();
      break;
    case style::Hatch::Cross:
      forward();
      backward();
      break;
    case style::Hatch::Horizontal:
      for (double y = std::floor(box.top() / step) * step; y <= box.bottom(); y += step)
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
      break;
    case style::Hatch::Vertical:
      for (double x = std::floor(box.left() / step) * step; x <= box.right(); x += step)
        painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
      break;
    case style::Hatch::None:
      break;
  }
  painter.restore();
}

}  // namespace ruralatlas::render
