#pragma once
// One map layer's features as a table (a row per feature, a column per field) for the
// attribute table's view: text for display, joined columns marked in the header. The model
// owns its row order: the features passing the filter, sorted, computed on a worker
// (order_rows) while the rows of the last order stay shown; a result overtaken by a newer
// filter, sort or layer is dropped.
#include <QAbstractTableModel>
#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "gui/feature_row_order.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

class FeatureTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  /// headerData(): true for a column a join added.
  static constexpr int kJoinedRole = Qt::UserRole + 2;

  explicit FeatureTableModel(QObject* parent = nullptr);
  ~FeatureTableModel() override;

  /// Shows map layer `layer_index` of `map` (null: nothing) in its own order, the filter kept.
  /// The model keeps the map alive.
  void show_layer(std::shared_ptr<const project::LoadedMap> map, std::size_t layer_index);
  const project::MapLayer* map_layer() const;
  std::size_t layer_index() const { return m_layer_index; }

  /// Keeps the rows with a cell containing `text`, ignoring case (empty: every row).
  void set_filter(const QString& text);
  /// Orders the rows by `column` (-1: the layer's order).
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  const RowQuery& query() const { return m_query; }
  /// A worker is computing the rows of the current query; the rows shown are older.
  bool ordering() const { return m_cancel != nullptr; }

  /// The feature (index into the layer) in row `row`.
  std::size_t feature_of_row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
  /// The row of feature `feature`; nullopt when filtered out.
  std::optional<int> row_of_feature(std::size_t feature) const;
  /// Features in the layer, shown or not.
  int feature_count() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 signals:
  /// A worker started on the rows of a new query.
  void ordering_started();
  /// The rows of the current query are shown (after a model reset).
  void rows_ordered();

 private:
  /// Shows the rows of the current query: at once for the layer's own order, else on a worker.
  void order_rows_for_query();
  void show_rows(std::vector<std::size_t> rows);
  std::vector<std::size_t> layer_order() const;
  void cancel_ordering();

  std::shared_ptr<const project::LoadedMap> m_map;
  std::size_t m_layer_index = 0;
  RowQuery m_query;
  std::vector<std::size_t> m_rows;              ///< feature of each row
  std::vector<std::int32_t> m_row_of_feature;   ///< -1: filtered out
  std::uint64_t m_generation = 0;               ///< of the newest query; older results are dropped
  std::shared_ptr<std::atomic<bool>> m_cancel;  ///< the running worker's; null when none runs
};

}  // namespace ruralatlas::gui
