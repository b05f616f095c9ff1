#pragma once
// The attribute table dock: a layer's features in a sortable table with a filter, joined
// columns marked. Selecting rows selects the features on the map (and asks to zoom to
// them); features selected on the map are selected in the table. Typing in the filter waits
// for a pause before the model filters, on a worker, so a national layer never freezes it.
#include <QWidget>
#include <memory>
#include <vector>

#include "project/map_pipeline.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

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
  FeatureTableModel* model() const { return m_model; }
  QLineEdit* filter() const { return m_filter; }
  /// "812 of 4317 features", or "filtering…" while the rows are being worked out.
  QString count_text() const;
  /// The filter typed or the sort asked for is not shown yet.
  bool rows_pending() const;
  /// The feature (index into the layer) shown in row `row` of the view.
  std::size_t feature_of_row(int row) const;

 signals:
  /// The user selected these features of map layer `layer_index` in the table.
  void features_chosen(std::size_t layer_index, const std::vector<std::size_t>& features);

 private:
  void on_rows_selected();
  void on_selection_changed();
  void on_rows_ordered();
  /// Selects the rows of the selected features when they are of the layer shown.
  void select_matching_rows();
  void update_count();

  FeatureSelection* m_selection;
  std::shared_ptr<const project::LoadedMap> m_map;
  FeatureTableModel* m_model = nullptr;
  QTimer* m_filter_pause = nullptr;  ///< runs from a keystroke until the filter is applied
  QComboBox* m_layer_choice = nullptr;
  QLineEdit* m_filter = nullptr;
  QLabel* m_count = nullptr;
  QLabel* m_joined_note = nullptr;
  QTableView* m_view = nullptr;
  bool m_syncing = false;  ///< selecting rows to match the map: not a choice of the user's
};

}  // namespace ruralatlas::gui
