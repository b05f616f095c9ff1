#include "gui/identify_panel.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/joined_field_marks.hpp"

namespace ruralatlas::gui {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent) {
  m_heading = new QLabel(this);
  m_heading->setObjectName("identify_heading");
  m_heading->setWordWrap(true);
  m_table = new QTableWidget(0, 3, this);
  m_table->setObjectName("identify_table");
  m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("From")});
  m_table->verticalHeader()->hide();
  m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
  m_table->setWordWrap(false);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_heading);
  layout->addWidget(m_table);
  show_nothing();
}

void IdentifyPanel::show_feature(const project::MapLayer& map_layer, std::size_t feature_index) {
  const auto& layer = *map_layer.layer;
  const auto& feature = layer.features.at(feature_index);
  const auto title = QString::fromStdString(map_layer.style.title.empty() ? layer.name : map_layer.style.title);
  m_heading->setText(tr("%1 · feature %2").arg(title).arg(feature.fid));
  const auto source = tr("From the layer's source %1").arg(QString::fromStdString(layer.source));
  m_table->setRowCount(static_cast<int>(layer.fields.size()));
  for (std::size_t i = 0; i < layer.fields.size(); ++i) {
    const auto row = static_cast<int>(i);
    const auto& name = layer.fields[i].name;
    auto* field = new QTableWidgetItem(QString::fromStdString(name));
    auto* value = new QTableWidgetItem(QString::fromStdString(core::to_text(feature.attributes.at(i))));
    auto* from = new QTableWidgetItem(tr("layer"));
    from->setToolTip(source);
    if (const auto* joined = find_joined_field(map_layer, name)) {
      from->setText(joined_from_text());
      for (auto* item : {field, value, from}) mark_joined(*item, *joined);
    }
    m_table->setItem(row, FieldColumn, field);
    m_table->setItem(row, ValueColumn, value);
    m_table->setItem(row, FromColumn, from);
  }
}

void IdentifyPanel::show_nothing() {
  m_heading->setText(tr("Click a feature on the map with the Identify tool (I) to see its attributes."));
  m_table->setRowCount(0);
}

QString IdentifyPanel::heading() const { return m_heading->text(); }

}  // namespace ruralatlas::gui
