#include "gui/layout_panel.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "core/error.hpp"
#include "gui/background_pool.hpp"
#include "gui/project_page_export.hpp"

namespace ruralatlas::gui {

namespace {

constexpr int kRedrawDelayMs = 400;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString error_text(const std::exception& e) {
  if (const auto* error = dynamic_cast<const core::Error*>(&e)) {
    const auto& d = error->diagnostic();
    return qs(d.message) + (d.hint.empty() ? QString() : QStringLiteral("\n") + qs(d.hint));
  }
  return QString::fromUtf8(e.what());
}

/// Builds the preview for the settings when there is none yet, then draws page `index`.
PreviewOutcome draw_preview(std::shared_ptr<project::PagePreview> preview, std::shared_ptr<const project::LoadedMap> map,
                            std::size_t index) {
  PreviewOutcome outcome;
  try {
    if (!preview) preview = std::make_shared<project::PagePreview>(std::move(map));
    outcome.page_count = preview->page_count();
    outcome.index = std::min(index, outcome.page_count - 1);
    outcome.width_mm = preview->page_width_mm();
    outcome.height_mm = preview->page_height_mm();
    outcome.page = preview->render(outcome.index, LayoutPanel::kPreviewDpi);
    outcome.preview = std::move(preview);
  } catch (const std::exception& e) {
    outcome.error = error_text(e);
  }
  return outcome;
}

PageExportOutcome export_page(std::shared_ptr<const project::LoadedMap> map, const QString& file) {
  PageExportOutcome outcome{file, {}};
  try {
    export_project_page(*map, file.toStdString());
  } catch (const std::exception& e) {
    outcome.error = error_text(e);
  }
  return outcome;
}

}  // namespace

LayoutPanel::LayoutPanel(std::shared_ptr<const project::LoadedMap> map, QWidget* parent)
    : QDialog(parent), m_map(std::move(map)) {
  setWindowTitle(tr("Page layout"));
  const auto current = project::page_settings_of(m_map->spec);
  m_template = new QComboBox(this);
  const QFileInfo current_file(qs(current.layout_file.string()));
  const auto templates = current_file.dir().entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
  for (const auto& file : templates) m_template->addItem(file.completeBaseName(), file.absoluteFilePath());
  if (m_template->findData(current_file.absoluteFilePath()) < 0)
    m_template->addItem(current_file.completeBaseName(), current_file.absoluteFilePath());
  m_template->setCurrentIndex(m_template->findData(current_file.absoluteFilePath()));
  m_title = new QLineEdit(qs(current.title), this);
  m_subtitle = new QLineEdit(qs(current.subtitle), this);
  m_source = new QLineEdit(qs(current.source_note), this);
  m_date = new QLineEdit(qs(current.date), this);
  m_date->setPlaceholderText(tr("empty: the day it is printed"));

  auto* form = new QFormLayout;
  form->addRow(tr("Template"), m_template);
  form->addRow(tr("Title"), m_title);
  form->addRow(tr("Subtitle"), m_subtitle);
  form->addRow(tr("Source note"), m_source);
  form->addRow(tr("Date"), m_date);

  m_previous = new QPushButton(tr("◀ Previous page"), this);
  m_next = new QPushButton(tr("Next page ▶"), this);
  m_page_label = new QLabel(this);
  connect(m_previous, &QPushButton::clicked, this, [this] { show_page(static_cast<int>(m_index) - 1); });
  connect(m_next, &QPushButton::clicked, this, [this] { show_page(static_cast<int>(m_index) + 1); });
  auto* pages = new QHBoxLayout;
  pages->addWidget(m_previous);
  pages->addWidget(m_page_label, 1, Qt::AlignCenter);
  pages->addWidget(m_next);

  m_picture = new QLabel(this);
  m_picture->setAlignment(Qt::AlignCenter);
  m_scroll = new QScrollArea(this);
  m_scroll->setWidget(m_picture);
  m_scroll->setWidgetResizable(true);
  m_scroll->setMinimumSize(720, 520);
  m_scroll->viewport()->installEventFilter(this);
  m_status = new QLabel(tr("Drawing the page…"), this);
  m_status->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
  auto* apply = buttons->addButton(tr("Use for the map"), QDialogButtonBox::AcceptRole);
  apply->setToolTip(tr("Export map and Export atlas then print this template and these texts"));
  connect(m_export, &QPushButton::clicked, this, &LayoutPanel::choose_export_file);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(pages);
  layout->addWidget(m_scroll, 1);
  layout->addWidget(m_status);
  layout->addWidget(buttons);

  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(kRedrawDelayMs);
  connect(m_debounce, &QTimer::timeout, this, &LayoutPanel::refresh_preview);
  for (auto* edit : {m_title, m_subtitle, m_source, m_date}) connect(edit, &QLineEdit::textChanged, this, &LayoutPanel::settings_edited);
  connect(m_template, &QComboBox::currentIndexChanged, this, &LayoutPanel::settings_edited);
  connect(&m_preview_watcher, &QFutureWatcher<PreviewOutcome>::finished, this, &LayoutPanel::on_preview_done);
  connect(&m_export_watcher, &QFutureWatcher<PageExportOutcome>::finished, this, &LayoutPanel::on_export_done);
  update_page_controls();
  resize(980, 960);
  refresh_preview();
}

LayoutPanel::~LayoutPanel() {
  // Workers draw with Qt's fonts and the map this panel keeps: let them finish first.
  m_preview_watcher.waitForFinished();
  m_export_watcher.waitForFinished();
}

project::PageSettings LayoutPanel::settings() const {
  return {m_template->currentData().toString().toStdString(), m_title->text().toStdString(), m_subtitle->text().toStdString(),
          m_source->text().toStdString(), m_date->text().trimmed().toStdString()};
}

std::shared_ptr<const project::LoadedMap> LayoutPanel::edited_map() const {
  return std::make_shared<const project::LoadedMap>(project::with_page_settings(*m_map, settings()));
}

void LayoutPanel::settings_edited() {
  m_preview.reset();  // built for the old template and texts
  m_debounce->start();
}

void LayoutPanel::refresh_preview() {
  m_debounce->stop();
  if (m_preview_watcher.isRunning()) {
    m_redraw_pending = true;  // drawn again with the newest settings when this one is done
    return;
  }
  m_status->setText(tr("Drawing the page…"));
  m_preview_watcher.setFuture(QtConcurrent::run(background_pool(), draw_preview, m_preview, m_preview ? nullptr : edited_map(), m_index));
}

void LayoutPanel::show_page(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= m_page_count || static_cast<std::size_t>(index) == m_index) return;
  m_index = static_cast<std::size_t>(index);
  update_page_controls();
  refresh_preview();
}

