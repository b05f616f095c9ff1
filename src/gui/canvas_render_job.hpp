#pragma once
// One render of the map canvas, self-contained so it can run on a worker thread: it holds
// the loaded map by shared pointer (a project opened meanwhile cannot free it) and draws with
// the same render::render_map the printed page uses.
#include <QImage>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "gui/canvas_viewport.hpp"
#include "project/map_pipeline.hpp"
#include "render/map_renderer.hpp"

namespace ruralatlas::gui {

struct CanvasRenderRequest {
  std::shared_ptr<const project::LoadedMap> map;
  std::vector<bool> layer_visible;  ///< per map layer, bottom to top
  CanvasViewport viewport;
  QSizeF size_px;              ///< logical pixels
  double dpi = 96.0;           ///< logical pixels per inch
  double device_pixel_ratio = 1.0;
  std::uint64_t generation = 0;  ///< increases with every request
};

struct CanvasImage {
  QImage image;  ///< device pixels, devicePixelRatio set; null when the render failed
  CanvasViewport viewport;  ///< what it shows
  QSizeF size_px;
  render::RenderStats stats;
  QString error;  ///< why there is no image
  std::uint64_t generation = 0;
};

/// Draws the visible layers on white. Never throws: a failure comes back in `error`.
CanvasImage render_canvas(const CanvasRenderRequest& request);

}  // namespace ruralatlas::gui
