#include "gui/join_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/error.hpp"
#include "gui/background_pool.hpp"
#include "gui/error_text.hpp"
#include "io/dataset_info.hpp"

namespace ruralatlas::gui {

namespace {

constexpr int kListed = 20;  // rows of each kind listed in the report; the counts are complete

QString qs(const std::string& s) { return QString::fromStdString(s); }

template <typename Items, typename Line>
void list_some(QStringList& out, const Items& items, Line line) {
  for (std::size_t i = 0; i < items.size() && i < static_cast<std::size_t>(kListed); ++i) out << QStringLiteral("  ") + line(items[i]);
  if (items.size() > static_cast<std::size_t>(kListed)) out << QStringLiteral("  …");
}

}  // namespace

JoinDialog::JoinDialog(core::Layer layer, const QString& layer_key, QWidget* parent)
    : QDialog(parent), m_layer(std::move(layer)) {
  setWindowTitle(tr("Join a table to %1").arg(qs(m_layer.name)));
  m_table_path = new QLineEdit(this);
  m_table_path->setReadOnly(true);
  auto* browse = new QPushButton(tr("Choose…"), this);
  connect(browse, &QPushButton::clicked, this, &JoinDialog::choose_table);
  auto* table_row = new QHBoxLayout;
  table_row->addWidget(m_table_path, 1);
  table_row->addWidget(browse);

  m_sheet = new QComboBox(this);
  m_table_key = new QComboBox(this);
  m_layer_key = new QComboBox(this);
  for (const auto& field : m_layer.fields) m_layer_key->addItem(qs(field.name));
  // The given key, else the first column that looks like a code.
  int key = m_layer_key->findText(layer_key);
  for (int i = 0; key < 0 && i < m_layer_key->count(); ++i)
    if (m_layer_key->itemText(i).contains(QStringLiteral("code"), Qt::CaseInsensitive)) key = i;
  m_layer_key->setCurrentIndex(std::max(key, 0));
  m_duplicates = new QComboBox(this);
  m_duplicates->addItem(tr("refuse, listing them"), static_cast<int>(analysis::DuplicatePolicy::Error));
  m_duplicates->addItem(tr("first row wins"), static_cast<int>(analysis::DuplicatePolicy::First));
  m_duplicates->addItem(tr("sum numbers"), static_cast<int>(analysis::DuplicatePolicy::Sum));
  m_duplicates->addItem(tr("average numbers"), static_cast<int>(analysis::DuplicatePolicy::Mean));
  m_duplicates->addItem(tr("first row, and count rows"), static_cast<int>(analysis::DuplicatePolicy::Count));

  auto* form = new QFormLayout;
  form->addRow(tr("Table"), table_row);
  form->addRow(tr("Sheet"), m_sheet);
  form->addRow(tr("Table key column"), m_table_key);
  form->addRow(tr("Layer key column"), m_layer_key);
  form->addRow(tr("Duplicate keys in the table"), m_duplicates);

  m_preview_button = new QPushButton(tr("Preview the join"), this);
  connect(m_preview_button, &QPushButton::clicked, this, &JoinDialog::run_preview);
  m_summary = new QLabel(tr("Choose a table, then preview the join."), this);
  m_summary->setWordWrap(true);
  m_report = new QPlainTextEdit(this);
  m_report->setReadOnly(true);
  m_report->setMinimumSize(520, 220);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_apply = buttons->addButton(tr("Apply the join"), QDialogButtonBox::AcceptRole);
  m_apply->setEnabled(false);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_preview_button);
  layout->addWidget(m_summary);
  layout->addWidget(m_report, 1);
  layout->addWidget(buttons);

  connect(m_sheet, &QComboBox::currentIndexChanged, this, &JoinDialog::fill_columns);
  for (auto* box : {m_sheet, m_table_key, m_layer_key, m_duplicates})
    connect(box, &QComboBox::currentIndexChanged, this, &JoinDialog::invalidate_preview);
  connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &JoinDialog::on_preview_done);
}

void JoinDialog::choose_table() {
  const auto file = QFileDialog::getOpenFileName(this, tr("Indicator table"), m_table_path->text(),
                                                 tr("Tables (*.csv *.xlsx *.ods)"));
  if (!file.isEmpty()) set_table(file);
}

void JoinDialog::set_table(const QString& path) {
  m_table_path->setText(path);
  m_sheet_columns.clear();
  const QSignalBlocker block(m_sheet);
  m_sheet->clear();
  try {
    for (const auto& sheet : io::describe_dataset(path.toStdString()).layers) {
      m_sheet->addItem(qs(sheet.name));
      auto& columns = m_sheet_columns.emplace_back();
      for (const auto& field : sheet.fields) columns.push_back(field.name);
    }
    m_summary->setText(tr("Choose the key columns, then preview the join."));
    m_report->clear();
  } catch (const core::Error& e) {
    m_summary->setText(tr("This table cannot be read."));
    m_report->setPlainText(error_text(e));
  }
  fill_columns();
  invalidate_preview();
}

