#include "gui/canvas_renderer.hpp"

#include <QtConcurrent/QtConcurrentRun>

#include "gui/background_pool.hpp"

namespace ruralatlas::gui {

CanvasRenderer::CanvasRenderer(QObject* parent) : QObject(parent) {
  connect(&m_watcher, &QFutureWatcher<CanvasImage>::finished, this, &CanvasRenderer::on_finished);
}

// A running job owns what it reads (shared map, copied view) and reports only to the
// watcher, which drops the result once destroyed: closing never waits for a render.
CanvasRenderer::~CanvasRenderer() {
  // A render still drawing when the window closes would paint with fonts and the pool after the
  // application is gone: stop it before its next layer and wait for that.
  m_waiting.reset();
  if (m_running && m_running_request.cancel) m_running_request.cancel->store(true);
  m_watcher.waitForFinished();
}

void CanvasRenderer::request(CanvasRenderRequest request) {
  if (m_running) {
    if (supersedes(request, m_running_request)) m_running_request.cancel->store(true);
    m_waiting = std::move(request);
    return;
  }
  start(std::move(request));
}

void CanvasRenderer::start(CanvasRenderRequest request) {
  m_running = true;
  m_running_request = request;  // shares the map and the cancel flag with the job
  // Partial images are posted to this object's thread (dropped if it is gone; the destructor
  // waits for the job anyway), the finished one comes through the watcher.
  m_watcher.setFuture(QtConcurrent::run(background_pool(), [this, request = std::move(request)] {
    return render_canvas(request, [this](CanvasImage so_far) {
      QMetaObject::invokeMethod(this, [this, so_far = std::move(so_far)] { on_partial(so_far); }, Qt::QueuedConnection);
    });
  }));
}

void CanvasRenderer::on_partial(const CanvasImage& image) {
  // Only for the render still running and still wanted.
  if (m_running && image.generation == m_running_request.generation && !m_running_request.cancel->load())
    emit partly_rendered(image);
}

void CanvasRenderer::on_finished() {
  m_running = false;
  m_running_request = {};  // lets go of its map
  const auto image = m_watcher.result();
  if (m_waiting) {
    auto next = std::move(*m_waiting);
    m_waiting.reset();
    start(std::move(next));
  }
  if (!image.cancelled) emit rendered(image);
}

}  // namespace ruralatlas::gui
