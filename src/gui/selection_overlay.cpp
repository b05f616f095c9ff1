#include "gui/selection_overlay.hpp"

#include <QPainterPath>
#include <type_traits>

namespace ruralatlas::gui {

namespace {

constexpr double kPointRadiusPx = 6, kLineWidthPx = 4, kOutlineWidthPx = 2.5;

QPolygonF to_px(const auto& points, const CanvasViewport& viewport, QSizeF size_px) {
  QPolygonF out;
  out.reserve(static_cast<int>(points.size()));
  for (const auto& p : points) out << viewport.to_px(p, size_px);
  return out;
}

void draw_geometry(QPainter& painter, const core::Geometry& geometry, const CanvasViewport& viewport, QSizeF size_px) {
  const QPen edge(QColor(0x10, 0x30, 0x40), 1.5);
  std::visit(
      [&](const auto& g) {
        using G = std::decay_t<decltype(g)>;
        if constexpr (std::is_same_v<G, core::MultiPoint>) {
          painter.setPen(edge);
          painter.setBrush(kSelectionColour);
          for (const auto& p : g) painter.drawEllipse(viewport.to_px(p, size_px), kPointRadiusPx, kPointRadiusPx);
        } else if constexpr (std::is_same_v<G, core::MultiLineString>) {
          painter.setBrush(Qt::NoBrush);
          painter.setPen(QPen(kSelectionColour, kLineWidthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
          for (const auto& line : g) painter.drawPolyline(to_px(line, viewport, size_px));
        } else if constexpr (std::is_same_v<G, core::MultiPolygon>) {
          QPainterPath path;
          path.setFillRule(Qt::OddEvenFill);
          for (const auto& polygon : g) {
            path.addPolygon(to_px(polygon.outer(), viewport, size_px));
            for (const auto& hole : polygon.inners()) path.addPolygon(to_px(hole, viewport, size_px));
          }
          auto tint = kSelectionColour;
          tint.setAlpha(70);
          painter.setBrush(tint);
          painter.setPen(QPen(kSelectionColour, kOutlineWidthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
          painter.drawPath(path);
        }
      },
      geometry);
}

}  // namespace

void draw_selection(QPainter& painter, const core::Layer& layer, const std::vector<std::size_t>& features,
                    const CanvasViewport& viewport, QSizeF size_px) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  for (const auto index : features)
    if (index < layer.features.size()) draw_geometry(painter, layer.features[index].geometry, viewport, size_px);
  painter.restore();
}

}  // namespace ruralatlas::gui
