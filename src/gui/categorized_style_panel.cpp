#include "gui/categorized_style_panel.hpp"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

#include "core/error.hpp"
#include "gui/class_symbol.hpp"
#include "gui/colour_swatch.hpp"
#include "project/style_file.hpp"
#include "style/category_rules.hpp"
#include "style/color_ramp.hpp"
#include "style/symbol_color.hpp"

namespace ruralatlas::gui {

namespace {

constexpr style::Color kOtherGrey{189, 189, 189};

QTableWidgetItem* read_only_item(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(item->flags() & ~Qt::ItemIsEditable);
  return item;
}

/// The field a categorized map is most likely wanted for: the style's own, else the first text field.
int initial_field(const project::MapLayer& layer) {
  const auto& fields = layer.layer->fields;
  if (layer.style.renderer == style::RendererKind::Categorized)
    if (const auto index = layer.layer->field_index(layer.style.field)) return static_cast<int>(*index);
  const auto text = std::find_if(fields.begin(), fields.end(), [](const core::Field& f) { return f.type == core::FieldType::String; });
  return text == fields.end() ? 0 : static_cast<int>(text - fields.begin());
}

}  // namespace

CategorizedStylePanel::CategorizedStylePanel(const project::MapLayer& layer, QWidget* parent)
    : QWidget(parent), m_layer(layer) {
  m_field = new QComboBox(this);
  for (const auto& field : m_layer.layer->fields) m_field->addItem(QString::fromStdString(field.name));
  m_palette = new QComboBox(this);
  for (const auto name : style::ColorRamp::brewer_names()) {
    const auto ramp = style::ColorRamp::brewer(name);
    if (ramp->kind() != style::RampKind::Qualitative) continue;
    const auto text = QString::fromStdString(std::string(name));
    m_palette->addItem(colour_swatch(ramp->stops().front()), tr("%1 (%n colour(s))", nullptr, static_cast<int>(ramp->stops().size())).arg(text), text);
  }
  m_palette->setCurrentIndex(std::max(0, m_palette->findData(QStringLiteral("Set2"))));
  m_classes = new QSpinBox(this);
  m_table = new QTableWidget(0, 3, this);
  m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Value"), tr("Features")});
  m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
  m_table->verticalHeader()->hide();
  m_table->setSelectionMode(QAbstractItemView::NoSelection);
  m_table->setToolTip(tr("Click a colour to change it"));

  auto* form = new QFormLayout;
  form->addRow(tr("Field"), m_field);
  form->addRow(tr("Palette"), m_palette);
  form->addRow(tr("Values with their own class"), m_classes);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(form);
  layout->addWidget(m_table, 1);

  // A categorized style of the layer: its field, classes and colours to start from.
  if (m_layer.style.renderer == style::RendererKind::Categorized)
    for (const auto& rule : m_layer.style.rules) {
      const auto colour = rule.symbols.empty() ? std::nullopt : style::class_color(rule.symbols.front());
      if (!colour) continue;
      if (rule.is_else) m_other_colour = *colour;
      for (const auto& value : rule.values) m_chosen_colours[value] = *colour;
    }
  {
    const QSignalBlocker blocker(m_field);
    m_field->setCurrentIndex(m_layer.layer->fields.empty() ? -1 : initial_field(m_layer));
  }
  count_field_values();
  if (!m_chosen_colours.empty()) {
    const QSignalBlocker blocker(m_classes);
    m_classes->setValue(static_cast<int>(std::count_if(m_counts.values.begin(), m_counts.values.end(),
                                                       [this](const auto& v) { return m_chosen_colours.count(v.first) > 0; })));
    restyle();
  }

  connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
    m_chosen_colours.clear();
    m_other_colour.reset();
    count_field_values();
  });
  connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
    m_chosen_colours.clear();  // a new palette recolours every class
    count_field_values();
  });
  connect(m_classes, &QSpinBox::valueChanged, this, &CategorizedStylePanel::restyle);
  connect(m_table, &QTableWidget::cellClicked, this, &CategorizedStylePanel::choose_class_colour);
}

void CategorizedStylePanel::count_field_values() {
  m_counts = m_field->currentIndex() < 0 ? style::ValueCounts{}
                                         : style::count_values(*m_layer.layer, static_cast<std::size_t>(m_field->currentIndex()));
  const auto palette = style::ColorRamp::brewer(m_palette->currentData().toString().toStdString());
  const int most = std::max<int>(1, static_cast<int>(std::min(m_counts.values.size(), palette->stops().size())));
  {
    const QSignalBlocker blocker(m_classes);
    m_classes->setRange(1, most);
    m_classes->setValue(most);
  }
  restyle();
}

