#include "render/map_view.hpp"

#include <algorithm>

namespace ruralatlas::render {

MapView::MapView(const core::Envelope& extent, QSizeF frame_px, double dpi, double metres_per_unit)
    : m_frame_px(frame_px), m_dpi(dpi), m_metres_per_unit(metres_per_unit) {
  const double w = std::max(extent.max_corner().x() - extent.min_corner().x(), 1e-9);
  const double h = std::max(extent.max_corner().y() - extent.min_corner().y(), 1e-9);
  m_units_per_px = std::max(w / frame_px.width(), h / frame_px.height());
  const double cx = (extent.min_corner().x() + extent.max_corner().x()) / 2;
  const double cy = (extent.min_corner().y() + extent.max_corner().y()) / 2;
  const double half_w = m_units_per_px * frame_px.width() / 2, half_h = m_units_per_px * frame_px.height() / 2;
  m_extent = core::Envelope{{cx - half_w, cy - half_h}, {cx + half_w, cy + half_h}};
}

MapView MapView::at_scale(core::Point centre, double scale_denominator, QSizeF frame_px, double dpi,
                          double metres_per_unit) {
  // Ground metres per pixel = scale × paper metres per pixel.
  const double units_per_px = scale_denominator * (0.0254 / dpi) / metres_per_unit;
  const double half_w = units_per_px * frame_px.width() / 2, half_h = units_per_px * frame_px.height() / 2;
  return MapView(core::Envelope{{centre.x() - half_w, centre.y() - half_h}, {centre.x() + half_w, centre.y() + half_h}},
                 frame_px, dpi, metres_per_unit);
}

QPointF MapView::to_device(const core::Point& p) const {
  return {(p.x() - m_extent.min_corner().x()) / m_units_per_px, (m_extent.max_corner().y() - p.y()) / m_units_per_px};
}

core::Point MapView::to_map(const QPointF& p) const {
  return {m_extent.min_corner().x() + p.x() * m_units_per_px, m_extent.max_corner().y() - p.y() * m_units_per_px};
}

double MapView::scale_denominator() const {
  const double paper_m_per_px = 0.0254 / m_dpi;
  return m_units_per_px * m_metres_per_unit / paper_m_per_px;
}

}  // namespace ruralatlas::render
