#include "render/label_placer.hpp"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainterPath>

#include "render/font_setup.hpp"
#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

/// Positions around a point in cartographic preference order: right, upper right, left...
std::vector<QRectF> positions(const LabelCandidate& c, QSizeF size, double gap) {
  const double w = size.width(), h = size.height(), r = c.clearance_px + gap;
  const double x = c.anchor.x(), y = c.anchor.y();
  if (!c.around_point) return {QRectF(x - w / 2, y - h / 2, w, h)};
  return {QRectF(x + r, y - h / 2, w, h),         QRectF(x + r * 0.7, y - r * 0.7 - h, w, h),
          QRectF(x - r - w, y - h / 2, w, h),     QRectF(x + r * 0.7, y + r * 0.7, w, h),
          QRectF(x - w / 2, y - r - h, w, h),     QRectF(x - w / 2, y + r, w, h),
          QRectF(x - r * 0.7 - w, y - r * 0.7 - h, w, h), QRectF(x - r * 0.7 - w, y + r * 0.7, w, h)};
}

}  // namespace

bool LabelPlacer::collides(const QRectF& box) const {
  if (!m_frame.contains(box)) return true;
  return std::any_of(m_placed.begin(), m_placed.end(), [&](const QRectF& p) { return p.intersects(box); });
}

void LabelPlacer::draw(QPainter& painter, const LabelCandidate& c, const QRectF& box) {
  const auto& spec = *c.spec;
  QFont font = map_font(spec.font_family, spec.size_pt, spec.bold);
  const QString text = QString::fromStdString(c.text);
  const QFontMetricsF metrics(font, painter.device());
  const QPointF baseline(box.left(), box.top() + metrics.ascent());
  if (spec.halo && spec.halo_mm > 0) {
    // The halo is a stroked outline; the text itself stays real text so PDFs are searchable.
    QPainterPath outline;
    outline.addText(baseline, font, text);
    QPen pen(detail::to_qcolor(*spec.halo), 2 * spec.halo_mm * m_px_per_mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.strokePath(outline, pen);
  }
  painter.setFont(font);
  painter.setPen(detail::to_qcolor(spec.color));
  painter.drawText(baseline, text);
}

std::pair<std::size_t, std::size_t> LabelPlacer::place_and_draw(QPainter& painter) {
  std::stable_sort(m_candidates.begin(), m_candidates.end(),
                   [](const LabelCandidate& a, const LabelCandidate& b) { return a.spec->priority > b.spec->priority; });
  std::size_t placed = 0, dropped = 0;
  const double gap = 0.6 * m_px_per_mm;
  for (const auto& c : m_candidates) {
    if (c.text.empty()) continue;
    const QFont font = map_font(c.spec->font_family, c.spec->size_pt, c.spec->bold);
    const QFontMetricsF metrics(font, painter.device());
    const QSizeF size(metrics.horizontalAdvance(QString::fromStdString(c.text)), metrics.height());
    bool done = false;
    for (const auto& box : positions(c, size, gap)) {
      if (collides(box)) continue;
      m_placed.push_back(box.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
      draw(painter, c, box);
      done = true;
      break;
    }
    done ? ++placed : ++dropped;
  }
  return {placed, dropped};
}

}  // namespace ruralatlas::render