void LayoutPanel::on_preview_done() {
  auto outcome = m_preview_watcher.result();
  if (m_redraw_pending) {
    m_redraw_pending = false;
    refresh_preview();
    return;
  }
  if (!outcome.error.isEmpty()) {
    m_status->setText(tr("The page could not be drawn: %1").arg(outcome.error));
    emit preview_ready();
    return;
  }
  m_preview = std::move(outcome.preview);
  m_image = std::move(outcome.page.image);
  m_index = outcome.index;
  m_page_count = outcome.page_count;
  m_width_mm = outcome.width_mm;
  m_height_mm = outcome.height_mm;
  show_image();
  update_page_controls();
  auto status = tr("%1 × %2 mm").arg(m_width_mm, 0, 'f', 0).arg(m_height_mm, 0, 'f', 0);
  for (const auto& warning : outcome.page.warnings) status += QStringLiteral(" — ") + qs(warning);
  m_status->setText(status);
  if (m_page_count > 1) m_page_label->setText(tr("Page %1 of %2: %3").arg(m_index + 1).arg(m_page_count).arg(qs(outcome.page.name)));
  emit preview_ready();
}

void LayoutPanel::show_image() {
  if (m_image.isNull()) return;
  // The whole page in view, never enlarged beyond the drawn resolution.
  const auto room = m_scroll->viewport()->size() - QSize(8, 8);
  const auto pixmap = QPixmap::fromImage(m_image);
  m_picture->setPixmap(m_image.width() <= room.width() && m_image.height() <= room.height()
                           ? pixmap
                           : pixmap.scaled(room.expandedTo(QSize(100, 100)), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool LayoutPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) show_image();
  return QDialog::eventFilter(watched, event);
}

void LayoutPanel::update_page_controls() {
  const bool atlas = m_page_count > 1;
  m_previous->setVisible(atlas);
  m_next->setVisible(atlas);
  m_page_label->setVisible(atlas);
  m_previous->setEnabled(m_index > 0);
  m_next->setEnabled(m_index + 1 < m_page_count);
}

void LayoutPanel::choose_export_file() {
  const auto folder = QFileInfo(qs(m_map->spec.file.string())).dir().absoluteFilePath(QStringLiteral("../out"));
  const auto suggested = QDir(folder).filePath(qs(m_map->spec.name) + QStringLiteral(".pdf"));
  const QString pdf = tr("PDF (*.pdf)"), png = tr("PNG image, 150 dpi (*.png)"), svg = tr("SVG (*.svg)");
  QString chosen_filter = pdf;
  auto file = QFileDialog::getSaveFileName(this, tr("Export the page"), suggested,
                                           pdf + QStringLiteral(";;") + png + QStringLiteral(";;") + svg, &chosen_filter);
  if (file.isEmpty()) return;
  // A name typed without an extension takes the chosen filter's.
  if (!format_of(file.toStdString()))
    file += chosen_filter == png ? QStringLiteral(".png") : chosen_filter == svg ? QStringLiteral(".svg") : QStringLiteral(".pdf");
  export_file(file);
}

void LayoutPanel::export_file(const QString& file) {
  if (m_export_watcher.isRunning()) return;
  m_export->setEnabled(false);
  m_status->setText(tr("Printing %1…").arg(QDir::toNativeSeparators(file)));
  m_export_watcher.setFuture(QtConcurrent::run(background_pool(), export_page, edited_map(), file));
}

void LayoutPanel::on_export_done() {
  m_export->setEnabled(true);
  const auto outcome = m_export_watcher.result();
  if (!outcome.error.isEmpty()) {
    m_status->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(outcome.file), outcome.error));
    emit export_failed(outcome.file, outcome.error);
    return;
  }
  m_status->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(outcome.file)));
  emit exported(outcome.file);
}

}  // namespace ruralatlas::gui
