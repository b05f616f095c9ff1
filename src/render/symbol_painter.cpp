#include "render/symbol_painter.hpp"

#include <cmath>
#include <numbers>

#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

QPainterPath marker_path(style::MarkerShape shape, QPointF c, double size_px) {
  const double r = size_px / 2;
  QPainterPath path;
  switch (shape) {
    case style::MarkerShape::Circle: path.addEllipse(c, r, r); break;
    case style::MarkerShape::Square: path.addRect(QRectF(c.x() - r, c.y() - r, size_px, size_px)); break;
    case style::MarkerShape::Triangle: {
      const double h = size_px * std::sqrt(3.0) / 2;
      path.addPolygon(QPolygonF{{c.x(), c.y() - h * 2 / 3}, {c.x() + r, c.y() + h / 3}, {c.x() - r, c.y() + h / 3}});
      path.closeSubpath();
      break;
    }
    case style::MarkerShape::Diamond:
      path.addPolygon(QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
      path.closeSubpath();
      break;
    case style::MarkerShape::Star: {
      QPolygonF star;
      for (int i = 0; i < 10; ++i) {
        const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const double radius = i % 2 ? r * 0.45 : r;
        star.append({c.x() + radius * std::cos(a), c.y() + radius * std::sin(a)});
      }
      path.addPolygon(star);
      path.closeSubpath();
      break;
    }
    case style::MarkerShape::Cross: {
      const double t = size_px * 0.18;
      path.addRect(QRectF(c.x() - r, c.y() - t, size_px, 2 * t));
      path.addRect(QRectF(c.x() - t, c.y() - r, 2 * t, size_px));
      path = path.simplified();
      break;
    }
  }
  return path;
}

void paint_line(QPainter& painter, const DeviceLines& lines, const style::LineSymbol& line, SymbolPass pass,
                double px_per_mm) {
  if (pass == SymbolPass::Casing) {
    if (!line.casing) return;
    painter.setPen(detail::make_pen(*line.casing, line.casing_width_mm, {}, px_per_mm));
  } else {
    painter.setPen(detail::make_pen(line.color, line.width_mm, line.dash_mm, px_per_mm));
  }
  painter.setBrush(Qt::NoBrush);
  for (const auto& part : lines.parts) painter.drawPolyline(part);
}

void paint_fill(QPainter& painter, const DevicePolygons& polygons, const style::FillSymbol& fill, double px_per_mm) {
  painter.setPen(Qt::NoPen);
  if (fill.fill) {
    painter.setBrush(detail::to_qcolor(*fill.fill));
    painter.drawPath(polygons.path);
  }
  if (fill.hatch != style::Hatch::None) paint_hatch(painter, polygons.path, fill, px_per_mm);
  if (fill.outline) {
    painter.setBrush(Qt::NoBrush);
    painter.setPen(detail::make_pen(*fill.outline, fill.outline_width_mm, fill.outline_dash_mm, px_per_mm));
    painter.drawPath(polygons.path);
  }
}

}  // namespace

namespace {

void set_marker_pen_and_brush(QPainter& painter, const style::MarkerSymbol& marker, double px_per_mm) {
  painter.setBrush(marker.fill ? QBrush(detail::to_qcolor(*marker.fill)) : QBrush(Qt::NoBrush));
  if (marker.stroke && marker.stroke_width_mm > 0)
    painter.setPen(detail::make_pen(*marker.stroke, marker.stroke_width_mm, {}, px_per_mm));
  else
    painter.setPen(Qt::NoPen);
}

/// Many markers of one symbol: pen and brush set once, circles and squares drawn directly
/// (cheaper than paths for half a million villages), other shapes from one path.
void paint_markers(QPainter& painter, const std::vector<QPointF>& centres, const style::MarkerSymbol& marker,
                   double px_per_mm) {
  set_marker_pen_and_brush(painter, marker, px_per_mm);
  const double size = marker.size_mm * px_per_mm, r = size / 2;
  if (marker.shape == style::MarkerShape::Circle) {
    for (const auto& c : centres) painter.drawEllipse(c, r, r);
  } else if (marker.shape == style::MarkerShape::Square) {
    for (const auto& c : centres) painter.drawRect(QRectF(c.x() - r, c.y() - r, size, size));
  } else {
    const QPainterPath shape = marker_path(marker.shape, QPointF(0, 0), size);
    for (const auto& c : centres) painter.drawPath(shape.translated(c));
  }
}

}  // namespace

void paint_marker(QPainter& painter, QPointF centre, const style::MarkerSymbol& marker, double px_per_mm) {
  paint_markers(painter, {centre}, marker, px_per_mm);
}

void paint_hatch(QPainter& painter, const QPainterPath& path, const style::FillSymbol& fill, double px_per_mm) {
  const QRectF box = path.boundingRect();
  const double step = std::max(fill.hatch_spacing_mm * px_per_mm, 2.0);
  painter.save();
  painter.setClipPath(path, Qt::IntersectClip);
  painter.setBrush(Qt::NoBrush);
  painter.setPen(detail::make_pen(fill.hatch_color, 0.15, {}, px_per_mm));
  const double span = box.width() + box.height();
  auto diagonal = [&](int direction) {
    for (double d = -span; d <= span; d += step) {
      if (direction > 0)
        painter.drawLine(QPointF(box.left() + d, box.bottom()), QPointF(box.left() + d + box.height(), box.top()));
      else
        painter.drawLine(QPointF(box.left() + d, box.top()), QPointF(box.left() + d + box.height(), box.bottom()));
    }
  };
  switch (fill.hatch) {
    case style::Hatch::Forward: diagonal(1); break;
    case style::Hatch::Backward: diagonal(-1); break;
    case style::Hatch::Cross: diagonal(1); diagonal(-1); break;
    case style::Hatch::Horizontal:
      for (double y = box.top(); y <= box.bottom(); y += step) painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
      break;
    case style::Hatch::Vertical:
      for (double x = box.left(); x <= box.right(); x += step) painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
      break;
    case style::Hatch::None: break;
  }
  painter.restore();
}

void paint_symbol(QPainter& painter, const DeviceGeometry& geometry, const style::Symbol& symbol, SymbolPass pass,
                  double px_per_mm) {
  if (const auto* line = std::get_if<style::LineSymbol>(&symbol)) {
    if (const auto* lines = std::get_if<DeviceLines>(&geometry)) paint_line(painter, *lines, *line, pass, px_per_mm);
    else if (const auto* polys = std::get_if<DevicePolygons>(&geometry); polys && pass == SymbolPass::Main) {
      painter.setBrush(Qt::NoBrush);
      painter.setPen(detail::make_pen(line->color, line->width_mm, line->dash_mm, px_per_mm));
      painter.drawPath(polys->path);
    }
    return;
  }
  if (pass == SymbolPass::Casing) return;
  if (const auto* marker = std::get_if<style::MarkerSymbol>(&symbol)) {
    if (const auto* points = std::get_if<DevicePoints>(&geometry)) paint_markers(painter, points->points, *marker, px_per_mm);
    return;
  }
  if (const auto* fill = std::get_if<style::FillSymbol>(&symbol)) {
    if (const auto* polys = std::get_if<DevicePolygons>(&geometry)) paint_fill(painter, *polys, *fill, px_per_mm);
  }
}

}  // namespace ruralatlas::render
