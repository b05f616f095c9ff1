#include "render/nested_circles.hpp"

#include <QFontMetricsF>
#include <algorithm>

#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

constexpr double kLabelGapMm = 1.0;

std::vector<NestedCircle> largest_first(std::vector<NestedCircle> circles) {
  std::stable_sort(circles.begin(), circles.end(),
                   [](const NestedCircle& a, const NestedCircle& b) { return a.diameter_mm > b.diameter_mm; });
  return circles;
}

}  // namespace

double NestedCirclesLegend::largest_mm() const {
  double d = 0;
  for (const auto& c : circles) d = std::max(d, c.diameter_mm);
  return d;
}

double NestedCirclesLegend::width_mm(double label_width_mm) const {
  return largest_mm() + kLeaderMm + kLabelGapMm + label_width_mm;
}

double NestedCirclesLegend::height_mm(double line_height_mm) const {
  // Circles start half a line down, so the largest one's label fits above the box's top;
  // each label is centred on its circle's top, at least a line below the previous label.
  const double h = line_height_mm, d = largest_mm();
  double bottom = h / 2 + d, centre = -1e300;
  for (const auto& c : largest_first(circles)) {
    centre = std::max(h / 2 + d - c.diameter_mm, centre + h);
    bottom = std::max(bottom, centre + h / 2);
  }
  return bottom;
}

void draw_nested_circles(QPainter& painter, QPointF top_left, const NestedCirclesLegend& legend, const QFont& font,
                         double px_per_mm) {
  const auto circles = largest_first(legend.circles);
  if (circles.empty()) return;
  const double d = legend.largest_mm() * px_per_mm;
  const QFontMetricsF metrics(font, painter.device());
  const double cx = top_left.x() + d / 2, bottom = top_left.y() + metrics.height() / 2 + d;
  const double leader_end = top_left.x() + d + NestedCirclesLegend::kLeaderMm * px_per_mm;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  // The map's white halo around a circle would vanish on the legend's white paper, and the
  // circles must be told apart: outline them in a darker shade of their fill.
  const QColor fill = legend.symbol.fill ? detail::to_qcolor(*legend.symbol.fill) : QColor(90, 90, 90);
  QColor outline = fill.darker(170);
  outline.setAlpha(255);
  painter.setPen(QPen(outline, std::max(legend.symbol.stroke_width_mm, 0.15) * px_per_mm));
  painter.setBrush(legend.symbol.fill ? QBrush(detail::to_qcolor(*legend.symbol.fill)) : QBrush(Qt::NoBrush));
  for (const auto& c : circles) {
    const double r = c.diameter_mm * px_per_mm / 2;
    painter.drawEllipse(QPointF(cx, bottom - r), r, r);
  }
  painter.setFont(font);
  double previous_y = -1e300;
  for (const auto& c : circles) {
    const double top = bottom - c.diameter_mm * px_per_mm;
    const double label_y = std::max(top, previous_y + metrics.height());
    previous_y = label_y;
    painter.setPen(QPen(QColor(90, 90, 90), 0.15 * px_per_mm));
    painter.drawPolyline(QPolygonF{{cx, top}, {leader_end - 1.0 * px_per_mm, top}, {leader_end, label_y}});
    painter.setPen(QColor(30, 30, 30));
    const double baseline = label_y - metrics.height() / 2 + metrics.ascent();
    painter.drawText(QPointF(leader_end + kLabelGapMm * px_per_mm, baseline), QString::fromStdString(c.label));
  }
  painter.restore();
}

}  // namespace ruralatlas::render
