#pragma once
// The identify dock: every attribute of the clicked feature, one row per field, saying
// whether it is the layer's own or joined (tinted, the table named in the tooltip), so
// joined indicator columns stand out.
#include <QWidget>

#include "project/map_pipeline.hpp"

class QLabel;
class QTableWidget;

namespace ruralatlas::gui {

class IdentifyPanel : public QWidget {
  Q_OBJECT

 public:
  /// Columns of the attribute list.
  enum Column { FieldColumn, ValueColumn, FromColumn };

  explicit IdentifyPanel(QWidget* parent = nullptr);

  /// Lists feature `feature_index` of `map_layer`.
  void show_feature(const project::MapLayer& map_layer, std::size_t feature_index);
  /// Nothing under the last click.
  void show_nothing();

  /// "行政村 · feature 1234", or what the panel says when nothing is shown.
  QString heading() const;
  QTableWidget* table() const { return m_table; }

 private:
  QLabel* m_heading = nullptr;
  QTableWidget* m_table = nullptr;
};

}  // namespace ruralatlas::gui
