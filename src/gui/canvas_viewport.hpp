#pragma once
// Where the map canvas looks: a centre in map units and a resolution (map units per logical
// pixel). Pan and zoom change only these two numbers, so the canvas can redraw its last image
// moved and scaled at once while the real render runs in the background.
#include <QPointF>
#include <QSizeF>

#include "core/geometry.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::gui {

class CanvasViewport {
 public:
  /// Shows all of `extent` in `size_px` with a small margin around it (full extent).
  void fit(const core::Envelope& extent, QSizeF size_px);
  /// Zooms by `factor` (> 1 zooms in) keeping the map point under `anchor_px` where it is.
  void zoom_at(QPointF anchor_px, double factor, QSizeF size_px);
  /// Moves the map with the mouse: a drag of `delta_px` moves the content by as much.
  void pan_by(QPointF delta_px);

  bool valid() const { return m_units_per_px > 0; }
  core::Point centre() const { return m_centre; }
  double units_per_px() const { return m_units_per_px; }
  /// The map view of a frame of `size_px` logical pixels at `dpi` logical pixels per inch,
  /// drawn on a device with `device_pixel_ratio` device pixels per logical pixel.
  render::MapView map_view(QSizeF size_px, double dpi, double metres_per_unit, double device_pixel_ratio = 1.0) const;
  /// Map point under a logical pixel of a frame of `size_px`.
  core::Point to_map(QPointF px, QSizeF size_px) const;
  /// Logical pixel of a map point in a frame of `size_px`.
  QPointF to_px(const core::Point& p, QSizeF size_px) const;

 private:
  core::Point m_centre{0, 0};
  double m_units_per_px = 0;
};

}  // namespace ruralatlas::gui
