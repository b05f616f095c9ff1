#pragma once
// The transform between map coordinates (map CRS units, y up) and device pixels
// (y down, origin at the frame's top-left corner) for one map frame.
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include "core/geometry.hpp"

namespace ruralatlas::render {

class MapView {
 public:
  /// Shows at least `extent` in a frame of `frame_px` device pixels at `dpi`, centred; the
  /// extent is widened on one axis to keep map units square. `metres_per_unit` comes from the
  /// map Crs. Throws core::Error (Internal) for an empty frame, a dpi <= 0 or an empty extent.
  MapView(const core::Envelope& extent, QSizeF frame_px, double dpi, double metres_per_unit = 1.0);
  /// A frame centred on `centre` at a fixed scale 1:scale_denominator.
  static MapView at_scale(core::Point centre, double scale_denominator, QSizeF frame_px, double dpi,
                          double metres_per_unit = 1.0);

  QPointF to_device(const core::Point& p) const {
    return {(p.x() - m_extent.min_corner().x()) / m_units_per_px, (m_extent.max_corner().y() - p.y()) / m_units_per_px};
  }
  core::Point to_map(const QPointF& p) const;
  /// What the frame shows (at least the extent asked for).
  const core::Envelope& extent() const { return m_extent; }
  QSizeF frame_px() const { return m_frame_px; }
  QRectF frame_rect() const { return {QPointF(0, 0), m_frame_px}; }
  double dpi() const { return m_dpi; }
  double px_per_mm() const { return m_dpi / 25.4; }
  double map_units_per_px() const { return m_units_per_px; }
  /// 1:N at print size: ground metres per metre of paper.
  double scale_denominator() const;
  double metres_per_unit() const { return m_metres_per_unit; }

 private:
  core::Envelope m_extent;
  QSizeF m_frame_px;
  double m_dpi;
  double m_metres_per_unit;
  double m_units_per_px;
};

}  // namespace ruralatlas::render
