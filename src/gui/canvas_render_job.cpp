#include "gui/canvas_render_job.hpp"

#include <QElapsedTimer>
#include <QPainter>
#include <exception>

namespace ruralatlas::gui {

bool supersedes(const CanvasRenderRequest& next, const CanvasRenderRequest& running) {
  return next.map != running.map || next.layer_visible != running.layer_visible;
}

CanvasImage render_canvas(const CanvasRenderRequest& request, const std::function<void(CanvasImage)>& partial) {
  CanvasImage out;
  out.viewport = request.viewport;
  out.size_px = request.size_px;
  out.generation = request.generation;
  try {
    const double dpr = request.device_pixel_ratio;
    const auto view = request.viewport.map_view(request.size_px, request.dpi, request.map->crs.metres_per_unit, dpr);
    QImage image(view.frame_px().toSize(), QImage::Format_ARGB32_Premultiplied);
    // Label sizes are in points: the image must say its resolution, as the PNG exporter does.
    const int dots_per_metre = qRound(request.dpi * dpr / 0.0254);
    image.setDotsPerMeterX(dots_per_metre);
    image.setDotsPerMeterY(dots_per_metre);
    image.fill(Qt::white);
    std::vector<render::StyledLayer> layers;
    const auto& map_layers = request.map->layers;
    for (std::size_t i = 0; i < map_layers.size(); ++i)
      if (i >= request.layer_visible.size() || request.layer_visible[i])
        layers.push_back({map_layers[i].layer.get(), &map_layers[i].style});
    QPainter painter(&image);
    QElapsedTimer since_shown;
    since_shown.start();
    // Asked before every layer: stop, or first hand over what is drawn when it has been a while.
    const auto stop_or_show = [&] {
      if (request.cancel->load()) return true;
      if (partial && since_shown.elapsed() >= request.partial_every_ms) {
        CanvasImage so_far = out;
        so_far.image = image.copy();
        so_far.image.setDevicePixelRatio(dpr);
        so_far.partial = true;
        partial(std::move(so_far));
        since_shown.restart();
      }
      return false;
    };
    out.stats = render::render_map(painter, view, layers, stop_or_show);
    painter.end();
    out.cancelled = out.stats.cancelled;
    image.setDevicePixelRatio(dpr);
    out.image = std::move(image);
  } catch (const std::exception& e) {
    out.error = QString::fromStdString(e.what());
  }
  return out;
}

}  // namespace ruralatlas::gui
