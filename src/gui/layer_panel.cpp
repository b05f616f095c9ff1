#include "gui/layer_panel.hpp"

#include <QHeaderView>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>

#include "gui/background_pool.hpp"
#include "render/legend_model.hpp"
#include "render/symbol_swatch.hpp"

namespace ruralatlas::gui {

namespace {

constexpr int kLayerIndexRole = Qt::UserRole + 1;
/// Swatches at the printed legend's size: 6 × 4 mm at 96 dpi.
constexpr int kSwatchWidthPx = 24, kSwatchHeightPx = 16;
constexpr double kSwatchPxPerMm = 96.0 / 25.4;

QIcon swatch_icon(const std::vector<style::Symbol>& symbols, core::GeometryKind kind, qreal device_pixel_ratio) {
  QPixmap pixmap(QSize(kSwatchWidthPx, kSwatchHeightPx) * device_pixel_ratio);
  pixmap.setDevicePixelRatio(device_pixel_ratio);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  render::draw_symbol_swatch(painter, QRectF(1, 1, kSwatchWidthPx - 2, kSwatchHeightPx - 2), symbols, kind,
                             kSwatchPxPerMm);
  return QIcon(pixmap);
}

QString with_count(const std::string& label, std::size_t count) {
  return QStringLiteral("%1 (%2)").arg(QString::fromStdString(label)).arg(count);
}

void add_legend_items(QTreeWidgetItem* parent, const render::LegendModel& legend, qreal device_pixel_ratio) {
  for (const auto& group : legend.groups) {
    if (group.nested_circles) {
      // Proportional circles: one row per class, the circle capped to the row's height.
      for (const auto& circle : group.nested_circles->circles) {
        auto symbol = group.nested_circles->symbol;
        symbol.size_mm = std::min(circle.diameter_mm, (kSwatchHeightPx - 2) / kSwatchPxPerMm);
        auto* row = new QTreeWidgetItem(parent, {QString::fromStdString(circle.label)});
        row->setIcon(0, swatch_icon({symbol}, core::GeometryKind::Point, device_pixel_ratio));
      }
    }
    for (const auto& item : group.items) {
      auto* row = new QTreeWidgetItem(parent, {with_count(item.label, item.feature_count)});
      row->setIcon(0, swatch_icon(item.symbols, item.kind, device_pixel_ratio));
    }
  }
}

/// Every layer's legend (with its counts), bottom layer first; runs on a worker.
std::vector<render::LegendModel> legends_of(const project::LoadedMap& map) {
  std::vector<render::LegendModel> legends;
  for (const auto& map_layer : map.layers) {
    const render::StyledLayer styled{map_layer.layer.get(), &map_layer.style};
    legends.push_back(render::build_legend({&styled, 1}));
  }
  return legends;
}

}  // namespace

LayerPanel::LayerPanel(QWidget* parent) : QTreeWidget(parent) {
  setHeaderHidden(true);
  setColumnCount(1);
  setIconSize(QSize(kSwatchWidthPx, kSwatchHeightPx));
  setRootIsDecorated(true);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setDragDropMode(QAbstractItemView::InternalMove);
  setDefaultDropAction(Qt::MoveAction);
  setContextMenuPolicy(Qt::CustomContextMenu);
  connect(this, &QTreeWidget::itemChanged, this, &LayerPanel::on_item_changed);
  connect(&m_legends, &QFutureWatcher<std::vector<render::LegendModel>>::finished, this, &LayerPanel::on_legends);
  connect(this, &QWidget::customContextMenuRequested, this, &LayerPanel::on_context_menu);
}

void LayerPanel::show_map(std::shared_ptr<const project::LoadedMap> map, const std::vector<bool>& visible) {
  const QSignalBlocker blocker(this);
  clear();
  m_map = std::move(map);
  m_legend_pending = false;
  if (!m_map) {
    m_legends.setFuture({});
    return;
  }
  // Top layer first, as in the printed legend.
  for (std::size_t i = m_map->layers.size(); i-- > 0;) {
    const auto& map_layer = m_map->layers[i];
    const auto& title = map_layer.style.title.empty() ? map_layer.layer->name : map_layer.style.title;
    auto* item = new QTreeWidgetItem(this, {QString::fromStdString(title)});
    item->setData(0, kLayerIndexRole, static_cast<qulonglong>(i));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, i < visible.size() && !visible[i] ? Qt::Unchecked : Qt::Checked);
    item->setFlags(item->flags() | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    item->setToolTip(0, tr("Layer %1: %2 features from %3")
                            .arg(QString::fromStdString(map_layer.layer->name))
                            .arg(map_layer.layer->features.size())
                            .arg(QString::fromStdString(map_layer.layer->source)));
  }
  m_legend_pending = true;
  // The watcher follows only the newest map: a slower run for an older one is never shown.
  m_legends.setFuture(QtConcurrent::run(background_pool(), [map = m_map] { return legends_of(*map); }));
}

void LayerPanel::on_legends() {
  if (m_legends.future().resultCount() == 0) return;
  const auto legends = m_legends.result();
  {
    const QSignalBlocker blocker(this);  // new rows are not visibility changes
    for (std::size_t i = 0; i < legends.size(); ++i)
      if (auto* item = layer_item(i)) {
        add_legend_items(item, legends[i], devicePixelRatioF());
        item->setExpanded(true);
      }
  }
  m_legend_pending = false;
  emit legend_shown();
}

QTreeWidgetItem* LayerPanel::layer_item(std::size_t layer_index) const {
  for (int row = 0; row < topLevelItemCount(); ++row) {
    auto* item = topLevelItem(row);
    if (item->data(0, kLayerIndexRole).toULongLong() == layer_index) return item;
  }
  return nullptr;
}

std::unique_ptr<QMenu> LayerPanel::layer_menu(std::size_t layer_index) {
  auto menu = std::make_unique<QMenu>(this);
  menu->addAction(tr("&Zoom to layer"), this, [this, layer_index] { emit zoom_to_layer_requested(layer_index); })
      ->setObjectName("zoom_to_layer");
  menu->addAction(tr("&Style…"), this, [this, layer_index] { emit style_requested(layer_index); })
      ->setObjectName("style_layer");
  menu->addAction(tr("&Join a table…"), this, [this, layer_index] { emit join_requested(layer_index); })
      ->setObjectName("join_table");
  menu->addSeparator();
  // The panel lists the top layer first: "up" is towards the top of the map.
  auto* up = menu->addAction(tr("Move &up"), this, [this, layer_index] { emit layer_move_requested(layer_index, layer_index + 1); });
  up->setObjectName("move_layer_up");
  up->setEnabled(layer_index + 1 < layer_count());
  auto* down = menu->addAction(tr("Move &down"), this, [this, layer_index] { emit layer_move_requested(layer_index, layer_index - 1); });
  down->setObjectName("move_layer_down");
  down->setEnabled(layer_index > 0);
  menu->addSeparator();
  menu->addAction(tr("&Remove"), this, [this, layer_index] { emit layer_remove_requested(layer_index); })
      ->setObjectName("remove_layer");
  return menu;
}

void LayerPanel::on_context_menu(const QPoint& at) {
  auto* item = itemAt(at);
  if (!item) return;
  while (item->parent()) item = item->parent();  // a legend row stands for its layer
  layer_menu(item->data(0, kLayerIndexRole).toULongLong())->exec(viewport()->mapToGlobal(at));
}

bool LayerPanel::is_row_drag(const QDropEvent& event) const {
  return event.mimeData() && event.mimeData()->hasFormat(model()->mimeTypes().constFirst());
}

void LayerPanel::dragEnterEvent(QDragEnterEvent* event) {
  if (is_row_drag(*event)) event->acceptProposedAction();
}

void LayerPanel::dragMoveEvent(QDragMoveEvent* event) {
  if (is_row_drag(*event) && itemAt(event->position().toPoint())) event->acceptProposedAction();
  else event->ignore();
}

void LayerPanel::dropEvent(QDropEvent* event) {
  // The window reorders the map and lists it again; the tree never moves items itself (it
  // would nest a layer under another's legend).
  auto* dragged = currentItem();
  auto* target = itemAt(event->position().toPoint());
  event->setDropAction(Qt::IgnoreAction);
  event->accept();
  if (!dragged || !target || dragged->parent()) return;
  while (target->parent()) target = target->parent();
  const auto from = dragged->data(0, kLayerIndexRole).toULongLong();
  const auto to = target->data(0, kLayerIndexRole).toULongLong();
  // After the drag has finished: the window lists the layers again, deleting these items.
  if (from != to)
    QMetaObject::invokeMethod(this, [this, from, to] { emit layer_move_requested(from, to); }, Qt::QueuedConnection);
}

void LayerPanel::on_item_changed(QTreeWidgetItem* item, int column) {
  if (column != 0 || item->parent()) return;
  emit layer_visibility_changed(item->data(0, kLayerIndexRole).toULongLong(), item->checkState(0) == Qt::Checked);
}

}  // namespace ruralatlas::gui
