#include "gui/map_canvas.hpp"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <utility>

#include "gui/feature_selection.hpp"
#include "gui/selection_overlay.hpp"

namespace ruralatlas::gui {

namespace {
/// One wheel notch (120 units) zooms by 1.25.
double wheel_factor(int angle_delta) { return std::pow(1.25, angle_delta / 120.0); }
/// A press and release this close is a click, not a drag.
constexpr double kClickSlopPx = 4;
/// How near a point or line must be to the cursor to be identified.
constexpr double kIdentifyTolerancePx = 5;

/// Zooming to a point or a tiny extent shows at least this much around it.
constexpr double kMinZoomSpan_m = 1000;

Qt::CursorShape cursor_of(CanvasTool tool) {
  switch (tool) {
    case CanvasTool::Identify: return Qt::WhatsThisCursor;
    case CanvasTool::ZoomBox: return Qt::CrossCursor;
    case CanvasTool::Pan: break;
  }
  return Qt::OpenHandCursor;
}
}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::WheelFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(200, 150);
  setCursor(Qt::OpenHandCursor);
  connect(&m_renderer, &CanvasRenderer::rendered, this, &MapCanvas::on_rendered);
  connect(&m_renderer, &CanvasRenderer::partly_rendered, this, &MapCanvas::on_partly_rendered);
}

void MapCanvas::set_map(std::shared_ptr<const project::LoadedMap> map, const core::Envelope& full_extent) {
  m_map = std::move(map);
  m_full_extent = full_extent;
  m_layer_visible.assign(m_map ? m_map->layers.size() : 0, true);
  m_image = {};
  m_map_first = m_requested + 1;
  m_viewport = {};
  if (m_map) {
    m_hit_indexes.prepare(*m_map);
    m_viewport.fit(m_full_extent, size());
  } else {
    m_hit_indexes.clear();
  }
  view_changed();
}

void MapCanvas::show_edited_map(std::shared_ptr<const project::LoadedMap> map, std::vector<bool> visible) {
  m_map = std::move(map);
  m_layer_visible = std::move(visible);
  m_layer_visible.resize(m_map->layers.size(), true);
  m_hit_indexes.prepare(*m_map);
  // The last image stays up, moved with the view, until the edited map's render replaces it.
  request_render();
  update();
}

void MapCanvas::set_layer_visible(std::size_t layer_index, bool visible) {
  if (layer_index >= m_layer_visible.size() || m_layer_visible[layer_index] == visible) return;
  m_layer_visible[layer_index] = visible;
  request_render();
}

bool MapCanvas::layer_visible(std::size_t layer_index) const {
  return layer_index < m_layer_visible.size() && m_layer_visible[layer_index];
}

std::vector<std::size_t> MapCanvas::visible_layers() const {
  std::vector<std::size_t> visible;
  for (std::size_t i = 0; i < m_layer_visible.size(); ++i)
    if (m_layer_visible[i]) visible.push_back(i);
  return visible;
}

void MapCanvas::set_tool(CanvasTool tool) {
  m_tool = tool;
  setCursor(cursor_of(tool));
}

void MapCanvas::set_selection(const FeatureSelection* selection) {
  if (m_selection) disconnect(m_selection, nullptr, this, nullptr);
  m_selection = selection;
  if (m_selection) connect(m_selection, &FeatureSelection::changed, this, qOverload<>(&QWidget::update));
  update();
}

void MapCanvas::identify_at(QPointF widget_px) {
  if (!m_map) return;
  const auto hit = topmost_feature_at(*m_map, visible_layers(), to_map(widget_px),
                                      kIdentifyTolerancePx * m_viewport.units_per_px(), &m_hit_indexes);
  if (hit)
    emit feature_clicked(*hit);
  else
    emit empty_clicked();
}

void MapCanvas::zoom_full_extent() {
  if (!m_map) return;
  m_viewport.fit(m_full_extent, size());
  view_changed();
}

void MapCanvas::zoom_to_extent(const core::Envelope& extent) {
  if (!m_map || core::is_empty(extent)) return;
  const double min_span = kMinZoomSpan_m / m_map->crs.metres_per_unit;
  const double grow_x = std::max(0.0, min_span - (extent.max_corner().x() - extent.min_corner().x())) / 2;
  const double grow_y = std::max(0.0, min_span - (extent.max_corner().y() - extent.min_corner().y())) / 2;
  m_viewport.fit({{extent.min_corner().x() - grow_x, extent.min_corner().y() - grow_y},
                  {extent.max_corner().x() + grow_x, extent.max_corner().y() + grow_y}},
                 size());
  view_changed();
}

