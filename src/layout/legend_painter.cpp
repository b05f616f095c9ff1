#include "layout/legend_painter.hpp"

#include <QFontMetricsF>

#include "layout/layout_font.hpp"
#include "render/symbol_swatch.hpp"

namespace ruralatlas::layout {

namespace {

QFont role_font(LegendTextRole role, double pt) { return layout_font(pt, role != LegendTextRole::Entry); }

/// Measures with the fonts the painter's device will draw.
class DeviceTextMeasure final : public LegendTextMeasure {
 public:
  DeviceTextMeasure(const QPaintDevice* device, double px_per_mm) : m_device(device), m_px_per_mm(px_per_mm) {}
  double width_mm(std::string_view text, LegendTextRole role, double pt) const override {
    const QFontMetricsF metrics(role_font(role, pt), m_device);
    return metrics.horizontalAdvance(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))) / m_px_per_mm;
  }
  double line_height_mm(LegendTextRole role, double pt) const override {
    const QFontMetricsF metrics(role_font(role, pt), m_device);
    return metrics.height() / m_px_per_mm;
  }

 private:
  const QPaintDevice* m_device;
  double m_px_per_mm;
};

}  // namespace

LegendPlacement paint_legend(QPainter& painter, const QRectF& box, const LegendItem& item,
                             const render::LegendModel& model, double px_per_mm) {
  const DeviceTextMeasure measure(painter.device(), px_per_mm);
  const LegendPlacement placement = place_legend(model, item, measure);
  const double mm = px_per_mm;
  painter.save();
  painter.setClipRect(box);
  for (const auto& cell : placement.cells) {
    const double pt = legend_font_pt(cell.role, placement.text_pt);
    const QFont font = role_font(cell.role, pt);
    const QFontMetricsF metrics(font, painter.device());
    const QString text = QString::fromStdString(cell.text);
    const double x = box.left() + cell.x_mm * mm, y = box.top() + cell.y_mm * mm;
    painter.setFont(font);
    painter.setPen(QColor(20, 20, 20));
    if (cell.role != LegendTextRole::Entry) {
      painter.drawText(QPointF(x, y + metrics.ascent()), text);
      continue;
    }
    if (cell.entry == kNestedCirclesEntry) {
      render::draw_nested_circles(painter, QPointF(x, y), *model.groups[cell.group].nested_circles, font, mm);
      continue;
    }
    const auto& entry = model.groups[cell.group].items[cell.entry];
    const double row_h = std::max(placement.swatch_height_mm * mm, metrics.height());
    const QRectF swatch(x, y + (row_h - placement.swatch_height_mm * mm) / 2, placement.swatch_width_mm * mm,
                        placement.swatch_height_mm * mm);
    render::draw_symbol_swatch(painter, swatch, entry.symbols, entry.kind, mm);
    painter.setFont(font);
    painter.setPen(QColor(30, 30, 30));
    const double baseline = y + (row_h - metrics.height()) / 2 + metrics.ascent();
    painter.drawText(QPointF(swatch.right() + placement.swatch_gap_mm * mm, baseline), text);
  }
  painter.restore();
  return placement;
}

}  // namespace ruralatlas::layout
