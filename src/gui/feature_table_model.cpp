#include "gui/feature_table_model.hpp"

#include <QFont>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

#include "gui/background_pool.hpp"
#include "gui/joined_field_marks.hpp"

namespace ruralatlas::gui {

FeatureTableModel::FeatureTableModel(QObject* parent) : QAbstractTableModel(parent) {}

FeatureTableModel::~FeatureTableModel() { cancel_ordering(); }

void FeatureTableModel::show_layer(std::shared_ptr<const project::LoadedMap> map, std::size_t layer_index) {
  cancel_ordering();
  m_map = std::move(map);
  m_layer_index = layer_index;
  m_query.sort_field.reset();  // another layer's columns: its own order
  m_query.descending = false;
  show_rows(layer_order());  // until the filter's rows arrive
  order_rows_for_query();
}

const project::MapLayer* FeatureTableModel::map_layer() const {
  return m_map && m_layer_index < m_map->layers.size() ? &m_map->layers[m_layer_index] : nullptr;
}

void FeatureTableModel::set_filter(const QString& text) {
  const auto filter = text.toStdString();
  if (filter == m_query.filter) return;
  m_query.filter = filter;
  order_rows_for_query();
}

void FeatureTableModel::sort(int column, Qt::SortOrder order) {
  RowQuery query = m_query;
  query.sort_field = column >= 0 ? std::optional<std::size_t>(column) : std::nullopt;
  query.descending = column >= 0 && order == Qt::DescendingOrder;
  if (query == m_query) return;
  m_query = query;
  order_rows_for_query();
}

void FeatureTableModel::cancel_ordering() {
  ++m_generation;
  if (m_cancel) m_cancel->store(true);
  m_cancel.reset();
}

void FeatureTableModel::order_rows_for_query() {
  cancel_ordering();
  const auto* l = map_layer();
  if (!l) return;
  if (m_query.filter.empty() && !m_query.sort_field) {
    show_rows(layer_order());
    emit rows_ordered();
    return;
  }
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  m_cancel = cancel;
  const auto generation = m_generation;
  auto* watcher = new QFutureWatcher<std::optional<std::vector<std::size_t>>>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != m_generation) return;  // the filter, sort or layer changed meanwhile
    m_cancel.reset();
    if (auto rows = watcher->result()) {
      show_rows(std::move(*rows));
      emit rows_ordered();
    }
  });
  // The job holds the layer itself: the model may show another map before it ends.
  watcher->setFuture(QtConcurrent::run(background_pool(), [layer = std::shared_ptr<const core::Layer>(l->layer), query = m_query, cancel] {
    return order_rows(*layer, query, [&cancel] { return cancel->load(); });
  }));
  emit ordering_started();
}

void FeatureTableModel::show_rows(std::vector<std::size_t> rows) {
  beginResetModel();
  m_rows = std::move(rows);
  const auto* l = map_layer();
  m_row_of_feature.assign(l ? l->layer->features.size() : 0, -1);
  for (std::size_t row = 0; row < m_rows.size(); ++row) m_row_of_feature[m_rows[row]] = static_cast<std::int32_t>(row);
  endResetModel();
}

std::vector<std::size_t> FeatureTableModel::layer_order() const {
  const auto* l = map_layer();
  std::vector<std::size_t> rows(l ? l->layer->features.size() : 0);
  std::iota(rows.begin(), rows.end(), std::size_t{0});
  return rows;
}

std::optional<int> FeatureTableModel::row_of_feature(std::size_t feature) const {
  if (feature >= m_row_of_feature.size() || m_row_of_feature[feature] < 0) return std::nullopt;
  return m_row_of_feature[feature];
}

int FeatureTableModel::feature_count() const {
  const auto* l = map_layer();
  return l ? static_cast<int>(l->layer->features.size()) : 0;
}

int FeatureTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeatureTableModel::columnCount(const QModelIndex& parent) const {
  const auto* l = map_layer();
  return parent.isValid() || !l ? 0 : static_cast<int>(l->layer->fields.size());
}

QVariant FeatureTableModel::data(const QModelIndex& index, int role) const {
  const auto* l = map_layer();
  if (!l || !index.isValid()) return {};
  const auto& field = l->layer->fields.at(index.column());
  switch (role) {
    case Qt::DisplayRole:
      return QString::fromStdString(
          core::to_text(l->layer->features.at(feature_of_row(index.row())).attributes.at(index.column())));
    case Qt::TextAlignmentRole:
      return field.type == core::FieldType::String ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  const auto* l = map_layer();
  if (!l) return {};
  // Rows are numbered by feature id, as the identify panel names a feature.
  if (orientation == Qt::Vertical)
    return role == Qt::DisplayRole ? QVariant(static_cast<qlonglong>(l->layer->features.at(feature_of_row(section)).fid))
                                   : QVariant();
  const auto& name = l->layer->fields.at(section).name;
  const auto* joined = find_joined_field(*l, name);
  switch (role) {
    case Qt::DisplayRole:
      return QString::fromStdString(name);
    case kJoinedRole:
      return joined != nullptr;
    case Qt::ToolTipRole:
      return joined ? joined_tooltip(*joined) : tr("From the layer's source %1").arg(QString::fromStdString(l->layer->source));
    case Qt::BackgroundRole:
      return joined ? QVariant(QBrush(kJoinedTint)) : QVariant();
    case Qt::FontRole: {
      if (!joined) return {};
      QFont font;
      font.setItalic(true);
      return font;
    }
    default:
      return {};
  }
}

}  // namespace ruralatlas::gui
