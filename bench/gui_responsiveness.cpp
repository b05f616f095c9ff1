// How the desktop app behaves on a big project: opens PROJECT in the main window (offscreen or
// under Xvfb), then zooms in twice, pans, and zooms back out, waiting for each redraw. For each
// step it prints how long the step took and the longest the window's event loop was blocked
// (the largest gap between ticks of a 5 ms timer): that is how long the window froze.
//   cmake --build build --target gui_responsiveness
//   QT_QPA_PLATFORM=offscreen build/bench/gui_responsiveness bench/data/national/national.yaml
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

#include "gui/main_window.hpp"
#include "gui/map_canvas.hpp"

namespace {

using ruralatlas::gui::MainWindow;
using ruralatlas::gui::MapCanvas;

/// Largest gap between ticks of a 5 ms timer since the last reset.
class StallProbe : public QObject {
 public:
  StallProbe() {
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
      m_longest_ms = std::max(m_longest_ms, m_since_tick.restart());
    });
    m_since_tick.start();
    m_timer.start();
  }
  void reset() { m_longest_ms = 0, m_since_tick.restart(); }
  qint64 longest_ms() const { return std::max(m_longest_ms, m_since_tick.elapsed()); }

 private:
  QTimer m_timer;
  QElapsedTimer m_since_tick;
  qint64 m_longest_ms = 0;
};

/// Runs `start` with a `done` to call when the step has finished (or failed), waits up to 10
/// minutes, prints the step. Connections made in `start` should use `context`, which dies after.
bool step(const char* name, StallProbe& probe, const std::function<void(QObject* context, std::function<void(bool)> done)>& start) {
  QEventLoop loop;
  QObject context;
  QTimer::singleShot(600000, &loop, [&loop] { loop.exit(2); });
  QElapsedTimer clock;
  probe.reset();
  clock.start();
  start(&context, [&loop](bool ok) { loop.exit(ok ? 0 : 1); });
  const int result = loop.exec();
  std::printf("%-28s %8.2f s   window blocked at most %5lld ms%s\n", name, clock.elapsed() / 1000.0,
              static_cast<long long>(probe.longest_ms()), result == 0 ? "" : result == 1 ? "   (failed)" : "   (timed out)");
  return result == 0;
}

/// A step that ends with the canvas's next redraw.
bool redraw_step(const char* name, StallProbe& probe, MapCanvas* canvas, const std::function<void()>& action) {
  return step(name, probe, [&](QObject* context, std::function<void(bool)> done) {
    QObject::connect(canvas, &MapCanvas::render_finished, context, [done] { done(true); });
    QObject::connect(canvas, &MapCanvas::render_failed, context, [done] { done(false); });
    action();
  });
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: gui_responsiveness PROJECT.yaml\n");
    return 2;
  }
  const QString project = QString::fromLocal8Bit(argv[1]);
  MainWindow window;
  window.resize(1600, 1000);
  window.show();
  StallProbe probe;
  MapCanvas* canvas = window.canvas();
  // Opening ends with the first redraw after the project is open (the empty window may draw before).
  bool ok = step("open project, first draw", probe, [&](QObject* context, std::function<void(bool)> done) {
    auto opened = std::make_shared<bool>(false);
    QObject::connect(&window, &MainWindow::project_opened, context, [opened] { *opened = true; });
    QObject::connect(&window, &MainWindow::project_failed, context, [done](const QString& file, const QString& message) {
      std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(message));
      done(false);
    });
    QObject::connect(canvas, &MapCanvas::render_finished, context, [opened, done] {
      if (*opened) done(true);
    });
    window.open_project(project);
  });
  ok = ok && redraw_step("zoom in 4x", probe, canvas, [&] { canvas->zoom_by(4); });
  ok = ok && redraw_step("zoom in 4x again", probe, canvas, [&] { canvas->zoom_by(4); });
  ok = ok && redraw_step("zoom to full extent", probe, canvas, [&] { canvas->zoom_full_extent(); });
  return ok ? 0 : 1;
}
