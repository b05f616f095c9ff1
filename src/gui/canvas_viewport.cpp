#include "gui/canvas_viewport.hpp"

#include <algorithm>

namespace ruralatlas::gui {

namespace {
/// Room around the full extent, so edge features are not cut by the window border.
constexpr double kFitMargin = 1.04;
/// Limits that keep the arithmetic sane: about 1 mm to 100,000 km per pixel.
constexpr double kMinUnitsPerPx = 1e-3, kMaxUnitsPerPx = 1e8;
}  // namespace

void CanvasViewport::fit(const core::Envelope& extent, QSizeF size_px) {
  if (core::is_empty(extent) || size_px.isEmpty()) return;
  const double w = std::max(extent.max_corner().x() - extent.min_corner().x(), 1.0);
  const double h = std::max(extent.max_corner().y() - extent.min_corner().y(), 1.0);
  m_centre = {(extent.min_corner().x() + extent.max_corner().x()) / 2,
              (extent.min_corner().y() + extent.max_corner().y()) / 2};
  m_units_per_px = std::clamp(std::max(w / size_px.width(), h / size_px.height()) * kFitMargin, kMinUnitsPerPx,
                              kMaxUnitsPerPx);
}

void CanvasViewport::zoom_at(QPointF anchor_px, double factor, QSizeF size_px) {
  if (!valid() || !(factor > 0)) return;
  const auto anchor = to_map(anchor_px, size_px);
  m_units_per_px = std::clamp(m_units_per_px / factor, kMinUnitsPerPx, kMaxUnitsPerPx);
  // Put the anchor's map point back under the same pixel.
  const auto moved = to_px(anchor, size_px);
  pan_by(anchor_px - moved);
}

void CanvasViewport::pan_by(QPointF delta_px) {
  m_centre = {m_centre.x() - delta_px.x() * m_units_per_px, m_centre.y() + delta_px.y() * m_units_per_px};
}

render::MapView CanvasViewport::map_view(QSizeF size_px, double dpi, double metres_per_unit,
                                         double device_pixel_ratio) const {
  const double half_w = m_units_per_px * size_px.width() / 2, half_h = m_units_per_px * size_px.height() / 2;
  return render::MapView(core::Envelope{{m_centre.x() - half_w, m_centre.y() - half_h},
                                        {m_centre.x() + half_w, m_centre.y() + half_h}},
                         size_px * device_pixel_ratio, dpi * device_pixel_ratio, metres_per_unit);
}

core::Point CanvasViewport::to_map(QPointF px, QSizeF size_px) const {
  return {m_centre.x() + (px.x() - size_px.width() / 2) * m_units_per_px,
          m_centre.y() - (px.y() - size_px.height() / 2) * m_units_per_px};
}

QPointF CanvasViewport::to_px(const core::Point& p, QSizeF size_px) const {
  return {(p.x() - m_centre.x()) / m_units_per_px + size_px.width() / 2,
          (m_centre.y() - p.y()) / m_units_per_px + size_px.height() / 2};
}

}  // namespace ruralatlas::gui
