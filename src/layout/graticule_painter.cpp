#include "layout/graticule_painter.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include <QFontMetricsF>
#include <QPainterPath>

#include "layout/edge_label.hpp"
#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

namespace {

const QColor kLineColour(70, 90, 130, 170);
const QColor kTextColour(50, 60, 90);
constexpr double kLabelPadMm = 0.6;
constexpr int kEdgeSamples = 24;   ///< per frame edge, to find the frame's lon/lat range
constexpr int kLineSamples = 48;   ///< per graticule line, so projected curves look smooth

struct LonLatBox {
  double lon_min = 1e9, lon_max = -1e9, lat_min = 1e9, lat_max = -1e9;
};

/// The longitude/latitude range of the frame, from points along its edges.
std::optional<LonLatBox> frame_lon_lat(const render::MapView& view, const GeographicTransform& geo) {
  const auto& e = view.extent();
  const double x0 = e.min_corner().x(), y0 = e.min_corner().y(), x1 = e.max_corner().x(), y1 = e.max_corner().y();
  LonLatBox box;
  for (int i = 0; i <= kEdgeSamples; ++i) {
    const double t = static_cast<double>(i) / kEdgeSamples;
    for (const core::Point p : {core::Point(x0 + t * (x1 - x0), y0), core::Point(x0 + t * (x1 - x0), y1),
                                core::Point(x0, y0 + t * (y1 - y0)), core::Point(x1, y0 + t * (y1 - y0))}) {
      const auto ll = geo.to_lon_lat(p);
      if (!ll) return std::nullopt;
      box.lon_min = std::min(box.lon_min, ll->x());
      box.lon_max = std::max(box.lon_max, ll->x());
      box.lat_min = std::min(box.lat_min, ll->y());
      box.lat_max = std::max(box.lat_max, ll->y());
    }
  }
  // Lines run a little past the frame (clipped there), so each one crosses the edge it is labelled at.
  const double lon_pad = 0.05 * (box.lon_max - box.lon_min), lat_pad = 0.05 * (box.lat_max - box.lat_min);
  box.lon_min -= lon_pad;
  box.lon_max += lon_pad;
  box.lat_min -= lat_pad;
  box.lat_max += lat_pad;
  return box;
}

/// Device points of the line from `a` to `b` in longitude/latitude, sampled so it bends as projected.
std::vector<QPointF> device_line(core::Point a, core::Point b, const render::MapView& view,
                                 const GeographicTransform& geo) {
  std::vector<QPointF> points;
  for (int i = 0; i <= kLineSamples; ++i) {
    const double t = static_cast<double>(i) / kLineSamples;
    if (auto p = geo.to_map({a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())})) points.push_back(view.to_device(*p));
  }
  return points;
}

/// Where a device polyline crosses the line `coordinate(p) == at` (y for the top edge, x for the left).
template <typename Coordinate, typename Other>
std::optional<double> crossing(const std::vector<QPointF>& line, double at, Coordinate coordinate, Other other) {
  for (std::size_t i = 1; i < line.size(); ++i) {
    const double c0 = coordinate(line[i - 1]) - at, c1 = coordinate(line[i]) - at;
    if ((c0 <= 0) == (c1 <= 0)) continue;
    const double t = c0 / (c0 - c1);
    return other(line[i - 1]) + t * (other(line[i]) - other(line[i - 1]));
  }
  return std::nullopt;
}

}  // namespace

bool paint_graticule(QPainter& painter, const QRectF& frame, const render::MapView& view,
                     const GraticuleOptions& options, const GeographicTransform& geographic, double px_per_mm) {
  const auto box = frame_lon_lat(view, geographic);
  if (!box) return false;
  const double step =
      options.interval_deg > 0 ? options.interval_deg : auto_graticule_interval_deg((box->lon_max - box->lon_min) / 1.1);
  // Whole multiples of the step, counted as integers so labels do not drift.
  const long lon_first = std::lround(std::ceil(box->lon_min / step)), lon_last = std::lround(std::floor(box->lon_max / step));
  const long lat_first = std::lround(std::ceil(box->lat_min / step)), lat_last = std::lround(std::floor(box->lat_max / step));

  painter.save();
  painter.setClipRect(frame);
  painter.translate(frame.topLeft());
  painter.setPen(QPen(kLineColour, options.line_mm * px_per_mm));
  painter.setBrush(Qt::NoBrush);
  painter.setFont(layout_font(options.text_pt));
  const QFontMetricsF metrics(painter.font(), painter.device());
  const double pad = kLabelPadMm * px_per_mm;
  const auto x_of = [](const QPointF& p) { return p.x(); };
  const auto y_of = [](const QPointF& p) { return p.y(); };
  std::vector<std::pair<QPointF, QString>> labels;
  for (long k = lon_first; k <= lon_last; ++k) {
    const double lon = k * step;
    const auto line = device_line({lon, box->lat_min}, {lon, box->lat_max}, view, geographic);
    if (line.size() > 1) painter.drawPolyline(line.data(), static_cast<int>(line.size()));
    const auto text = QString::fromStdString(graticule_label(lon, step, true));
    auto x = crossing(line, 0.0, y_of, x_of);  // along the top, right of the meridian, whole
    if (x && *x >= 0 && *x + 2 * pad + metrics.horizontalAdvance(text) <= frame.width())
      labels.emplace_back(QPointF(*x + pad, pad + metrics.ascent()), text);
  }
  for (long k = lat_first; k <= lat_last; ++k) {
    const double lat = k * step;
    const auto line = device_line({box->lon_min, lat}, {box->lon_max, lat}, view, geographic);
    if (line.size() > 1) painter.drawPolyline(line.data(), static_cast<int>(line.size()));
    auto y = crossing(line, 0.0, x_of, y_of);  // along the left, above the parallel, clear of the top row
    if (y && *y - pad - metrics.ascent() >= pad + metrics.height() && *y <= frame.height())
      labels.emplace_back(QPointF(pad, *y - pad), QString::fromStdString(graticule_label(lat, step, false)));
  }
  if (options.labels)
    for (const auto& [at, text] : labels) draw_edge_label(painter, at, text, kTextColour);
  painter.restore();
  return true;
}

}  // namespace ruralatlas::layout
