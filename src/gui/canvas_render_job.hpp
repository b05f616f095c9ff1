#pragma once
// One render of the map canvas, self-contained so it can run on a worker thread: it holds
// the loaded map by shared pointer (a project opened meanwhile cannot free it) and draws with
// the same render::render_map the printed page uses.
#include <QImage>
#include <QSizeF>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
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
  int partial_every_ms = 300;    ///< a longer render hands over what it has drawn this often
  /// Set from the window's thread to stop the render before its next layer.
  std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

/// A render of `running` is wasted once `next` is asked for: another map (a project opened,
/// layers moved, added or removed) or other layers shown. A new view of the same layers is
/// not: its image is shown moved and scaled until the next one arrives.
bool supersedes(const CanvasRenderRequest& next, const CanvasRenderRequest& running);

struct CanvasImage {
  QImage image;  ///< device pixels, devicePixelRatio set; null when the render failed
  CanvasViewport viewport;  ///< what it shows
  QSizeF size_px;
  render::RenderStats stats;
  QString error;  ///< why there is no image
  bool cancelled = false;  ///< stopped part-way: the image is not to be shown
  bool partial = false;    ///< the layers drawn so far: more (and the labels) to come
  std::uint64_t generation = 0;
};

/// Draws the visible layers on white. Never throws: a failure comes back in `error`. A render
/// taking longer than request.partial_every_ms gives `partial` copies of its image between
/// layers, so the window can show the map filling in.
CanvasImage render_canvas(const CanvasRenderRequest& request, const std::function<void(CanvasImage)>& partial = {});

}  // namespace ruralatlas::gui
