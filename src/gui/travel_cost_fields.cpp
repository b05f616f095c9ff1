#include "gui/travel_cost_fields.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "core/error.hpp"
#include "project/speed_file.hpp"

namespace ruralatlas::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// networks/speeds.yaml beside the project's folder (projects/x.yaml → networks/), if it is there.
QString default_speed_file(const project::ProjectSpec& spec) {
  if (spec.file.empty()) return {};
  const auto file = spec.file.parent_path().parent_path() / "networks" / "speeds.yaml";
  std::error_code ignored;
  return std::filesystem::is_regular_file(file, ignored) ? QString::fromStdString(file.lexically_normal().string()) : QString();
}

enum Measure { StraightLine, TravelTime };

}  // namespace

project::TravelNetworkOptions TravelChoice::network_options() const {
  if (speed_file.empty())
    throw core::Error(core::ErrorKind::Usage, {{}, 0, {}, {}, {}, "no speed file", "choose one, e.g. networks/speeds.yaml"});
  project::TravelNetworkOptions options;
  options.speeds = project::read_speed_file(speed_file);
  options.access_kmh = access_kmh;
  return options;
}

TravelCostFields::TravelCostFields(const project::LoadedMap& map, double default_within_m, QWidget* parent)
    : QObject(parent), m_map(map) {
  m_measure = new QComboBox(parent);
  m_measure->addItem(tr("Straight-line distance"), StraightLine);
  m_measure->addItem(tr("Travel time over roads"), TravelTime);
  m_within_m = new QDoubleSpinBox(parent);
  m_within_m->setRange(1, 1e6);
  m_within_m->setDecimals(0);
  m_within_m->setSingleStep(500);
  m_within_m->setValue(default_within_m);
  m_within_m->setSuffix(QStringLiteral(" m"));
  m_within_min = new QDoubleSpinBox(parent);
  m_within_min->setRange(1, 1440);
  m_within_min->setDecimals(0);
  m_within_min->setSingleStep(5);
  m_within_min->setValue(30);
  m_within_min->setSuffix(QStringLiteral(" min"));
  m_roads = new QComboBox(parent);
  for (std::size_t i = 0; i < map.layers.size(); ++i)
    if (const auto& layer = map.layers[i]; layer.layer->geometry_kind == core::GeometryKind::Line)
      m_roads->addItem(layer.style.title.empty() || layer.style.title == layer.layer->name
                           ? qs(layer.layer->name)
                           : qs(layer.style.title) + QStringLiteral(" · ") + qs(layer.layer->name),
                       static_cast<int>(i));
  m_speed_file = new QLineEdit(default_speed_file(map.spec), parent);
  m_speed_file->setPlaceholderText(tr("km/h by road class and surface, e.g. networks/speeds.yaml"));
  auto* browse = new QPushButton(tr("Choose…"), parent);
  m_speed_row = new QWidget(parent);
  auto* speed_layout = new QHBoxLayout(m_speed_row);
  speed_layout->setContentsMargins(0, 0, 0, 0);
  speed_layout->addWidget(m_speed_file, 1);
  speed_layout->addWidget(browse);
  m_access_kmh = new QDoubleSpinBox(parent);
  m_access_kmh->setRange(0, 100);
  m_access_kmh->setDecimals(1);
  m_access_kmh->setSuffix(QStringLiteral(" km/h"));
  m_access_kmh->setValue(0);  // the special value: the speed file's
  connect(m_measure, &QComboBox::currentIndexChanged, this, &TravelCostFields::show_measure);
  connect(browse, &QPushButton::clicked, this, &TravelCostFields::choose_speed_file);
  connect(m_speed_file, &QLineEdit::textChanged, this, &TravelCostFields::show_file_access_speed);
  show_file_access_speed();
}

void TravelCostFields::add_rows(QFormLayout* form) {
  m_form = form;
  form->addRow(tr("Measure by"), m_measure);
  form->addRow(tr("Covered within"), m_within_m);
  form->addRow(tr("Covered within"), m_within_min);
  form->addRow(tr("Roads"), m_roads);
  form->addRow(tr("Speed file"), m_speed_row);
  form->addRow(tr("Off-road speed"), m_access_kmh);
  show_measure();
}

bool TravelCostFields::by_travel_time() const { return m_measure->currentData().toInt() == TravelTime; }

TravelChoice TravelCostFields::travel_choice() const {
  TravelChoice choice;
  if (m_roads->currentIndex() >= 0) choice.roads = m_map.layers.at(static_cast<std::size_t>(m_roads->currentData().toInt())).layer;
  choice.speed_file = m_speed_file->text().trimmed().toStdString();
  choice.access_kmh = m_access_kmh->value();
  return choice;
}

void TravelCostFields::show_measure() {
  if (!m_form) return;
  const bool travel = by_travel_time();
  m_form->setRowVisible(m_within_m, !travel);
  for (QWidget* row : {static_cast<QWidget*>(m_within_min), static_cast<QWidget*>(m_roads), m_speed_row,
                       static_cast<QWidget*>(m_access_kmh)})
    m_form->setRowVisible(row, travel);
}

void TravelCostFields::choose_speed_file() {
  const auto start = m_speed_file->text().isEmpty() ? QString() : QFileInfo(m_speed_file->text()).path();
  const auto file = QFileDialog::getOpenFileName(m_speed_row, tr("Speed file"), start, tr("Speed files (*.yaml *.yml)"));
  if (file.isEmpty()) return;
  m_speed_file->setText(file);
}

void TravelCostFields::show_file_access_speed() {
  // 0 stands for the speed file's own access speed; say what that is when the file reads.
  QString text = tr("as in the speed file");
  try {
    if (!m_speed_file->text().trimmed().isEmpty())
      text = tr("as in the speed file (%1 km/h)")
                 .arg(project::read_speed_file(m_speed_file->text().trimmed().toStdString()).access_kmh, 0, 'g', 3);
  } catch (const core::Error&) {
    // a bad file is reported when the run reads it, with its line
  }
  m_access_kmh->setSpecialValueText(text);
}

}  // namespace ruralatlas::gui
