#include "gui/attribute_table_panel.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "gui/feature_selection.hpp"
#include "gui/feature_table_model.hpp"

namespace ruralatlas::gui {

namespace {
/// Typing pauses this long before the table filters: one filtering per word, not per key.
constexpr int kFilterPauseMs = 250;
}  // namespace

AttributeTablePanel::AttributeTablePanel(FeatureSelection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection) {
  m_model = new FeatureTableModel(this);
  m_filter_pause = new QTimer(this);
  m_filter_pause->setSingleShot(true);
  m_filter_pause->setInterval(kFilterPauseMs);

  m_layer_choice = new QComboBox(this);
  m_layer_choice->setObjectName("table_layer");
  m_layer_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_filter = new QLineEdit(this);
  m_filter->setObjectName("table_filter");
  m_filter->setPlaceholderText(tr("Filter: rows with a cell containing…"));
  m_filter->setClearButtonEnabled(true);
  m_count = new QLabel(this);
  m_joined_note = new QLabel(this);
  m_joined_note->setObjectName("joined_note");
  m_view = new QTableView(this);
  m_view->setObjectName("attribute_table");
  m_view->setModel(m_model);
  m_view->setSortingEnabled(true);
  m_view->sortByColumn(-1, Qt::AscendingOrder);  // the layer's own order until a header is clicked
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setWordWrap(false);
  m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

  auto* bar = new QHBoxLayout;
  bar->addWidget(m_layer_choice);
  bar->addWidget(m_filter, 1);
  bar->addWidget(m_count);
  bar->addWidget(m_joined_note);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(bar);
  layout->addWidget(m_view);

  connect(m_layer_choice, &QComboBox::currentIndexChanged, this, [this](int row) {
    if (row >= 0) show_layer(m_layer_choice->itemData(row).toULongLong());
  });
  connect(m_filter, &QLineEdit::textChanged, this, [this] {
    m_filter_pause->start();
    update_count();
  });
  connect(m_filter_pause, &QTimer::timeout, this, [this] {
    m_model->set_filter(m_filter->text());
    update_count();
  });
  connect(m_model, &FeatureTableModel::ordering_started, this, &AttributeTablePanel::update_count);
  connect(m_model, &QAbstractItemModel::modelReset, this, &AttributeTablePanel::update_count);
  connect(m_model, &FeatureTableModel::rows_ordered, this, &AttributeTablePanel::on_rows_ordered);
  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttributeTablePanel::on_rows_selected);
  connect(m_selection, &FeatureSelection::changed, this, &AttributeTablePanel::on_selection_changed);
  update_count();
}

void AttributeTablePanel::show_map(std::shared_ptr<const project::LoadedMap> map) {
  m_map = std::move(map);
  const QSignalBlocker blocker(m_layer_choice);
  m_layer_choice->clear();
  if (!m_map) {
    m_model->show_layer(nullptr, 0);
    return;
  }
  for (std::size_t i = m_map->layers.size(); i-- > 0;) {
    const auto& l = m_map->layers[i];
    m_layer_choice->addItem(QString::fromStdString(l.style.title.empty() ? l.layer->name : l.style.title),
                            static_cast<qulonglong>(i));
  }
  show_layer(m_map->layers.size() - 1);
}

void AttributeTablePanel::show_layer(std::size_t layer_index) {
  if (!m_map || layer_index >= m_map->layers.size()) return;
  {
    const QSignalBlocker blocker(m_layer_choice);
    m_layer_choice->setCurrentIndex(m_layer_choice->findData(static_cast<qulonglong>(layer_index)));
  }
  {
    // A sort by another layer's column means nothing here: the layer's own order.
    const QSignalBlocker blocker(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  }
  m_model->show_layer(m_map, layer_index);
  const auto& joined = m_map->layers[layer_index].joined_fields;
  std::set<std::string> tables;
  for (const auto& j : joined) tables.insert(j.table.filename().string());
  QStringList names;
  for (const auto& t : tables) names << QString::fromStdString(t);
  m_joined_note->setText(names.isEmpty() ? QString() : tr("italic, tinted columns: joined from %1").arg(names.join(", ")));
  m_view->resizeColumnsToContents();
  select_matching_rows();
}

std::size_t AttributeTablePanel::layer_index() const { return m_model->layer_index(); }

QString AttributeTablePanel::count_text() const { return m_count->text(); }

std::size_t AttributeTablePanel::feature_of_row(int row) const { return m_model->feature_of_row(row); }

bool AttributeTablePanel::rows_pending() const { return m_filter_pause->isActive() || m_model->ordering(); }

void AttributeTablePanel::update_count() {
  m_count->setText(rows_pending() ? tr("filtering…")
                                  : tr("%1 of %2 features").arg(m_model->rowCount()).arg(m_model->feature_count()));
}

void AttributeTablePanel::on_rows_ordered() {
  update_count();
  select_matching_rows();  // the new rows lost the view's selection
}

void AttributeTablePanel::on_rows_selected() {
  if (m_syncing || !m_model->map_layer()) return;
  std::vector<std::size_t> features;
  for (const auto& index : m_view->selectionModel()->selectedRows()) features.push_back(feature_of_row(index.row()));
  m_syncing = true;
  m_selection->select(layer_index(), features);
  m_syncing = false;
  if (!features.empty()) emit features_chosen(layer_index(), features);
}

void AttributeTablePanel::on_selection_changed() {
  if (m_syncing) return;
  if (m_selection->layer_index() && *m_selection->layer_index() != layer_index())
    show_layer(*m_selection->layer_index());
  else
    select_matching_rows();
}

void AttributeTablePanel::select_matching_rows() {
  std::vector<int> shown;
  if (m_selection->layer_index() == layer_index())
    for (const auto feature : m_selection->features())
      if (const auto row = m_model->row_of_feature(feature)) shown.push_back(*row);
  std::sort(shown.begin(), shown.end());
  // Runs of adjacent rows as one range each: a large selection stays a short list.
  QItemSelection rows;
  const int last_column = std::max(0, m_model->columnCount() - 1);
  for (std::size_t i = 0; i < shown.size();) {
    std::size_t j = i + 1;
    while (j < shown.size() && shown[j] == shown[j - 1] + 1) ++j;
    rows.select(m_model->index(shown[i], 0), m_model->index(shown[j - 1], last_column));
    i = j;
  }
  m_syncing = true;
  m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (!shown.empty()) m_view->scrollTo(m_model->index(shown.front(), 0), QAbstractItemView::PositionAtCenter);
  m_syncing = false;
}

}  // namespace ruralatlas::gui
