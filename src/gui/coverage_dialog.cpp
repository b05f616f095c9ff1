#include "gui/coverage_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/error.hpp"
#include "gui/background_pool.hpp"
#include "gui/error_text.hpp"
#include "gui/travel_cost_fields.hpp"
#include "project/map_siting_inputs.hpp"
#include "project/style_file.hpp"

namespace ruralatlas::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

style::Rule point_rule(const std::string& label, std::optional<style::Filter> filter, style::Color colour) {
  style::Rule rule;
  rule.label = label;
  rule.filter = std::move(filter);
  rule.symbols.push_back(style::MarkerSymbol{style::MarkerShape::Circle, 1.6, colour, style::Color{255, 255, 255}, 0.3});
  return rule;
}

QString percent(std::size_t part, std::size_t whole) {
  return QString::number(whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0, 'f', 1);
}

}  // namespace

style::LayerStyle coverage_style(const core::Layer& layer, const project::LayerCoverageSpec& spec, double within_m) {
  style::LayerStyle s;
  s.layer = layer.name;
  s.title = layer.name + " — " + spec.covered_column;
  const auto within = QString::number(within_m, 'f', 0).toStdString();
  auto covered = point_rule("≤ " + within + " m", style::Filter::parse(spec.covered_column + " = 1"), {0x2c, 0x7b, 0xb6});
  auto not_covered = point_rule("> " + within + " m", style::Filter::parse(spec.covered_column + " = 0"), {0xd7, 0x30, 0x1f});
  not_covered.level = 1;  // the gaps on top, where a planner looks
  auto unmeasured = point_rule("—", std::nullopt, {0xb0, 0xb0, 0xb0});
  unmeasured.is_else = true;
  s.rules = {std::move(covered), std::move(not_covered), std::move(unmeasured)};
  project::bind_style(s, layer, {});
  return s;
}

style::LayerStyle travel_coverage_style(const core::Layer& layer, const project::LayerTravelCoverageSpec& spec,
                                        const TravelCoverageLegend& legend) {
  style::LayerStyle s;
  s.layer = layer.name;
  s.title = layer.name + " — travel_min";
  const auto& covered_column = spec.covered_column;
  auto covered = point_rule(legend.covered, style::Filter::parse(covered_column + " = 1"), {0x2c, 0x7b, 0xb6});
  auto not_covered = point_rule(legend.not_covered, style::Filter::parse(covered_column + " = 0 and travel_min is not null"),
                                {0xd7, 0x30, 0x1f});
  not_covered.level = 1;  // the gaps on top, where a planner looks
  auto unreachable = point_rule(legend.unreachable, std::nullopt, {0x76, 0x2a, 0x83});
  unreachable.is_else = true;  // travel_min null: no facility in its part of the network
  unreachable.level = 1;
  s.rules = {std::move(covered), std::move(not_covered), std::move(unreachable)};
  project::bind_style(s, layer, {});
  return s;
}

CoverageDialog::CoverageDialog(std::shared_ptr<const project::LoadedMap> map, QWidget* parent)
    : QDialog(parent), m_map(std::move(map)) {
  setWindowTitle(tr("Coverage"));
  m_demand = new QComboBox(this);
  m_target = new QComboBox(this);
  for (std::size_t i = 0; i < m_map->layers.size(); ++i) {
    const auto& layer = *m_map->layers[i].layer;
    const auto label = qs(m_map->layers[i].style.title.empty() ? layer.name : m_map->layers[i].style.title);
    if (layer.geometry_kind == core::GeometryKind::Point) m_demand->addItem(label, QVariant::fromValue(i));
    m_target->addItem(label, QVariant::fromValue(i));
  }
  m_filter = new QLineEdit(this);
  m_filter->setPlaceholderText(tr("e.g. surface in ('asphalt', 'cement'); empty: every feature"));
  m_cost = new TravelCostFields(*m_map, 2000, this);

  auto* form = new QFormLayout;
  form->addRow(tr("Features to cover"), m_demand);
  form->addRow(tr("Nearest feature of"), m_target);
  form->addRow(tr("Only where"), m_filter);
  m_cost->add_rows(form);

  m_run = new QPushButton(tr("Run"), this);
  m_cancel_run = new QPushButton(tr("Cancel the run"), this);
  m_cancel_run->setEnabled(false);
  connect(m_run, &QPushButton::clicked, this, &CoverageDialog::run);
  connect(m_cancel_run, &QPushButton::clicked, this, &CoverageDialog::cancel_run);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_summary = new QLabel(tr("Choose the layers and the distance, then run."), this);
  m_summary->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_add = buttons->addButton(tr("Add the result to the map"), QDialogButtonBox::AcceptRole);
  m_add->setEnabled(false);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* run_row = new QHBoxLayout;
  run_row->addWidget(m_run);
  run_row->addWidget(m_cancel_run);
  run_row->addWidget(m_progress, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(run_row);
  layout->addWidget(m_summary);
  layout->addWidget(buttons);
  connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CoverageDialog::on_done);
  resize(520, sizeHint().height());  // room for a speed file's path
}

