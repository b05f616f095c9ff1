#pragma once
// Point markers: one painter state per symbol, many markers (half a million villages).
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <array>
#include <span>

#include "style/symbol.hpp"

namespace ruralatlas::render {

/// The outline of `shape` with size `size_px` (diameter / side), centred on (0, 0).
QPainterPath marker_path(style::MarkerShape shape, double size_px);

/// Sets pen and brush once for a marker symbol, then draws it at any number of centres.
/// On raster devices (PNG, screen) the marker is rendered once into small antialiased
/// sprites, at four sub-pixel offsets, and blitted: within a quarter pixel of the exact
/// position and several times faster for half a million villages. Vector devices (PDF, SVG)
/// get real shapes: circles and squares as primitives, other shapes as one path translated.
class MarkerPainter {
 public:
  /// `sprites` false forces real shapes whatever the device.
  MarkerPainter(QPainter& painter, const style::MarkerSymbol& marker, double px_per_mm, bool sprites = true);

  void draw(QPointF centre);
  void draw(std::span<const QPointF> centres) {
    for (const auto& c : centres) draw(c);
  }
  /// Half the marker's extent in pixels, stroke included: labels keep clear of it.
  double radius_px() const { return m_radius_px; }

 private:
  void make_sprites(const style::MarkerSymbol& marker, double px_per_mm);

  QPainter& m_painter;
  style::MarkerShape m_shape;
  double m_size_px;
  double m_radius_px;
  QPainterPath m_path;              ///< shapes other than circle and square
  std::array<QImage, 4> m_sprites;  ///< raster only: offsets (0|½, 0|½) px; empty otherwise
  double m_sprite_half = 0;         ///< half the sprite's side
  QPointF m_device_offset;          ///< the painter's translation
};

/// One marker (legend swatches).
void paint_marker(QPainter& painter, QPointF centre, const style::MarkerSymbol& marker, double px_per_mm);

}  // namespace ruralatlas::render
