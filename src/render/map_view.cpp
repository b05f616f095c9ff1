#include "render/map_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::render {

namespace {

constexpr double kMetresPerInch = 0.0254;

[[noreturn]] void bad_view(const std::string& what) {
  core::Diagnostic d;
  d.message = "cannot set up the map view: " + what;
  throw core::Error(core::ErrorKind::Internal, std::move(d));
}

}  // namespace

MapView::MapView(const core::Envelope& extent, QSizeF frame_px, double dpi, double metres_per_unit)
    : m_frame_px(frame_px), m_dpi(dpi), m_metres_per_unit(metres_per_unit) {
  if (!(frame_px.width() > 0 && frame_px.height() > 0)) bad_view("the frame has no size");
  if (!(dpi > 0) || !(metres_per_unit > 0)) bad_view("resolution and map units must be positive");
  if (core::is_empty(extent) || !std::isfinite(extent.min_corner().x()) || !std::isfinite(extent.max_corner().y()))
    bad_view("the extent is empty");
  // A point-sized extent still gets a scale: a metre (or unit) across.
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
  if (!(scale_denominator > 0)) bad_view("the scale must be positive");
  if (!(dpi > 0) || !(metres_per_unit > 0)) bad_view("resolution and map units must be positive");
  // Ground metres per pixel = scale × paper metres per pixel.
  const double units_per_px = scale_denominator * (kMetresPerInch / dpi) / metres_per_unit;
  const double half_w = units_per_px * frame_px.width() / 2, half_h = units_per_px * frame_px.height() / 2;
  return MapView(core::Envelope{{centre.x() - half_w, centre.y() - half_h}, {centre.x() + half_w, centre.y() + half_h}},
                 frame_px, dpi, metres_per_unit);
}

core::Point MapView::to_map(const QPointF& p) const {
  return {m_extent.min_corner().x() + p.x() * m_units_per_px, m_extent.max_corner().y() - p.y() * m_units_per_px};
}

double MapView::scale_denominator() const { return m_units_per_px * m_metres_per_unit / (kMetresPerInch / m_dpi); }

}  // namespace ruralatlas::render
