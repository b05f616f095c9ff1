#pragma once
// The map on screen: the project's layers drawn by render::render_map on a worker thread,
// panned by dragging, zoomed with the wheel or a dragged box, selected features highlighted.
// Between renders the last image is shown moved and scaled to the current view, so the map
// follows the mouse without waiting; a long render shows the layers it has drawn as it goes.
#include <QImage>
#include <QWidget>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "gui/canvas_render_job.hpp"
#include "gui/canvas_renderer.hpp"
#include "gui/canvas_viewport.hpp"
#include "gui/feature_hit_test.hpp"
#include "gui/layer_hit_indexes.hpp"

namespace ruralatlas::gui {

class FeatureSelection;

/// What a left-button drag or click on the canvas does. A drag with Shift held zooms to the
/// dragged box whatever the tool.
enum class CanvasTool { Pan, Identify, ZoomBox };

class MapCanvas : public QWidget {
  Q_OBJECT

 public:
  explicit MapCanvas(QWidget* parent = nullptr);

  /// Shows `map` framed on `full_extent` (map CRS), every layer visible; null clears it.
  void set_map(std::shared_ptr<const project::LoadedMap> map, const core::Envelope& full_extent);
  const project::LoadedMap* map() const { return m_map.get(); }

  /// Shows `map`, an edit of the map shown (layers reordered, removed or added), with
  /// `visible` per layer, keeping the view.
  void show_edited_map(std::shared_ptr<const project::LoadedMap> map, std::vector<bool> visible);
  void set_layer_visible(std::size_t layer_index, bool visible);
  bool layer_visible(std::size_t layer_index) const;
  /// Indices of the visible map layers, bottom to top.
  std::vector<std::size_t> visible_layers() const;

  void set_tool(CanvasTool tool);
  CanvasTool tool() const { return m_tool; }
  /// The selection drawn highlighted over the map; the canvas does not own it.
  void set_selection(const FeatureSelection* selection);

  void zoom_full_extent();
  /// Frames `extent` (map CRS) with a small margin; a point or tiny extent is shown at least
  /// a kilometre across.
  void zoom_to_extent(const core::Envelope& extent);
  /// Zooms about the centre of the window (> 1 zooms in).
  void zoom_by(double factor);

  /// 1:N of the current view at the screen's resolution; 0 without a map.
  double scale_denominator() const;
  /// The newest finished render matches the current view and layers.
  bool render_up_to_date() const;
  /// The last finished image and the view it shows (for tests and screenshots).
  const CanvasImage& last_render() const { return m_image; }
  /// Map point under a pixel of the widget.
  core::Point to_map(QPointF widget_px) const { return m_viewport.to_map(widget_px, size()); }
  QPointF to_widget(const core::Point& p) const { return m_viewport.to_px(p, size()); }

 signals:
  void cursor_moved(double map_x, double map_y);
  void cursor_left();
  void scale_changed(double scale_denominator);
  /// The render of the current view and layers is on screen.
  void render_finished();
  void render_failed(const QString& message);
  /// A click with the Identify tool hit this feature (topmost visible layer).
  void feature_clicked(const ruralatlas::gui::FeatureRef& feature);
  /// A click with the Identify tool hit no feature.
  void empty_clicked();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void view_changed();
  void request_render();
  void on_rendered(const CanvasImage& image);
  void on_partly_rendered(const CanvasImage& image);
  void identify_at(QPointF widget_px);
  void zoom_to_box(const QRectF& box_px);

  std::shared_ptr<const project::LoadedMap> m_map;
  core::Envelope m_full_extent = core::empty_envelope();
  std::vector<bool> m_layer_visible;
  CanvasViewport m_viewport;
  CanvasRenderer m_renderer;
  LayerHitIndexes m_hit_indexes;  ///< for identify clicks; a click before a layer's is built scans it
  CanvasImage m_image;
  std::uint64_t m_requested = 0;    ///< generation of the newest request
  std::uint64_t m_map_first = 0;    ///< first generation of the current map: older images are of another map
  CanvasTool m_tool = CanvasTool::Pan;
  const FeatureSelection* m_selection = nullptr;
  std::optional<QPointF> m_drag_from;
  std::optional<QPointF> m_press_at;  ///< where the left button went down, to tell a click from a drag
  std::optional<QRectF> m_zoom_box;   ///< the box being dragged out, widget pixels
};

}  // namespace ruralatlas::gui
