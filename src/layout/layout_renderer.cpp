#include "layout/layout_renderer.hpp"

#include <QFontMetricsF>
#include <QTextLayout>

#include "layout/furniture_painter.hpp"
#include "layout/legend_painter.hpp"
#include "render/font_setup.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::layout {

namespace {

QRectF device_rect(const RectMm& r, double px_per_mm) {
  return {r.x_mm * px_per_mm, r.y_mm * px_per_mm, r.width_mm * px_per_mm, r.height_mm * px_per_mm};
}

core::Envelope padded(core::Envelope e, double pct) {
  const double dx = (e.max_corner().x() - e.min_corner().x()) * pct / 100.0;
  const double dy = (e.max_corner().y() - e.min_corner().y()) * pct / 100.0;
  return core::Envelope{{e.min_corner().x() - dx, e.min_corner().y() - dy}, {e.max_corner().x() + dx, e.max_corner().y() + dy}};
}

render::MapView frame_view(const QRectF& frame, const core::Envelope& extent, double margin_pct, double px_per_mm,
                           double metres_per_unit) {
  return render::MapView(padded(extent, margin_pct), frame.size(), px_per_mm * 25.4, metres_per_unit);
}

/// Draws `layers` inside `frame`, clipped to it, with a white background and a border.
render::RenderStats draw_map(QPainter& painter, const QRectF& frame, const render::MapView& view,
                             std::span<const render::StyledLayer> layers, bool border, double px_per_mm) {
  painter.save();
  painter.fillRect(frame, Qt::white);
  painter.translate(frame.topLeft());
  const auto stats = render::render_map(painter, view, layers);
  painter.restore();
  if (border) {
    painter.save();
    painter.setPen(QPen(QColor(40, 40, 40), 0.35 * px_per_mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
  }
  return stats;
}

/// Wrapped text: CJK lines break between any characters, Latin at spaces (QTextLayout).
void paint_text(QPainter& painter, const QRectF& box, const TextItem& item, const std::string& text) {
  const QFont font = render::map_font("Noto Sans CJK SC", item.size_pt, item.bold);
  painter.save();
  painter.setPen(QColor(item.color.r, item.color.g, item.color.b, item.color.a));
  painter.setFont(font);
  const int flags = Qt::TextWordWrap | Qt::AlignTop |
                    (item.align == Align::Center ? Qt::AlignHCenter : item.align == Align::Right ? Qt::AlignRight : Qt::AlignLeft);
  painter.drawText(box, flags, QString::fromStdString(text));
  painter.restore();
}

void paint_locator(QPainter& painter, const QRectF& box, const LocatorItem& item, const PageContent& content,
                   const core::Envelope& main_extent, double px_per_mm) {
  if (content.locator_layers.empty() || core::is_empty(content.locator_extent)) return;
  const auto view = frame_view(box, content.locator_extent, 4.0, px_per_mm, content.metres_per_unit);
  draw_map(painter, box, view, content.locator_layers, true, px_per_mm);
  const QPointF a = view.to_device(main_extent.min_corner()) + box.topLeft();
  const QPointF b = view.to_device(main_extent.max_corner()) + box.topLeft();
  painter.save();
  painter.setClipRect(box);
  painter.setPen(QPen(QColor(item.highlight.r, item.highlight.g, item.highlight.b), 0.5 * px_per_mm));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(QRectF(a, b).normalized());
  painter.restore();
}

}  // namespace

std::string substitute_variables(const std::string& text, const std::map<std::string, std::string>& variables) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      const auto close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = variables.find(text.substr(i + 1, close - i - 1));
        if (it != variables.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

PageStats render_page(QPainter& painter, const PrintLayout& layout, const PageContent& content, double px_per_mm) {
  PageStats stats;
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  painter.fillRect(QRectF(0, 0, layout.page.width_mm * px_per_mm, layout.page.height_mm * px_per_mm), Qt::white);

  // The main frame's view fixes the scale that the scale bar and {scale} report.
  core::Envelope main_extent = content.map_extent;
  for (const auto& item : layout.items) {
    if (const auto* map = std::get_if<MapFrameItem>(&item)) {
      const auto view = frame_view(device_rect(map->rect, px_per_mm), content.map_extent, map->margin_pct, px_per_mm,
                                   content.metres_per_unit);
      stats.scale_denominator = view.scale_denominator();
      main_extent = view.extent();
      break;
    }
  }
  auto variables = content.variables;
  if (stats.scale_denominator > 0) variables["scale"] = representative_fraction(stats.scale_denominator);
  const auto legend = render::build_legend(content.map_layers);

  for (const auto& item : layout.items) {
    std::visit(
        [&](const auto& it) {
          using T = std::decay_t<decltype(it)>;
          const QRectF box = device_rect(it.rect, px_per_mm);
          if constexpr (std::is_same_v<T, MapFrameItem>) {
            const auto view = frame_view(box, content.map_extent, it.margin_pct, px_per_mm, content.metres_per_unit);
            stats.map = draw_map(painter, box, view, content.map_layers, it.border, px_per_mm);
          } else if constexpr (std::is_same_v<T, TextItem>) {
            paint_text(painter, box, it, substitute_variables(it.text, variables));
          } else if constexpr (std::is_same_v<T, LegendItem>) {
            paint_legend(painter, box, it, legend, px_per_mm);
          } else if constexpr (std::is_same_v<T, ScaleBarItem>) {
            if (stats.scale_denominator > 0)
              paint_scale_bar(painter, box, nice_scale_bar(stats.scale_denominator, it.rect.width_mm - 8.0),
                              stats.scale_denominator, px_per_mm);
          } else if constexpr (std::is_same_v<T, NorthArrowItem>) {
            paint_north_arrow(painter, box, px_per_mm);
          } else if constexpr (std::is_same_v<T, LocatorItem>) {
            paint_locator(painter, box, it, content, main_extent, px_per_mm);
          }
        },
        item);
  }
  return stats;
}

}  // namespace ruralatlas::layout