void JoinDialog::fill_columns() {
  const QSignalBlocker block(m_table_key);
  m_table_key->clear();
  const int sheet = m_sheet->currentIndex();
  if (sheet < 0 || sheet >= static_cast<int>(m_sheet_columns.size())) return;
  for (const auto& column : m_sheet_columns[static_cast<std::size_t>(sheet)]) m_table_key->addItem(qs(column));
  // The column named like the layer's key, else the first that looks like a code.
  int guess = m_table_key->findText(m_layer_key->currentText());
  for (int i = 0; guess < 0 && i < m_table_key->count(); ++i)
    if (m_table_key->itemText(i).contains(QStringLiteral("code"), Qt::CaseInsensitive)) guess = i;
  m_table_key->setCurrentIndex(std::max(guess, 0));
}

project::TableJoinSpec JoinDialog::join() const {
  project::TableJoinSpec spec;
  spec.table = m_table_path->text().toStdString();
  if (m_sheet->count() > 1) spec.sheet = m_sheet->currentText().toStdString();
  spec.layer_keys = {m_layer_key->currentText().toStdString()};
  spec.table_keys = {m_table_key->currentText().toStdString()};
  spec.duplicates = static_cast<analysis::DuplicatePolicy>(m_duplicates->currentData().toInt());
  return spec;
}

void JoinDialog::invalidate_preview() {
  m_preview.reset();
  m_apply->setEnabled(false);
  m_preview_button->setEnabled(!m_table_path->text().isEmpty() && m_table_key->count() > 0 && !m_watcher.isRunning());
}

void JoinDialog::run_preview() {
  if (m_watcher.isRunning()) return;
  m_preview_button->setEnabled(false);
  m_summary->setText(tr("Reading the table and joining…"));
  m_watcher.setFuture(QtConcurrent::run(background_pool(), [layer = m_layer, spec = join()] {
    Outcome outcome;
    try {
      outcome.preview = project::preview_join(layer, spec);
    } catch (const core::Error& e) {
      outcome.error = error_text(e);
    } catch (const std::exception& e) {
      outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
  }));
}

void JoinDialog::on_preview_done() {
  auto outcome = m_watcher.result();
  m_preview_button->setEnabled(true);
  if (!outcome.preview) {
    m_summary->setText(tr("The join could not be made."));
    m_report->setPlainText(outcome.error);
  } else {
    m_preview = std::move(outcome.preview);
    show_report(*m_preview);
    m_apply->setEnabled(!m_preview->blocked_by && m_preview->report.matched > 0);
  }
  emit preview_finished();
}

void JoinDialog::show_report(const project::JoinPreview& preview) {
  const auto& r = preview.report;
  if (r.matched == 0)
    m_summary->setText(tr("No feature matched: the layer's %1 and the table's %2 share no value. Check the key columns.")
                           .arg(m_layer_key->currentText(), m_table_key->currentText()));
  else
    m_summary->setText(tr("%1 of %2 features matched (%3%).")
                           .arg(r.matched)
                           .arg(r.features)
                           .arg(100.0 * static_cast<double>(r.matched) / static_cast<double>(std::max<std::size_t>(r.features, 1)), 0, 'f', 1));
  QStringList lines;
  if (preview.blocked_by) lines << tr("Cannot apply: %1. Choose how duplicate keys combine.").arg(qs(*preview.blocked_by));
  lines << tr("Duplicate keys in the table: %1").arg(r.duplicate_keys.size());
  list_some(lines, r.duplicate_keys, [](const analysis::DuplicateKey& d) { return tr("%1 (%2 rows)").arg(qs(d.key)).arg(d.rows); });
  lines << tr("Features without a table row: %1").arg(r.features_without_row.size());
  list_some(lines, r.features_without_row, [](const auto& f) { return tr("feature %1: %2").arg(f.first).arg(qs(f.second)); });
  lines << tr("Table rows without a feature: %1").arg(r.rows_without_feature.size());
  list_some(lines, r.rows_without_feature, [](const auto& row) { return tr("row %1: %2").arg(row.first).arg(qs(row.second)); });
  lines << tr("Values that are not numbers in numeric columns: %1").arg(r.type_problems.size());
  list_some(lines, r.type_problems, [](const analysis::TypeProblem& p) {
    return tr("row %1, %2: '%3'").arg(p.row).arg(qs(p.column), qs(p.value));
  });
  if (r.rows_without_key) lines << tr("Table rows with a blank key: %1").arg(r.rows_without_key);
  m_report->setPlainText(lines.join(QLatin1Char('\n')));
}

}  // namespace ruralatlas::gui
