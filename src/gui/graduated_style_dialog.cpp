#include "gui/graduated_style_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/error.hpp"
#include "gui/value_histogram.hpp"
#include "project/graduated_style_writer.hpp"
#include "project/style_file.hpp"
#include "style/classification_registry.hpp"
#include "style/color_ramp.hpp"
#include "style/graduated_classifier.hpp"

namespace ruralatlas::gui {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }

QIcon swatch(const style::Color& c) {
  QPixmap pixmap(16, 16);
  pixmap.fill(QColor(c.r, c.g, c.b));
  return QIcon(pixmap);
}

}  // namespace

GraduatedStyleDialog::GraduatedStyleDialog(project::MapLayer layer, QWidget* parent)
    : QDialog(parent), m_layer(std::move(layer)) {
  setWindowTitle(tr("Style of %1").arg(qs(m_layer.style.title.empty() ? m_layer.layer->name : m_layer.style.title)));
  m_field = new QComboBox(this);
  for (const auto& field : m_layer.layer->fields)
    if (field.type != core::FieldType::String) m_field->addItem(qs(field.name));
  if (!m_layer.style.field.empty() && m_field->findText(qs(m_layer.style.field)) >= 0)
    m_field->setCurrentText(qs(m_layer.style.field));
  m_method = new QComboBox(this);
  for (const auto& method : style::classification_methods())
    if (!method.needs_breaks) m_method->addItem(qs(method.title), qs(method.id));
  m_method->setCurrentIndex(std::max(0, m_method->findData(QStringLiteral("jenks"))));
  m_classes = new QSpinBox(this);
  m_classes->setRange(2, 9);
  m_classes->setValue(5);
  m_ramp = new QComboBox(this);
  for (const auto name : style::ColorRamp::brewer_names())
    if (style::ColorRamp::brewer(name)->kind() != style::RampKind::Qualitative) {
      const auto colours = style::ColorRamp::brewer(name)->colors(5);
      m_ramp->addItem(swatch(colours.back()), qs(name), qs(name));
    }
  m_ramp->setCurrentIndex(std::max(0, m_ramp->findData(QStringLiteral("YlOrRd"))));
  m_reverse = new QCheckBox(tr("Reverse the ramp"), this);

  auto* form = new QFormLayout;
  form->addRow(tr("Field"), m_field);
  form->addRow(tr("Classification"), m_method);
  form->addRow(tr("Classes"), m_classes);
  form->addRow(tr("Colour ramp"), m_ramp);
  form->addRow(QString(), m_reverse);
  m_histogram = new ValueHistogram(this);
  m_legend = new QListWidget(this);
  m_legend->setMaximumHeight(150);
  m_message = new QLabel(this);
  m_message->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_apply = buttons->addButton(tr("Apply to the map"), QDialogButtonBox::AcceptRole);
  m_save = buttons->addButton(tr("Save style…"), QDialogButtonBox::ActionRole);
  connect(m_save, &QPushButton::clicked, this, &GraduatedStyleDialog::choose_style_file);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_histogram, 1);
  layout->addWidget(m_legend);
  layout->addWidget(m_message);
  layout->addWidget(buttons);

  for (auto* box : {m_field, m_method, m_ramp}) connect(box, &QComboBox::currentIndexChanged, this, &GraduatedStyleDialog::restyle);
  connect(m_classes, &QSpinBox::valueChanged, this, &GraduatedStyleDialog::restyle);
  connect(m_reverse, &QCheckBox::toggled, this, &GraduatedStyleDialog::restyle);
  restyle();
}

style::Symbol GraduatedStyleDialog::template_symbol() const {
  switch (m_layer.layer->geometry_kind) {
    case core::GeometryKind::Point:
      return style::MarkerSymbol{style::MarkerShape::Circle, 1.8, style::Color{0, 0, 0}, style::Color{255, 255, 255}, 0.2};
    case core::GeometryKind::Line: return style::LineSymbol{style::Color{0, 0, 0}, 0.8, {}, std::nullopt, 0.0};
    default: {
      style::FillSymbol fill;
      fill.outline = style::Color{255, 255, 255};
      fill.outline_width_mm = 0.1;
      return fill;
    }
  }
}

void GraduatedStyleDialog::restyle() {
  m_style.reset();
  m_legend->clear();
  m_apply->setEnabled(false);
  m_save->setEnabled(false);
  if (m_field->currentIndex() < 0) {
    m_message->setText(tr("The layer has no numeric field to classify."));
    m_histogram->show_values({}, {}, {});
    return;
  }
  style::LayerStyle s;
  s.layer = m_layer.style.layer.empty() ? m_layer.layer->name : m_layer.style.layer;
  s.title = m_layer.style.title;
  s.renderer = style::RendererKind::GraduatedColor;
  s.field = m_field->currentText().toStdString();
  s.graduated = style::GraduatedSpec{};
  s.graduated->method = m_method->currentData().toString().toStdString();
  s.graduated->classes = m_classes->value();
  s.graduated->ramp = m_ramp->currentData().toString().toStdString();
  s.graduated->reverse_ramp = m_reverse->isChecked();
  s.graduated->symbol = template_symbol();
  s.labels = m_layer.style.labels;
  try {
    project::bind_style(s, *m_layer.layer, {});  // classifies, then binds the class filters
  } catch (const core::Error& e) {
    m_message->setText(tr("Cannot classify: %1").arg(QString::fromStdString(e.diagnostic().message)));
    m_histogram->show_values(style::numeric_values(*m_layer.layer, s.field), {}, {});
    return;
  }
  const auto& classes = *s.classification;
  const auto colours = style::ColorRamp::brewer(s.graduated->ramp)->colors(static_cast<int>(classes.classes.size()),
                                                                          s.graduated->reverse_ramp);
  for (std::size_t c = 0; c < classes.classes.size(); ++c)
    m_legend->addItem(new QListWidgetItem(swatch(colours[c]), tr("%1  (%2)").arg(qs(classes.classes[c].label)).arg(classes.classes[c].count)));
  m_histogram->show_values(style::numeric_values(*m_layer.layer, s.field), classes, colours);
  QStringList notes;
  for (const auto& w : s.warnings) notes << QString::fromStdString(w);
  m_message->setText(notes.join(QLatin1Char('\n')));
  m_style = std::move(s);
  m_apply->setEnabled(true);
  m_save->setEnabled(true);
}

void GraduatedStyleDialog::choose_style_file() {
  if (!m_style) return;
  const auto suggested = QDir(QStringLiteral("styles")).filePath(qs(m_style->layer + "_" + m_style->field) + QStringLiteral(".yaml"));
  const auto file = QFileDialog::getSaveFileName(this, tr("Save style"), suggested, tr("Style files (*.yaml)"));
  if (file.isEmpty()) return;
  const auto error = save_style(file);
  m_message->setText(error.isEmpty() ? tr("Saved %1; name it as `style:` of the layer in a project to keep it.").arg(file) : error);
}

QString GraduatedStyleDialog::save_style(const QString& path) const {
  if (!m_style) return tr("Nothing to save: the field does not classify.");
  try {
    project::write_graduated_style_file(*m_style, path.toStdString());
    return {};
  } catch (const core::Error& e) {
    const auto& d = e.diagnostic();
    return QString::fromStdString(d.file + ": " + d.message);
  }
}

}  // namespace ruralatlas::gui
