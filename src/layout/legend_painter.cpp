#include "layout/legend_painter.hpp"

#include <QFontMetricsF>

#include "render/font_setup.hpp"
#include "render/symbol_swatch.hpp"

namespace ruralatlas::layout {

namespace {
constexpr double kSwatchW = 7.0, kSwatchH = 4.0, kRowGap = 1.6, kGroupGap = 3.0, kColumnGap = 5.0;
}

void paint_legend(QPainter& painter, const QRectF& box, const LegendItem& item, const render::LegendModel& model,
                  double px_per_mm) {
  const QFont title_font = render::map_font("Noto Sans CJK SC", item.text_pt + 3, true);
  const QFont group_font = render::map_font("Noto Sans CJK SC", item.text_pt + 1, true);
  const QFont text_font = render::map_font("Noto Sans CJK SC", item.text_pt);
  const QFontMetricsF group_metrics(group_font, painter.device()), text_metrics(text_font, painter.device());
  const double mm = px_per_mm;
  const double row_h = std::max(kSwatchH * mm, text_metrics.height()) + kRowGap * mm;
  double x = box.left(), y = box.top(), column_w = 0;
  painter.save();
  painter.setPen(QColor(20, 20, 20));
  if (!item.title.empty()) {
    painter.setFont(title_font);
    const QFontMetricsF m(title_font, painter.device());
    painter.drawText(QPointF(x, y + m.ascent()), QString::fromStdString(item.title));
    y += m.height() + kGroupGap * mm;
  }
  const double top = y;
  auto next_row = [&](double height) {
    if (y + height > box.bottom() && y > top) {  // new column
      x += column_w + kColumnGap * mm;
      column_w = 0;
      y = top;
    }
  };
  for (const auto& group : model.groups) {
    next_row(group_metrics.height() + row_h);
    painter.setFont(group_font);
    painter.setPen(QColor(20, 20, 20));
    painter.drawText(QPointF(x, y + group_metrics.ascent()), QString::fromStdString(group.title));
    column_w = std::max(column_w, group_metrics.horizontalAdvance(QString::fromStdString(group.title)));
    y += group_metrics.height() + kRowGap * mm * 0.5;
    for (const auto& entry : group.items) {
      next_row(row_h);
      const QRectF swatch(x, y + (row_h - kRowGap * mm - kSwatchH * mm) / 2, kSwatchW * mm, kSwatchH * mm);
      render::draw_symbol_swatch(painter, swatch, entry.symbols, entry.kind, mm);
      QString label = QString::fromStdString(entry.label);
      if (item.show_counts) label += QString(" (%1)").arg(entry.feature_count);
      painter.setFont(text_font);
      painter.setPen(QColor(30, 30, 30));
      const double tx = swatch.right() + 2.0 * mm;
      painter.drawText(QPointF(tx, swatch.center().y() + text_metrics.ascent() / 2 - text_metrics.descent() / 2), label);
      column_w = std::max(column_w, tx - x + text_metrics.horizontalAdvance(label));
      y += row_h;
    }
    y += kGroupGap * mm;
  }
  painter.restore();
}

}  // namespace ruralatlas::layout