QDoubleSpinBox* CoverageDialog::within_box() const { return m_cost->within_m_box(); }

void CoverageDialog::run() {
  if (m_watcher.isRunning() || m_demand->currentIndex() < 0) return;
  const bool by_travel = m_cost->by_travel_time();
  const auto travel = m_cost->travel_choice();
  if (by_travel && !travel.roads) {
    m_summary->setText(tr("The map has no line layer to travel over; add the roads first."));
    return;
  }
  m_result.reset();
  m_add->setEnabled(false);
  m_cancelled = false;
  m_run->setEnabled(false);
  m_cancel_run->setEnabled(true);
  m_progress->setRange(0, 0);  // busy: one R-tree query per feature, no steps worth counting
  m_summary->setText(tr("Measuring…"));
  const auto demand = m_map->layers[m_demand->currentData().value<std::size_t>()].layer;
  const auto targets = m_map->layers[m_target->currentData().value<std::size_t>()].layer;
  const auto filter = m_filter->text().trimmed().toStdString();
  if (by_travel) {
    m_travel_spec = {filter, project::map_layer_key(m_map->spec, targets->name), m_cost->within_min_box()->value()};
    m_watcher.setFuture(QtConcurrent::run(background_pool(), [demand, targets, travel, spec = m_travel_spec] {
      Outcome outcome;
      try {
        outcome.travel = project::measure_layer_travel_coverage(*demand, *targets, *travel.roads, travel.network_options(), spec);
      } catch (const core::Error& e) {
        outcome.error = error_text(e);
      }
      return outcome;
    }));
    return;
  }
  project::LayerCoverageSpec spec;
  spec.target_filter = filter;
  spec.within_m = within_box()->value();
  m_watcher.setFuture(QtConcurrent::run(background_pool(), [demand, targets, spec] {
    Outcome outcome;
    try {
      outcome.coverage = project::measure_layer_coverage(*demand, *targets, spec);
    } catch (const core::Error& e) {
      outcome.error = error_text(e);
    }
    return outcome;
  }));
}

void CoverageDialog::cancel_run() {
  if (!m_watcher.isRunning()) return;
  // The measurement cannot stop half-way through its queries; its result is dropped instead.
  m_cancelled = true;
  m_cancel_run->setEnabled(false);
  m_summary->setText(tr("Cancelling…"));
}

void CoverageDialog::on_done() {
  m_run->setEnabled(true);
  m_cancel_run->setEnabled(false);
  m_progress->setRange(0, 1);
  auto outcome = m_watcher.result();
  if (m_cancelled) {
    m_progress->setValue(0);
    m_summary->setText(tr("Cancelled; nothing was added."));
  } else if (!outcome.coverage && !outcome.travel) {
    m_progress->setValue(0);
    m_summary->setText(tr("Coverage could not be measured: %1").arg(outcome.error));
  } else {
    m_progress->setValue(1);
    if (outcome.coverage) show_distance_result(*outcome.coverage);
    else show_travel_result(*outcome.travel);
    m_add->setEnabled(true);
  }
  emit run_finished();
}

void CoverageDialog::show_distance_result(const project::LayerCoverage& c) {
  project::LayerCoverageSpec spec;
  spec.within_m = within_box()->value();
  project::MapLayer layer;
  layer.layer = std::make_shared<const core::Layer>(c.layer);
  layer.style = coverage_style(c.layer, spec, spec.within_m);
  m_result = std::move(layer);
  const auto total = c.layer.features.size();
  m_summary->setText(tr("%1 of %2 within %3 m (%4%); %5 could not be measured.")
                         .arg(c.covered)
                         .arg(total)
                         .arg(spec.within_m, 0, 'f', 0)
                         .arg(percent(c.covered, total))
                         .arg(total - c.measured));
}

void CoverageDialog::show_travel_result(const project::LayerTravelCoverage& c) {
  const auto within = QString::number(m_travel_spec.within_min, 'g', 4);
  project::MapLayer layer;
  layer.layer = std::make_shared<const core::Layer>(c.layer);
  layer.style = travel_coverage_style(c.layer, m_travel_spec,
                                      {tr("≤ %1 min").arg(within).toStdString(), tr("> %1 min").arg(within).toStdString(),
                                       tr("cannot reach any facility").toStdString()});
  m_result = std::move(layer);
  const auto total = c.layer.features.size();
  m_summary->setText(tr("%1 of %2 within %3 min (%4%) of %5 facilities; %6 cannot reach any facility.")
                         .arg(c.covered)
                         .arg(total)
                         .arg(within)
                         .arg(percent(c.covered, total))
                         .arg(c.facilities)
                         .arg(total - c.reachable));
}

}  // namespace ruralatlas::gui
