#pragma once
// The layers panel: the project's layers top first, each with a visibility checkbox and,
// beneath it, its legend classes with the same swatches and feature counts as the printed
// legend (render::build_legend, render::draw_symbol_swatch).
#include <QTreeWidget>

#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

class LayerPanel : public QTreeWidget {
  Q_OBJECT

 public:
  explicit LayerPanel(QWidget* parent = nullptr);

  /// Lists the layers of `map` (null: none). The map must outlive the panel's use of it.
  void show_map(const project::LoadedMap* map);
  /// The top-level item of map layer `layer_index` (bottom-to-top index), or null.
  QTreeWidgetItem* layer_item(std::size_t layer_index) const;

 signals:
  void layer_visibility_changed(std::size_t layer_index, bool visible);

 private:
  void on_item_changed(QTreeWidgetItem* item, int column);
};

}  // namespace ruralatlas::gui