void MapCanvas::zoom_to_box(const QRectF& box_px) {
  const auto a = to_map(box_px.topLeft()), b = to_map(box_px.bottomRight());
  zoom_to_extent({{std::min(a.x(), b.x()), std::min(a.y(), b.y())}, {std::max(a.x(), b.x()), std::max(a.y(), b.y())}});
}

void MapCanvas::zoom_by(double factor) {
  m_viewport.zoom_at(rect().center(), factor, size());
  view_changed();
}

double MapCanvas::scale_denominator() const {
  if (!m_map || !m_viewport.valid() || size().isEmpty()) return 0;
  return m_viewport.map_view(size(), logicalDpiX(), m_map->crs.metres_per_unit).scale_denominator();
}

bool MapCanvas::render_up_to_date() const {
  return m_map && m_renderer.idle() && m_image.generation == m_requested && !m_image.partial && !m_image.image.isNull();
}

void MapCanvas::view_changed() {
  update();
  if (!m_map) return;
  emit scale_changed(scale_denominator());
  request_render();
}

void MapCanvas::request_render() {
  if (!m_map || !m_viewport.valid() || size().isEmpty()) return;
  CanvasRenderRequest request;
  request.map = m_map;
  request.layer_visible = m_layer_visible;
  request.viewport = m_viewport;
  request.size_px = size();
  request.dpi = logicalDpiX();
  request.device_pixel_ratio = devicePixelRatioF();
  request.generation = ++m_requested;
  m_renderer.request(std::move(request));
}

void MapCanvas::on_rendered(const CanvasImage& image) {
  if (image.generation < m_map_first || image.generation < m_image.generation) return;
  if (!image.error.isEmpty()) {
    emit render_failed(image.error);
    return;
  }
  m_image = image;
  update();
  if (m_image.generation == m_requested) emit render_finished();
}

void MapCanvas::on_partly_rendered(const CanvasImage& image) {
  // Only the newest view fills in; an older one's finished image stays until then.
  if (image.generation != m_requested || image.generation < m_map_first) return;
  m_image = image;
  update();
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), Qt::white);
  if (m_image.image.isNull() || !m_viewport.valid()) return;
  // Where the image's corners fall in the current view: it is moved and scaled, not redrawn.
  const auto& shown = m_image.viewport;
  const auto top_left = m_viewport.to_px(shown.to_map({0, 0}, m_image.size_px), size());
  const auto bottom_right =
      m_viewport.to_px(shown.to_map({m_image.size_px.width(), m_image.size_px.height()}, m_image.size_px), size());
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(QRectF(top_left, bottom_right), m_image.image);
  if (m_selection && m_selection->layer_index() && *m_selection->layer_index() < m_map->layers.size())
    draw_selection(painter, *m_map->layers[*m_selection->layer_index()].layer, m_selection->features(), m_viewport,
                   size());
  if (m_zoom_box) {
    painter.setPen(QPen(QColor(0x20, 0x40, 0x80), 1, Qt::DashLine));
    painter.setBrush(QColor(0x40, 0x80, 0xff, 40));
    painter.drawRect(*m_zoom_box);
  }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  if (!m_map) return;
  // The first real size frames the map; later ones keep centre and scale.
  if (!m_viewport.valid()) m_viewport.fit(m_full_extent, size());
  view_changed();
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  if (!m_map || event->angleDelta().y() == 0) return;
  m_viewport.zoom_at(event->position(), wheel_factor(event->angleDelta().y()), size());
  view_changed();
  event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_map) return;
  m_press_at = event->position();
  if (m_tool == CanvasTool::ZoomBox || event->modifiers() & Qt::ShiftModifier) {
    m_zoom_box = QRectF(event->position(), event->position());
    return;
  }
  if (m_tool != CanvasTool::Pan) return;
  m_drag_from = event->position();
  setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (m_map) {
    const auto p = to_map(event->position());
    emit cursor_moved(p.x(), p.y());
  }
  if (m_zoom_box) {
    m_zoom_box->setBottomRight(event->position());
    update();
    return;
  }
  if (!m_drag_from) return;
  m_viewport.pan_by(event->position() - *m_drag_from);
  m_drag_from = event->position();
  view_changed();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  const bool click = m_press_at && QLineF(*m_press_at, event->position()).length() <= kClickSlopPx;
  const auto zoom_box = std::exchange(m_zoom_box, std::nullopt);
  m_press_at.reset();
  m_drag_from.reset();
  setCursor(cursor_of(m_tool));
  if (zoom_box) {
    if (!click) zoom_to_box(zoom_box->normalized());
    update();
  } else if (click && m_tool == CanvasTool::Identify) {
    identify_at(event->position());
  }
}

void MapCanvas::leaveEvent(QEvent*) { emit cursor_left(); }

}  // namespace ruralatlas::gui
