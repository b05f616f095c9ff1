#include "render/line_label_path.hpp"

#include <cmath>
#include <numbers>
#include <numeric>

namespace ruralatlas::render {

namespace {

double distance(QPointF a, QPointF b) { return std::hypot(b.x() - a.x(), b.y() - a.y()); }

/// The point at `s` along `line` and the direction of the segment it lies on.
std::pair<QPointF, double> point_at(const QPolygonF& line, double s) {
  for (qsizetype i = 1; i < line.size(); ++i) {
    const QPointF a = line[i - 1], b = line[i];
    const double step = distance(a, b);
    if (step <= 0) continue;
    if (s <= step || i + 1 == line.size()) {
      const double t = std::min(s / step, 1.0);
      return {a + t * (b - a), std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / std::numbers::pi};
    }
    s -= step;
  }
  return {line.isEmpty() ? QPointF() : line.front(), 0.0};
}

double turn_deg(double a, double b) {
  double d = std::fmod(std::abs(a - b), 360.0);
  return d > 180 ? 360 - d : d;
}

std::optional<std::vector<GlyphPose>> poses(const QPolygonF& line, std::span<const double> advances, double start,
                                            double max_turn_deg) {
  std::vector<GlyphPose> out;
  double s = start;
  for (double advance : advances) {
    const auto [centre, angle] = point_at(line, s + advance / 2);
    if (!out.empty() && turn_deg(out.back().angle_deg, angle) > max_turn_deg) return std::nullopt;
    out.push_back({centre, angle});
    s += advance;
  }
  return out;
}

}  // namespace

double polyline_length(const QPolygonF& line) {
  double length = 0;
  for (qsizetype i = 1; i < line.size(); ++i) length += distance(line[i - 1], line[i]);
  return length;
}

std::optional<std::vector<GlyphPose>> glyphs_along(const QPolygonF& line, std::span<const double> advances_px,
                                                   double middle_px, double max_turn_deg) {
  const double length = polyline_length(line);
  const double total = std::accumulate(advances_px.begin(), advances_px.end(), 0.0);
  const double start = middle_px - total / 2;
  if (advances_px.empty() || start < 0 || start + total > length) return std::nullopt;
  auto out = poses(line, advances_px, start, max_turn_deg);
  // Read left to right: if the label's first glyph lies right of its last, walk the line the
  // other way (on screen, y down, so "left to right" is increasing x).
  if (out && out->front().centre.x() > out->back().centre.x()) {
    QPolygonF reversed(line.rbegin(), line.rend());
    out = poses(reversed, advances_px, length - start - total, max_turn_deg);
  }
  // One glyph has no reading direction of its own: only keep it from standing on its head.
  if (out && out->size() == 1) {
    double& angle = out->front().angle_deg;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
  }
  return out;
}

}  // namespace ruralatlas::render
