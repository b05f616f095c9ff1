#include "gui/graduated_style_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/error.hpp"
#include "gui/class_symbol.hpp"
#include "gui/colour_swatch.hpp"
#include "gui/value_histogram.hpp"
#include "project/style_file.hpp"
#include "style/classification_registry.hpp"
#include "style/color_ramp.hpp"
#include "style/graduated_classifier.hpp"

namespace ruralatlas::gui {

GraduatedStylePanel::GraduatedStylePanel(const project::MapLayer& layer, QWidget* parent)
    : QWidget(parent), m_layer(layer) {
  m_field = new QComboBox(this);
  for (const auto& field : m_layer.layer->fields)
    if (field.type != core::FieldType::String) m_field->addItem(QString::fromStdString(field.name));
  if (!m_layer.style.field.empty() && m_field->findText(QString::fromStdString(m_layer.style.field)) >= 0)
    m_field->setCurrentText(QString::fromStdString(m_layer.style.field));
  m_method = new QComboBox(this);
  for (const auto& method : style::classification_methods())
    if (!method.needs_breaks) m_method->addItem(QString::fromStdString(std::string(method.title)), QString::fromStdString(std::string(method.id)));
  m_method->setCurrentIndex(std::max(0, m_method->findData(QStringLiteral("jenks"))));
  m_classes = new QSpinBox(this);
  m_classes->setRange(2, 9);
  m_classes->setValue(5);
  m_ramp = new QComboBox(this);
  for (const auto name : style::ColorRamp::brewer_names())
    if (style::ColorRamp::brewer(name)->kind() != style::RampKind::Qualitative) {
      const auto colours = style::ColorRamp::brewer(name)->colors(5);
      const auto text = QString::fromStdString(std::string(name));
      m_ramp->addItem(colour_swatch(colours.back()), text, text);
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

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(form);
  layout->addWidget(m_histogram, 1);
  layout->addWidget(m_legend);

  for (auto* box : {m_field, m_method, m_ramp}) connect(box, &QComboBox::currentIndexChanged, this, &GraduatedStylePanel::restyle);
  connect(m_classes, &QSpinBox::valueChanged, this, &GraduatedStylePanel::restyle);
  connect(m_reverse, &QCheckBox::toggled, this, &GraduatedStylePanel::restyle);
  restyle();
}

void GraduatedStylePanel::restyle() {
  m_style.reset();
  m_message.clear();
  m_legend->clear();
  if (m_field->currentIndex() < 0) {
    m_message = tr("The layer has no numeric field to classify.");
    m_histogram->show_values({}, {}, {});
    emit changed();
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
  s.graduated->symbol = class_template_symbol(m_layer.layer->geometry_kind);
  try {
    project::bind_style(s, *m_layer.layer, {});  // classifies, then binds the class filters
  } catch (const core::Error& e) {
    m_message = tr("Cannot classify: %1").arg(QString::fromStdString(e.diagnostic().message));
    m_histogram->show_values(style::numeric_values(*m_layer.layer, s.field), {}, {});
    emit changed();
    return;
  }
  const auto& classes = *s.classification;
  const auto colours = style::ColorRamp::brewer(s.graduated->ramp)->colors(static_cast<int>(classes.classes.size()),
                                                                          s.graduated->reverse_ramp);
  for (std::size_t c = 0; c < classes.classes.size(); ++c)
    m_legend->addItem(new QListWidgetItem(colour_swatch(colours[c]), tr("%1  (%2)")
                                                                         .arg(QString::fromStdString(classes.classes[c].label))
                                                                         .arg(classes.classes[c].count)));
  m_histogram->show_values(style::numeric_values(*m_layer.layer, s.field), classes, colours);
  QStringList notes;
  for (const auto& w : s.warnings) notes << QString::fromStdString(w);
  m_message = notes.join(QLatin1Char('\n'));
  m_style = std::move(s);
  emit changed();
}

}  // namespace ruralatlas::gui
