#pragma once
// The transform between map coordinates (map CRS units, y up) and device pixels
// (y down) for one map frame.
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include "core/geometry.hpp"

namespace ruralatlas::render {

class MapView {
 public:
  /// Shows at least `extent` in a frame of `frame_px` device pixels at `dpi`; the extent is
  /// widened on one axis to keep map units square. `metres_per_unit` comes from the map Crs.
  MapView(const core::Envelope& extent, QSizeF frame_px, double dpi, double metres_per_unit = 1.0);
  /// A frame centred on `centre` at a fixed scale 1:scale_denominator.
  static MapView at_scale(core::Point centre, double scale_denominator, QSizeF frame_px, double dpi,
                          double metres_per_unit = 1.0);

  QPointF to_device(const core::Point& p) const;
  core::Point to_map(const QPointF& p) const;
  const core::Envelope& extent() const { return m_extent; }
  QSizeF frame_px() const { return m_frame_px; }
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
