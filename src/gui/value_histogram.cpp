#include "gui/value_histogram.hpp"

#include <QPainter>
#include <algorithm>

namespace ruralatlas::gui {

ValueHistogram::ValueHistogram(QWidget* parent) : QWidget(parent) { setMinimumSize(320, 120); }

void ValueHistogram::show_values(std::vector<double> values, style::Classification classes, std::vector<style::Color> colours) {
  m_values = std::move(values);
  m_classes = std::move(classes);
  m_colours = std::move(colours);
  m_bins.assign(kBins, 0);
  if (!m_values.empty()) {
    const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
    m_min = *lo, m_max = *hi;
    const double width = m_max > m_min ? (m_max - m_min) / kBins : 1;
    for (const double v : m_values) ++m_bins[std::min<std::size_t>(kBins - 1, static_cast<std::size_t>((v - m_min) / width))];
  }
  update();
}

void ValueHistogram::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  if (m_values.empty()) return;
  const QRectF plot = QRectF(rect()).adjusted(8, 8, -8, -22);
  const auto tallest = static_cast<double>(*std::max_element(m_bins.begin(), m_bins.end()));
  const double span = m_max > m_min ? m_max - m_min : 1;
  auto x_of = [&](double v) { return plot.left() + (v - m_min) / span * plot.width(); };
  const double bar = plot.width() / kBins;
  for (int b = 0; b < kBins; ++b) {
    const double centre = m_min + (b + 0.5) * span / kBins;
    const auto c = m_classes.classes.empty() || m_colours.empty()
                       ? style::Color{150, 150, 150}
                       : m_colours[std::min(m_classes.class_of(centre), m_colours.size() - 1)];
    const double h = tallest > 0 ? m_bins[static_cast<std::size_t>(b)] / tallest * plot.height() : 0;
    painter.fillRect(QRectF(plot.left() + b * bar, plot.bottom() - h, bar - 1, h), QColor(c.r, c.g, c.b));
  }
  painter.setPen(QPen(palette().text().color(), 1.5, Qt::DashLine));
  for (const double b : m_classes.breaks) painter.drawLine(QPointF(x_of(b), plot.top()), QPointF(x_of(b), plot.bottom()));
  painter.setPen(palette().text().color());
  painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignLeft, QString::number(m_min, 'g', 6));
  painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignRight, QString::number(m_max, 'g', 6));
}

}  // namespace ruralatlas::gui
