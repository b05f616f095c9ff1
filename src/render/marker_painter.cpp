#include "render/marker_painter.hpp"

#include <QPaintEngine>
#include <QPolygonF>
#include <cmath>
#include <numbers>

#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

/// Markers larger than this many pixels are drawn as shapes even on raster devices.
constexpr double kMaxSpritePx = 96;

}  // namespace

QPainterPath marker_path(style::MarkerShape shape, double size_px) {
  const double r = size_px / 2;
  QPainterPath path;
  switch (shape) {
    case style::MarkerShape::Circle:
      path.addEllipse(QPointF(0, 0), r, r);
      break;
    case style::MarkerShape::Square:
      path.addRect(QRectF(-r, -r, size_px, size_px));
      break;
    case style::MarkerShape::Triangle: {
      // Equilateral, centred on its centroid, with the same area feel as a circle of size_px.
      const double h = size_px * std::sqrt(3.0) / 2;
      path.addPolygon(QPolygonF{{0, -h * 2 / 3}, {r, h / 3}, {-r, h / 3}});
      path.closeSubpath();
      break;
    }
    case style::MarkerShape::Diamond:
      path.addPolygon(QPolygonF{{0, -r}, {r, 0}, {0, r}, {-r, 0}});
      path.closeSubpath();
      break;
    case style::MarkerShape::Star: {
      QPolygonF star;
      for (int i = 0; i < 10; ++i) {
        const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const double radius = i % 2 ? r * 0.45 : r;
        star.append({radius * std::cos(a), radius * std::sin(a)});
      }
      path.addPolygon(star);
      path.closeSubpath();
      break;
    }
    case style::MarkerShape::Cross: {
      const double t = size_px * 0.18;
      path.addRect(QRectF(-r, -t, size_px, 2 * t));
      path.addRect(QRectF(-t, -r, 2 * t, size_px));
      path = path.simplified();
      break;
    }
  }
  return path;
}

MarkerPainter::MarkerPainter(QPainter& painter, const style::MarkerSymbol& marker, double px_per_mm, bool sprites)
    : m_painter(painter), m_shape(marker.shape), m_size_px(marker.size_mm * px_per_mm) {
  painter.setBrush(marker.fill ? QBrush(detail::to_qcolor(*marker.fill)) : QBrush(Qt::NoBrush));
  double stroke_px = 0;
  if (marker.stroke && marker.stroke_width_mm > 0) {
    const QPen pen = detail::make_pen(*marker.stroke, marker.stroke_width_mm, {}, px_per_mm);
    stroke_px = pen.widthF();
    painter.setPen(pen);
  } else {
    painter.setPen(Qt::NoPen);
  }
  m_radius_px = m_size_px / 2 + stroke_px / 2;
  if (m_shape != style::MarkerShape::Circle && m_shape != style::MarkerShape::Square)
    m_path = marker_path(m_shape, m_size_px);
  const auto* engine = painter.paintEngine();
  if (sprites && engine && engine->type() == QPaintEngine::Raster &&
      painter.transform().type() <= QTransform::TxTranslate && m_radius_px * 2 <= kMaxSpritePx)
    make_sprites(marker, px_per_mm);
}

void MarkerPainter::make_sprites(const style::MarkerSymbol& marker, double px_per_mm) {
  m_device_offset = QPointF(m_painter.transform().dx(), m_painter.transform().dy());
  const int side = static_cast<int>(std::ceil(2 * m_radius_px)) + 3;
  m_sprite_half = side / 2.0;
  for (int i = 0; i < 4; ++i) {
    QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing, true);
    // The same pen and brush as the vector path, via a vector MarkerPainter on the sprite.
    MarkerPainter vector(p, marker, px_per_mm, false);
    vector.draw(QPointF(m_sprite_half + (i & 1) * 0.5, m_sprite_half + (i >> 1) * 0.5));
    p.end();
    m_sprites[static_cast<std::size_t>(i)] = std::move(sprite);
  }
}

void MarkerPainter::draw(QPointF c) {
  if (!m_sprites[0].isNull()) {
    // Sprite i has its centre at half + (½·(i&1), ½·(i>>1)): pick the one nearest c, in
    // device pixels (the painter may be translated by a fraction of a pixel), and blit it
    // at a whole device pixel.
    const double dx = m_device_offset.x(), dy = m_device_offset.y();
    const double tx = std::round((c.x() + dx - m_sprite_half) * 2) / 2;
    const double ty = std::round((c.y() + dy - m_sprite_half) * 2) / 2;
    const double px = std::floor(tx), py = std::floor(ty);
    const int i = (tx > px ? 1 : 0) + (ty > py ? 2 : 0);
    m_painter.drawImage(QPointF(px - dx, py - dy), m_sprites[static_cast<std::size_t>(i)]);
    return;
  }
  const double r = m_size_px / 2;
  switch (m_shape) {
    case style::MarkerShape::Circle:
      m_painter.drawEllipse(c, r, r);
      break;
    case style::MarkerShape::Square:
      m_painter.drawRect(QRectF(c.x() - r, c.y() - r, m_size_px, m_size_px));
      break;
    default:
      m_painter.drawPath(m_path.translated(c));
      break;
  }
}

void paint_marker(QPainter& painter, QPointF centre, const style::MarkerSymbol& marker, double px_per_mm) {
  MarkerPainter(painter, marker, px_per_mm).draw(centre);
}

}  // namespace ruralatlas::render
