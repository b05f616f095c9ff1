#include "layout/scale_bar_painter.hpp"

#include <algorithm>

#include <QFontMetricsF>

#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kLabelGapMm = 0.6;     // between labels and bar
constexpr double kFractionGapMm = 0.9;  // between bar and fraction
constexpr double kMinLabelSpaceMm = 1.0;

/// Which tick labels to draw: the first and the last always, the others when they keep clear
/// of their neighbours.
std::vector<bool> visible_labels(const std::vector<double>& left, const std::vector<double>& right, double gap) {
  const std::size_t n = left.size();
  std::vector<bool> show(n, false);
  if (n == 0) return show;
  show.front() = show.back() = true;
  double last_right = right.front();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (left[i] >= last_right + gap && right[i] + gap <= left.back()) {
      show[i] = true;
      last_right = right[i];
    }
  }
  return show;
}

}  // namespace

ScaleBarSpec paint_scale_bar(QPainter& painter, const QRectF& box, const ScaleBarItem& item, double scale_denominator,
                             double px_per_mm) {
  const QFont font = layout_font(item.text_pt);
  const QFontMetricsF metrics(font, painter.device());
  const double mm = px_per_mm;
  const double zero_half = metrics.horizontalAdvance("0") / 2;
  // Room after the end tick: half the widest possible last label and the unit.
  const double end_reserve = metrics.horizontalAdvance("0000") / 2 + metrics.horizontalAdvance(" km");
  const double room_mm = std::max((box.width() - zero_half - end_reserve) / mm, 1.0);
  const ScaleBarSpec spec = nice_scale_bar(scale_denominator, room_mm, item.options);

  const double left = box.left() + zero_half;
  const double bar_top = box.top() + metrics.height() + kLabelGapMm * mm;
  const double bar_h = item.bar_height_mm * mm;
  auto x_of = [&](double ground_m) { return left + spec.to_paper_mm(ground_m) * mm; };

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(QPen(Qt::black, 0.2 * mm, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  for (int i = 0; i < spec.segment_count(); ++i) {
    painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
    const double x0 = x_of(spec.ticks_m[i]), x1 = x_of(spec.ticks_m[i + 1]);
    painter.drawRect(QRectF(x0, bar_top, x1 - x0, bar_h));
  }

  painter.setFont(font);
  painter.setPen(Qt::black);
  const auto labels = spec.labels();
  std::vector<double> lefts, rights;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double w = metrics.horizontalAdvance(QString::fromStdString(labels[i]));
    lefts.push_back(x_of(spec.ticks_m[i]) - w / 2);
    rights.push_back(x_of(spec.ticks_m[i]) + w / 2);
  }
  const auto show = visible_labels(lefts, rights, kMinLabelSpaceMm * mm);
  const double baseline = box.top() + metrics.ascent();
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (show[i]) painter.drawText(QPointF(lefts[i], baseline), QString::fromStdString(labels[i]));
  painter.drawText(QPointF(rights.back() + metrics.horizontalAdvance(" "), baseline), spec.unit_label());

  if (item.show_fraction) {
    const QString fraction = QString::fromStdString(representative_fraction(scale_denominator));
    const double centre = (x_of(0) + x_of(spec.ground_length_m)) / 2;
    const double x = std::max(box.left(), centre - metrics.horizontalAdvance(fraction) / 2);
    painter.drawText(QPointF(x,
                             bar_top + bar_h + kFractionGapMm * mm + metrics.ascent()),
                     fraction);
  }
  painter.restore();
  return spec;
}

}  // namespace ruralatlas::layout
