#include "gui/cursor_position_text.hpp"

#include <cmath>

#include "io/crs_registry.hpp"

namespace ruralatlas::gui {

CursorPositionText::CursorPositionText(const core::Crs& map_crs)
    : m_map_crs(map_crs), m_to_lon_lat(map_crs, io::crs_from_user_text("EPSG:4490")) {}

QString CursorPositionText::map_text(const core::Point& p) const {
  const auto crs = QString::fromStdString(m_map_crs.label());
  if (m_map_crs.is_geographic) return QStringLiteral("%1  %2 (%3)").arg(p.x(), 0, 'f', 5).arg(p.y(), 0, 'f', 5).arg(crs);
  // Whole map units: a metre is far below what a screen pixel shows at county scale.
  return QStringLiteral("X %1  Y %2 (%3)").arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0).arg(crs);
}

QString CursorPositionText::lon_lat_text(const core::Point& p) {
  const auto lon_lat = m_to_lon_lat.transform(p);
  if (!lon_lat || !std::isfinite(lon_lat->x()) || !std::isfinite(lon_lat->y()) || std::abs(lon_lat->y()) > 90)
    return {};
  const double lon = lon_lat->x(), lat = lon_lat->y();
  return QStringLiteral("%1°%2  %3°%4")
      .arg(std::abs(lon), 0, 'f', 5)
      .arg(lon < 0 ? 'W' : 'E')
      .arg(std::abs(lat), 0, 'f', 5)
      .arg(lat < 0 ? 'S' : 'N');
}

}  // namespace ruralatlas::gui
