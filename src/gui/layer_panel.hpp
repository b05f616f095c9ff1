#pragma once
// The layers panel: the project's layers top first, each with a visibility checkbox, a
// context menu (zoom to layer, move up or down, remove), dragged to reorder, and, beneath it,
// its legend classes with the same swatches and feature counts as the printed legend
// (render::build_legend, render::draw_symbol_swatch). The counts test every feature against
// every rule (most of a second for national roads), so they are worked out on a worker and
// the classes appear beneath their layers when it is done.
#include <QFutureWatcher>
#include <QTreeWidget>
#include <memory>
#include <vector>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QMenu;

#include "project/map_pipeline.hpp"
#include "render/legend_model.hpp"

namespace ruralatlas::gui {

class LayerPanel : public QTreeWidget {
  Q_OBJECT

 public:
  explicit LayerPanel(QWidget* parent = nullptr);

  /// Lists the layers of `map` (null: none), checked where `visible` says (all when it is
  /// empty); their legend classes follow from a worker (legend_shown).
  void show_map(std::shared_ptr<const project::LoadedMap> map, const std::vector<bool>& visible = {});
  /// True until the legend classes of the last map shown are beneath their layers.
  bool legend_pending() const { return m_legend_pending; }
  /// The top-level item of map layer `layer_index` (bottom-to-top index), or null.
  QTreeWidgetItem* layer_item(std::size_t layer_index) const;
  /// The context menu of map layer `layer_index`, as a right-click on it opens.
  std::unique_ptr<QMenu> layer_menu(std::size_t layer_index);

 signals:
  void layer_visibility_changed(std::size_t layer_index, bool visible);
  void zoom_to_layer_requested(std::size_t layer_index);
  /// Move map layer `from` to position `to` (bottom-to-top indices).
  void layer_move_requested(std::size_t from, std::size_t to);
  void layer_remove_requested(std::size_t layer_index);
  void join_requested(std::size_t layer_index);
  void style_requested(std::size_t layer_index);
  /// The legend classes of the map last shown are in place.
  void legend_shown();

 private:
  void on_item_changed(QTreeWidgetItem* item, int column);
  void on_context_menu(const QPoint& at);
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  /// A drag of the panel's own rows (a layer being moved).
  bool is_row_drag(const QDropEvent& event) const;
  std::size_t layer_count() const { return static_cast<std::size_t>(topLevelItemCount()); }
  void on_legends();

  std::shared_ptr<const project::LoadedMap> m_map;  ///< held while its legends are worked out
  QFutureWatcher<std::vector<render::LegendModel>> m_legends;  ///< one per map layer, bottom first
  bool m_legend_pending = false;
};

}  // namespace ruralatlas::gui
