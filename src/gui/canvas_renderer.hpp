#pragma once
// Runs canvas renders on the thread pool, one at a time: a request made while one runs
// replaces any request still waiting (only the newest view matters), so dragging the map
// never queues up renders, and the window thread never draws a map itself. A render of a
// map or layers no longer shown stops before its next layer. A long render (national layers)
// hands over what it has drawn every 300 ms, so the map fills in layer by layer.
#include <QFutureWatcher>
#include <QObject>
#include <optional>

#include "gui/canvas_render_job.hpp"

namespace ruralatlas::gui {

class CanvasRenderer : public QObject {
  Q_OBJECT

 public:
  explicit CanvasRenderer(QObject* parent = nullptr);
  ~CanvasRenderer() override;

  /// Starts `request` now, or after the running render, replacing any waiting request; a
  /// running render it supersedes (another map or other layers) is cancelled.
  void request(CanvasRenderRequest request);
  /// No render running or waiting.
  bool idle() const { return !m_running && !m_waiting; }

 signals:
  /// Every finished render not cancelled, older ones included (the canvas shows them moved and scaled
  /// until the newest arrives); check CanvasImage::generation.
  void rendered(const ruralatlas::gui::CanvasImage& image);
  /// What the running render has drawn so far (CanvasImage::partial), while it is still wanted.
  void partly_rendered(const ruralatlas::gui::CanvasImage& image);

 private:
  void start(CanvasRenderRequest request);
  void on_finished();
  void on_partial(const CanvasImage& image);

  QFutureWatcher<CanvasImage> m_watcher;
  std::optional<CanvasRenderRequest> m_waiting;
  CanvasRenderRequest m_running_request;  ///< what the running render draws
  bool m_running = false;
};

}  // namespace ruralatlas::gui
