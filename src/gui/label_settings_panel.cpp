#include "gui/label_settings_panel.hpp"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

#include "gui/colour_swatch.hpp"

namespace ruralatlas::gui {

namespace {

QString scale_range_text(const style::LabelSpec& labels) {
  const auto scale = [](double denominator) { return QLocale().toString(denominator, 'f', 0); };
  if (labels.min_scale_denominator && labels.max_scale_denominator)
    return LabelSettingsPanel::tr("Only between 1:%1 and 1:%2, as the layer's style says")
        .arg(scale(*labels.min_scale_denominator), scale(*labels.max_scale_denominator));
  if (labels.max_scale_denominator)
    return LabelSettingsPanel::tr("Only from 1:%1 in, as the layer's style says").arg(scale(*labels.max_scale_denominator));
  if (labels.min_scale_denominator)
    return LabelSettingsPanel::tr("Only up to 1:%1 out, as the layer's style says").arg(scale(*labels.min_scale_denominator));
  return {};
}

}  // namespace

LabelSettingsPanel::LabelSettingsPanel(const core::Layer& layer, const std::optional<style::LabelSpec>& current,
                                       QWidget* parent)
    : QGroupBox(tr("Labels"), parent), m_base(current.value_or(style::LabelSpec{})) {
  m_colour = m_base.color;
  m_halo_colour = m_base.halo.value_or(style::Color{255, 255, 255});
  m_field = new QComboBox(this);
  m_field->addItem(tr("(none)"), QString());
  for (const auto& field : layer.fields) m_field->addItem(QString::fromStdString(field.name), QString::fromStdString(field.name));
  m_field->setCurrentIndex(current ? std::max(0, m_field->findData(QString::fromStdString(current->field))) : 0);
  m_size = new QDoubleSpinBox(this);
  m_size->setRange(4.0, 36.0);
  m_size->setSingleStep(0.5);
  m_size->setDecimals(1);
  m_size->setSuffix(tr(" pt"));
  m_size->setValue(m_base.size_pt);
  m_colour_button = new QPushButton(tr("Text colour…"), this);
  m_halo = new QCheckBox(tr("Halo"), this);
  m_halo->setChecked(m_base.halo.has_value());
  m_halo_colour_button = new QPushButton(tr("Halo colour…"), this);
  m_halo_width = new QDoubleSpinBox(this);
  m_halo_width->setRange(0.1, 3.0);
  m_halo_width->setSingleStep(0.1);
  m_halo_width->setSuffix(tr(" mm"));
  m_halo_width->setValue(std::max(0.1, m_base.halo_mm));
  m_scale_range = new QCheckBox(scale_range_text(m_base), this);
  m_scale_range->setChecked(true);
  m_scale_range->setVisible(m_base.min_scale_denominator || m_base.max_scale_denominator);
  m_colour_button->setIcon(colour_swatch(m_colour));
  m_halo_colour_button->setIcon(colour_swatch(m_halo_colour));

  auto* halo_row = new QHBoxLayout;
  halo_row->addWidget(m_halo);
  halo_row->addWidget(m_halo_colour_button);
  halo_row->addWidget(m_halo_width);
  auto* form = new QFormLayout(this);
  form->addRow(tr("Label field"), m_field);
  form->addRow(tr("Size"), m_size);
  form->addRow(tr("Colour"), m_colour_button);
  form->addRow(tr("Halo"), halo_row);
  form->addRow(QString(), m_scale_range);

  connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
    update_enabled();
    emit changed();
  });
  connect(m_size, &QDoubleSpinBox::valueChanged, this, &LabelSettingsPanel::changed);
  connect(m_halo_width, &QDoubleSpinBox::valueChanged, this, &LabelSettingsPanel::changed);
  connect(m_scale_range, &QCheckBox::toggled, this, &LabelSettingsPanel::changed);
  connect(m_halo, &QCheckBox::toggled, this, [this] {
    update_enabled();
    emit changed();
  });
  connect(m_colour_button, &QPushButton::clicked, this,
          [this] { set_colour(QColorDialog::getColor(to_qcolor(m_colour), this, tr("Label colour"))); });
  connect(m_halo_colour_button, &QPushButton::clicked, this,
          [this] { set_halo_colour(QColorDialog::getColor(to_qcolor(m_halo_colour), this, tr("Halo colour"))); });
  update_enabled();
}

std::optional<style::LabelSpec> LabelSettingsPanel::labels() const {
  const auto field = m_field->currentData().toString();
  if (field.isEmpty()) return std::nullopt;
  auto spec = m_base;
  spec.field = field.toStdString();
  spec.size_pt = m_size->value();
  spec.color = m_colour;
  spec.halo = m_halo->isChecked() ? std::optional(m_halo_colour) : std::nullopt;
  spec.halo_mm = m_halo_width->value();
  if (!m_scale_range->isChecked()) {
    spec.min_scale_denominator.reset();
    spec.max_scale_denominator.reset();
  }
  return spec;
}

void LabelSettingsPanel::set_colour(const QColor& colour) {
  if (!colour.isValid()) return;
  m_colour = to_style_color(colour);
  m_colour_button->setIcon(colour_swatch(m_colour));
  emit changed();
}

void LabelSettingsPanel::set_halo_colour(const QColor& colour) {
  if (!colour.isValid()) return;
  m_halo_colour = to_style_color(colour);
  m_halo_colour_button->setIcon(colour_swatch(m_halo_colour));
  emit changed();
}

void LabelSettingsPanel::update_enabled() {
  const bool labelled = m_field->currentIndex() > 0;
  for (QWidget* w : {static_cast<QWidget*>(m_size), static_cast<QWidget*>(m_colour_button), static_cast<QWidget*>(m_halo),
                     static_cast<QWidget*>(m_scale_range)})
    w->setEnabled(labelled);
  m_halo_colour_button->setEnabled(labelled && m_halo->isChecked());
  m_halo_width->setEnabled(labelled && m_halo->isChecked());
}

}  // namespace ruralatlas::gui
