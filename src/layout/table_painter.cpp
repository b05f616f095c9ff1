#include "layout/table_painter.hpp"

#include <algorithm>
#include <vector>

#include <QFontMetricsF>

#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kStepPt = 0.5;
constexpr double kCellPadMm = 1.2;    // left and right of each cell's text
constexpr double kRowFactor = 1.45;   // row height over the font's line height

struct Geometry {
  std::vector<double> column_px;  ///< natural widths, padding included
  double row_px = 0;
  double width_px = 0;
};

Geometry measure(const TableData& table, const QFont& font, const QPaintDevice* device, double px_per_mm) {
  const QFontMetricsF metrics(font, device);
  Geometry g;
  g.column_px.assign(table.header.size(), 0.0);
  auto widen = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size() && c < g.column_px.size(); ++c)
      g.column_px[c] = std::max(g.column_px[c], metrics.horizontalAdvance(QString::fromStdString(row[c])) +
                                                    2 * kCellPadMm * px_per_mm);
  };
  widen(table.header);
  for (const auto& row : table.rows) widen(row);
  g.row_px = metrics.height() * kRowFactor;
  for (double w : g.column_px) g.width_px += w;
  return g;
}

bool fits_box(const Geometry& g, std::size_t rows, const QRectF& box) {
  return g.width_px <= box.width() + 0.5 && g.row_px * static_cast<double>(rows + 1) <= box.height() + 0.5;
}

}  // namespace

TableFit paint_table(QPainter& painter, const QRectF& box, const TableItem& item, const TableData& table,
                     double px_per_mm) {
  TableFit fit{item.text_pt, table.rows.size(), true};
  QFont font = layout_font(fit.text_pt);
  Geometry g = measure(table, font, painter.device(), px_per_mm);
  while (!fits_box(g, table.rows.size(), box) && fit.text_pt - kStepPt >= item.min_text_pt - 1e-9) {
    fit.text_pt -= kStepPt;
    font = layout_font(fit.text_pt);
    g = measure(table, font, painter.device(), px_per_mm);
  }
  if (!fits_box(g, table.rows.size(), box)) {
    fit.fits = false;
    const auto room = static_cast<std::size_t>(std::max(box.height() / g.row_px - 1, 0.0));
    fit.rows_drawn = std::min(room, table.rows.size());
  }
  // Spare width goes to the first column (names), so the numbers stay together on the right.
  if (!g.column_px.empty() && g.width_px < box.width()) g.column_px.front() += box.width() - g.width_px;

  const double pad = kCellPadMm * px_per_mm;
  painter.save();
  painter.setClipRect(box);
  painter.setFont(font);
  auto draw_row = [&](const std::vector<std::string>& row, double top) {
    double x = box.left();
    for (std::size_t c = 0; c < g.column_px.size(); ++c) {
      const QRectF cell(x + pad, top, g.column_px[c] - 2 * pad, g.row_px);
      const int align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
      if (c < row.size()) painter.drawText(cell, align, QString::fromStdString(row[c]));
      x += g.column_px[c];
    }
  };
  const QColor fill(item.header_fill.r, item.header_fill.g, item.header_fill.b, item.header_fill.a);
  painter.fillRect(QRectF(box.left(), box.top(), box.width(), g.row_px), fill);
  painter.setPen(QColor(30, 30, 30));
  draw_row(table.header, box.top());
  painter.setPen(QPen(QColor(150, 150, 150), 0.15 * px_per_mm));
  for (std::size_t r = 0; r <= fit.rows_drawn; ++r) {
    const double y = box.top() + g.row_px * static_cast<double>(r + 1);
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
  }
  painter.setPen(QColor(30, 30, 30));
  for (std::size_t r = 0; r < fit.rows_drawn; ++r)
    draw_row(table.rows[r], box.top() + g.row_px * static_cast<double>(r + 1));
  painter.restore();
  return fit;
}

}  // namespace ruralatlas::layout
