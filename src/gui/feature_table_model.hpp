#pragma once
// One map layer's features as a table (a row per feature, a column per field) for the
// attribute table's view: text for display, numbers for sorting, joined columns marked in
// the header.
#include <QAbstractTableModel>
#include <memory>

#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

class FeatureTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  /// What data() gives for sorting: numbers for numeric fields (empty: -infinity), text otherwise.
  static constexpr int kSortRole = Qt::UserRole + 1;
  /// headerData(): true for a column a join added.
  static constexpr int kJoinedRole = Qt::UserRole + 2;

  explicit FeatureTableModel(QObject* parent = nullptr);

  /// Shows map layer `layer_index` of `map` (null: nothing). The model keeps the map alive.
  void show_layer(std::shared_ptr<const project::LoadedMap> map, std::size_t layer_index);
  const project::MapLayer* map_layer() const;
  std::size_t layer_index() const { return m_layer_index; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::shared_ptr<const project::LoadedMap> m_map;
  std::size_t m_layer_index = 0;
};

}  // namespace ruralatlas::gui
