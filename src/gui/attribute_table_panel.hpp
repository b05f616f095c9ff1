#pragma once
// The attribute table dock: a layer's features in a sortable table with a filter, joined
// columns marked. Selecting rows selects the features on the map (and asks to zoom to
// them); features selected on the map are selected in the table.
#include <QWidget>
#include <memory>
#include <vector>

#include "project/map_pipeline.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ruralatlas::gui {

class FeatureSelection;
class FeatureTableModel;

class AttributeTablePanel : public QWidget {
  Q_OBJECT

 public:
  explicit AttributeTablePanel(FeatureSelection* selection, QWidget* parent = nullptr);

  /// Lists the layers of `map` to choose from (top first) and shows the top one.
  void show_map(std::shared_ptr<const project::LoadedMap> map);
  /// Shows map layer `layer_index`.
  void show_layer(std::size_t layer_index);
  std::size_t layer_index() const;

  QTableView* view() const { return m_view; }
  QSortFilterProxyModel* proxy() const { return m_proxy; }
  QLineEdit* filter() const { return m_filter; }
  /// "812 of 4317 features"
  QString count_text() const;
  /// The feature (index into the layer) shown in row `row` of the view.
  std::size_t feature_of_row(int row) const;

 signals:
  /// The user selected these features of map layer `layer_index` in the table.
  void features_chosen(std::size_t layer_index, const std::vector<std::size_t>& features);

 private:
  void on_rows_selected();
  void on_selection_changed();
  /// Selects the rows of the selected features when they are of the layer shown.
  void select_matching_rows();
  void update_count();

  FeatureSelection* m_selection;
  std::shared_ptr<const project::LoadedMap> m_map;
  FeatureTableModel* m_model = nullptr;
  QSortFilterProxyModel* m_proxy = nullptr;
  QComboBox* m_layer_choice = nullptr;
  QLineEdit* m_filter = nullptr;
  QLabel* m_count = nullptr;
  QLabel* m_joined_note = nullptr;
  QTableView* m_view = nullptr;
  bool m_syncing = false;  ///< selecting rows to match the map: not a choice of the user's
};

}  // namespace ruralatlas::gui
