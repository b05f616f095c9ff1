#include "gui/style_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/error.hpp"
#include "gui/categorized_style_panel.hpp"
#include "gui/graduated_style_panel.hpp"
#include "gui/label_settings_panel.hpp"
#include "project/style_file_writer.hpp"

namespace ruralatlas::gui {

StyleDialog::StyleDialog(project::MapLayer layer, QWidget* parent) : QDialog(parent), m_layer(std::move(layer)) {
  const auto& title = m_layer.style.title.empty() ? m_layer.layer->name : m_layer.style.title;
  setWindowTitle(tr("Style of %1").arg(QString::fromStdString(title)));
  m_renderer = new QComboBox(this);
  m_renderer->addItem(tr("Graduated colour (numeric field)"));
  m_renderer->addItem(tr("Categorized (one colour per value)"));
  m_graduated = new GraduatedStylePanel(m_layer, this);
  m_categorized = new CategorizedStylePanel(m_layer, this);
  m_pages = new QStackedWidget(this);
  m_pages->addWidget(m_graduated);
  m_pages->addWidget(m_categorized);
  m_labels = new LabelSettingsPanel(*m_layer.layer, m_layer.style.labels, this);
  m_message = new QLabel(this);
  m_message->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_apply = buttons->addButton(tr("Apply to the map"), QDialogButtonBox::AcceptRole);
  m_save = buttons->addButton(tr("Save style…"), QDialogButtonBox::ActionRole);

  auto* form = new QFormLayout;
  form->addRow(tr("Renderer"), m_renderer);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_pages, 1);
  layout->addWidget(m_labels);
  layout->addWidget(m_message);
  layout->addWidget(buttons);

  connect(m_save, &QPushButton::clicked, this, &StyleDialog::choose_style_file);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_renderer, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
  connect(m_renderer, &QComboBox::currentIndexChanged, this, &StyleDialog::update_style);
  connect(m_graduated, &GraduatedStylePanel::changed, this, &StyleDialog::update_style);
  connect(m_categorized, &CategorizedStylePanel::changed, this, &StyleDialog::update_style);
  connect(m_labels, &LabelSettingsPanel::changed, this, &StyleDialog::update_style);
  // A categorized layer opens on its categories; a layer without numbers has nothing to grade.
  const bool categorized = m_layer.style.renderer == style::RendererKind::Categorized || !m_graduated->style();
  m_renderer->setCurrentIndex(categorized ? Categorized : Graduated);
  update_style();
}

void StyleDialog::update_style() {
  const bool categorized = m_renderer->currentIndex() == Categorized;
  m_style = categorized ? m_categorized->style() : m_graduated->style();
  m_message->setText(categorized ? m_categorized->message() : m_graduated->message());
  if (m_style) m_style->labels = m_labels->labels();
  m_apply->setEnabled(m_style.has_value());
  m_save->setEnabled(m_style.has_value());
}

void StyleDialog::choose_style_file() {
  if (!m_style) return;
  const auto suggested =
      QDir(QStringLiteral("styles")).filePath(QString::fromStdString(m_style->layer + "_" + m_style->field) + QStringLiteral(".yaml"));
  const auto file = QFileDialog::getSaveFileName(this, tr("Save style"), suggested, tr("Style files (*.yaml)"));
  if (file.isEmpty()) return;
  const auto error = save_style(file);
  m_message->setText(error.isEmpty() ? tr("Saved %1; name it as `style:` of the layer in a project to keep it.").arg(file) : error);
}

QString StyleDialog::save_style(const QString& path) const {
  if (!m_style) return tr("Nothing to save: the field does not classify.");
  try {
    project::write_style_file(*m_style, path.toStdString());
    return {};
  } catch (const core::Error& e) {
    const auto& d = e.diagnostic();
    return QString::fromStdString(d.file + ": " + d.message);
  }
}

}  // namespace ruralatlas::gui
