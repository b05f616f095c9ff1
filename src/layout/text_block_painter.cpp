#include "layout/text_block_painter.hpp"

#include <QFontMetricsF>

#include "layout/layout_font.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kMinShrink = 0.6;
constexpr double kStepPt = 0.5;

int alignment_flags(const TextItem& item) {
  int flags = Qt::TextWordWrap;
  flags |= item.align == Align::Center ? Qt::AlignHCenter : item.align == Align::Right ? Qt::AlignRight : Qt::AlignLeft;
  flags |= item.valign == VAlign::Middle ? Qt::AlignVCenter : item.valign == VAlign::Bottom ? Qt::AlignBottom : Qt::AlignTop;
  return flags;
}

bool fits_in(const QRectF& box, const QFont& font, const QPaintDevice* device, int flags, const QString& text) {
  const QFontMetricsF metrics(font, device);
  const QRectF needed = metrics.boundingRect(QRectF(0, 0, box.width(), 1e6), flags & ~Qt::AlignVertical_Mask, text);
  return needed.height() <= box.height() + 0.5 && needed.width() <= box.width() + 0.5;
}

}  // namespace

TextFit paint_text_block(QPainter& painter, const QRectF& box, const TextItem& item, const std::string& text) {
  const QString qtext = QString::fromStdString(text);
  const int flags = alignment_flags(item);
  TextFit fit{item.size_pt, true};
  QFont font = layout_font(fit.size_pt, item.bold);
  if (!qtext.isEmpty() && !fits_in(box, font, painter.device(), flags, qtext)) {
    fit.fits = false;
    if (item.shrink_to_fit) {
      for (double pt = item.size_pt - kStepPt; pt >= item.size_pt * kMinShrink - 1e-9; pt -= kStepPt) {
        font = layout_font(pt, item.bold);
        fit.size_pt = pt;
        if (fits_in(box, font, painter.device(), flags, qtext)) {
          fit.fits = true;
          break;
        }
      }
    }
  }
  painter.save();
  painter.setClipRect(box);
  painter.setPen(QColor(item.color.r, item.color.g, item.color.b, item.color.a));
  painter.setFont(font);
  painter.drawText(box, flags, qtext);
  painter.restore();
  return fit;
}

}  // namespace ruralatlas::layout