std::vector<std::pair<std::string, std::size_t>> CategorizedStylePanel::chosen_values() const {
  std::vector<std::size_t> order(m_counts.values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [this](std::size_t a, std::size_t b) { return m_counts.values[a].second > m_counts.values[b].second; });
  order.resize(std::min(order.size(), static_cast<std::size_t>(m_classes->value())));
  std::sort(order.begin(), order.end());
  std::vector<std::pair<std::string, std::size_t>> chosen;
  for (const auto i : order) chosen.push_back(m_counts.values[i]);
  return chosen;
}

void CategorizedStylePanel::restyle() {
  m_style.reset();
  m_message.clear();
  m_table->setRowCount(0);
  m_row_values.clear();
  if (m_counts.values.empty()) {
    m_message = m_field->currentIndex() < 0 ? tr("The layer has no field to categorize.")
                                            : tr("The field %1 has no values.").arg(m_field->currentText());
    emit changed();
    return;
  }
  const auto chosen = chosen_values();
  const auto palette = style::ColorRamp::brewer(m_palette->currentData().toString().toStdString())->colors(static_cast<int>(chosen.size()));
  std::vector<style::Category> categories;
  std::size_t in_classes = 0;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const auto picked = m_chosen_colours.find(chosen[i].first);
    categories.push_back({chosen[i].first, picked == m_chosen_colours.end() ? palette[i] : picked->second});
    in_classes += chosen[i].second;
  }
  const std::size_t other_count = m_layer.layer->features.size() - in_classes;
  const auto other_colour = m_other_colour.value_or(kOtherGrey);
  style::LayerStyle s;
  s.layer = m_layer.style.layer.empty() ? m_layer.layer->name : m_layer.style.layer;
  s.title = m_layer.style.title;
  s.renderer = style::RendererKind::Categorized;
  s.field = m_field->currentText().toStdString();
  s.rules = style::category_rules(s.field, categories, class_template_symbol(m_layer.layer->geometry_kind),
                                  other_count > 0 ? std::optional(other_colour) : std::nullopt);
  try {
    project::bind_style(s, *m_layer.layer, {});
  } catch (const core::Error& e) {
    m_message = tr("Cannot categorize: %1").arg(QString::fromStdString(e.diagnostic().message));
    emit changed();
    return;
  }
  auto add_row = [this](const style::Color& colour, const QString& value, std::size_t count) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* swatch = read_only_item(QString());
    swatch->setIcon(colour_swatch(colour));
    swatch->setData(Qt::UserRole, to_qcolor(colour));
    m_table->setItem(row, ColourColumn, swatch);
    m_table->setItem(row, ValueColumn, read_only_item(value));
    m_table->setItem(row, CountColumn, read_only_item(QString::number(count)));
  };
  for (std::size_t i = 0; i < categories.size(); ++i) {
    add_row(categories[i].color, QString::fromStdString(categories[i].value), chosen[i].second);
    m_row_values.push_back(categories[i].value);
  }
  if (other_count > 0) add_row(other_colour, tr("Other values"), other_count);
  const auto left_out = static_cast<int>(m_counts.values.size() - chosen.size());
  if (left_out > 0) m_message = tr("%n more value(s) drawn as other values.", nullptr, left_out);
  m_style = std::move(s);
  emit changed();
}

void CategorizedStylePanel::set_class_colour(int row, const QColor& colour) {
  if (row < 0 || row >= m_table->rowCount() || !colour.isValid()) return;
  if (static_cast<std::size_t>(row) < m_row_values.size())
    m_chosen_colours[m_row_values[static_cast<std::size_t>(row)]] = to_style_color(colour);
  else
    m_other_colour = to_style_color(colour);
  restyle();
}

void CategorizedStylePanel::choose_class_colour(int row, int column) {
  if (column != ColourColumn) return;
  const auto current = m_table->item(row, ColourColumn)->data(Qt::UserRole).value<QColor>();
  const auto colour = QColorDialog::getColor(current, this, tr("Colour of %1").arg(m_table->item(row, ValueColumn)->text()));
  set_class_colour(row, colour);
}

}  // namespace ruralatlas::gui
