#include "render/map_renderer.hpp"

#include "render/label_placer.hpp"
#include "render/layer_batch.hpp"

namespace ruralatlas::render {

RenderStats render_map(QPainter& painter, const MapView& view, std::span<const StyledLayer> layers,
                       const RenderCancelled& cancelled) {
  RenderStats stats;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  const QRectF frame(QPointF(0, 0), view.frame_px());
  painter.setClipRect(frame, Qt::IntersectClip);
  LabelPlacer placer(frame, view.px_per_mm());
  const double scale = view.scale_denominator();
  for (const auto& layer : layers) {
    if (cancelled && cancelled()) {
      stats.cancelled = true;
      painter.restore();
      return stats;
    }
    if (!layer.layer || !layer.style) continue;
    if (!layer.style->visible_at(scale)) {
      ++stats.layers_hidden;
      continue;
    }
    const detail::LayerBatch batch(layer, view);
    painter.setOpacity(layer.style->opacity);
    batch.draw_casings(painter);
    batch.draw_symbols(painter);
    painter.setOpacity(1.0);
    batch.add_labels(placer);
    stats.features_drawn += batch.feature_count();
  }
  std::tie(stats.labels_placed, stats.labels_dropped) = placer.place_and_draw(painter);
  painter.restore();
  return stats;
}

}  // namespace ruralatlas::render
