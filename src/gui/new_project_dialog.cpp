#include "gui/new_project_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ruralatlas::gui {

NewProjectDialog::NewProjectDialog(const QString& layouts_folder, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("New project"));
  m_title = new QLineEdit(tr("New map"), this);
  m_crs = new QLineEdit(QString::fromLatin1(kDefaultCrs), this);
  m_crs->setToolTip(tr("A projected CRS in metres, e.g. EPSG:4544 (CGCS2000 3-degree Gauss-Kruger CM 105E)"));
  m_layout = new QComboBox(this);
  const QDir folder(layouts_folder);
  for (const auto& name : folder.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
    m_layout->addItem(name, folder.absoluteFilePath(name));
  m_layout->setCurrentIndex(std::max(0, m_layout->findText(QString::fromLatin1(kDefaultLayout))));

  auto* form = new QFormLayout;
  form->addRow(tr("&Title:"), m_title);
  form->addRow(tr("Map &CRS:"), m_crs);
  form->addRow(tr("Page &layout:"), m_layout);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setEnabled(m_layout->count() > 0);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

NewProjectSettings NewProjectDialog::settings() const {
  return {m_title->text().trimmed(), m_crs->text().trimmed(), m_layout->currentData().toString()};
}

}  // namespace ruralatlas::gui
