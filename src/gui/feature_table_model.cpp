#include "gui/feature_table_model.hpp"

#include <QFont>
#include <limits>

#include "gui/joined_field_marks.hpp"

namespace ruralatlas::gui {

FeatureTableModel::FeatureTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FeatureTableModel::show_layer(std::shared_ptr<const project::LoadedMap> map, std::size_t layer_index) {
  beginResetModel();
  m_map = std::move(map);
  m_layer_index = layer_index;
  endResetModel();
}

const project::MapLayer* FeatureTableModel::map_layer() const {
  return m_map && m_layer_index < m_map->layers.size() ? &m_map->layers[m_layer_index] : nullptr;
}

int FeatureTableModel::rowCount(const QModelIndex& parent) const {
  const auto* l = map_layer();
  return parent.isValid() || !l ? 0 : static_cast<int>(l->layer->features.size());
}

int FeatureTableModel::columnCount(const QModelIndex& parent) const {
  const auto* l = map_layer();
  return parent.isValid() || !l ? 0 : static_cast<int>(l->layer->fields.size());
}

QVariant FeatureTableModel::data(const QModelIndex& index, int role) const {
  const auto* l = map_layer();
  if (!l || !index.isValid()) return {};
  const auto& value = l->layer->features.at(index.row()).attributes.at(index.column());
  switch (role) {
    case Qt::DisplayRole:
      return QString::fromStdString(core::to_text(value));
    case kSortRole:
      if (l->layer->fields.at(index.column()).type != core::FieldType::String) {
        // Empty cells sort below every number: first ascending, last descending.
        return core::to_number(value).value_or(-std::numeric_limits<double>::infinity());
      }
      return QString::fromStdString(core::to_text(value));
    case Qt::TextAlignmentRole:
      return l->layer->fields.at(index.column()).type == core::FieldType::String
                 ? QVariant()
                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  const auto* l = map_layer();
  if (!l) return {};
  // Rows are numbered by feature id, as the identify panel names a feature.
  if (orientation == Qt::Vertical)
    return role == Qt::DisplayRole ? QVariant(static_cast<qlonglong>(l->layer->features.at(section).fid)) : QVariant();
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
