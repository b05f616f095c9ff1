#include "gui/siting_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/error.hpp"
#include "gui/background_pool.hpp"
#include "gui/error_text.hpp"
#include "gui/siting_result_layers.hpp"
#include "gui/travel_cost_fields.hpp"
#include "project/map_travel_network.hpp"

namespace ruralatlas::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// "自来水入户率 (DX-V05b) · villages": the legend title says what is drawn, the name which data.
QString layer_label(const project::MapLayer& layer) {
  const auto& title = layer.style.title;
  return title.empty() || title == layer.layer->name ? qs(layer.layer->name)
                                                      : qs(title) + QStringLiteral(" · ") + qs(layer.layer->name);
}

constexpr int kNone = -1;  ///< combo data for "every demand point" / "none"

enum ProblemChoice { MaximalCovering, SetCovering, PMedian, PCenter };

/// `travel`: route over its roads in minutes; none: straight-line metres.
void run_in_background(QPromise<SitingRunOutcome>& promise, const project::MapSitingSelection& selection,
                       const project::SitingOptions& options, const std::optional<TravelChoice>& travel) {
  SitingRunOutcome result;
  try {
    std::string trail;
    const auto inputs = project::siting_inputs_from_map(selection, trail);
    result.candidate_trail = qs(trail);
    std::optional<project::PricedRoadGraph> network;
    project::TravelMinutes minutes;
    if (travel) {
      network = project::map_travel_network(*travel->roads, inputs.crs, travel->network_options());
      minutes = [&network](const std::vector<core::Point>& sites, const std::vector<core::Point>& demand) {
        return network->minutes_from_sites(sites, demand);
      };
    }
    project::SitingControl control;
    control.cancelled = [&promise] { return promise.isCanceled(); };
    control.progress = [&promise](int done, int planned) {
      promise.setProgressRange(0, planned);
      promise.setProgressValue(done);
    };
    result.outcome = project::run_siting(inputs, options, minutes, control);
  } catch (const project::SitingCancelled&) {
    return;  // a cancelled future keeps no result
  } catch (const core::Error& e) {
    result.error = error_text(e);
  } catch (const std::exception& e) {
    result.error = QString::fromUtf8(e.what());
  }
  promise.addResult(std::move(result));
}

}  // namespace

SitingDialog::SitingDialog(std::shared_ptr<const project::LoadedMap> map, QWidget* parent)
    : QDialog(parent), m_map(std::move(map)) {
  setWindowTitle(tr("Siting"));
  m_demand = layer_box(true, QString());
  m_weight = new QComboBox(this);
  m_demand_filter = new QLineEdit(this);
  m_demand_filter->setPlaceholderText(tr("e.g. county = '会宁县'; empty: every feature"));
  m_candidates = layer_box(true, tr("Every demand point"));
  m_candidate_filter = new QLineEdit(this);
  m_candidate_filter->setPlaceholderText(tr("e.g. county = '会宁县'; empty: every feature"));
  m_existing = layer_box(true, tr("None"));
  m_existing_filter = new QLineEdit(this);
  m_existing_filter->setPlaceholderText(tr("e.g. level <> 'village_clinic'; empty: every feature"));
  m_problem = new QComboBox(this);
  m_problem->addItem(tr("Maximal covering: the most demand within reach"), MaximalCovering);
  m_problem->addItem(tr("Set covering: the fewest sites covering a share of the demand"), SetCovering);
  m_problem->addItem(tr("p-median: the least weighted distance or travel time"), PMedian);
  m_problem->addItem(tr("p-center: the shortest longest distance or trip"), PCenter);
  m_k = new QSpinBox(this);
  m_k->setRange(1, 1000);
  m_k->setValue(5);
  m_cover_share = new QDoubleSpinBox(this);
  m_cover_share->setRange(0.1, 100);
  m_cover_share->setDecimals(1);
  m_cover_share->setValue(90);
  m_cover_share->setSuffix(QStringLiteral(" %"));
  m_cost = new TravelCostFields(*m_map, 3000, this);
  m_solver = new QComboBox(this);
  m_solver->addItem(tr("Heuristic (greedy + swap, with a proven bound)"), false);
  m_solver->addItem(tr("Exact (GLPK, 60 s per solve)"), true);

  auto* form = new QFormLayout;
  form->addRow(tr("Demand"), m_demand);
  form->addRow(tr("Weight"), m_weight);
  form->addRow(tr("Only demand where"), m_demand_filter);
  form->addRow(tr("Candidate sites"), m_candidates);
  form->addRow(tr("Only candidates where"), m_candidate_filter);
  form->addRow(tr("Existing facilities (stay open)"), m_existing);
  form->addRow(tr("Only existing where"), m_existing_filter);
  form->addRow(tr("Problem"), m_problem);
  form->addRow(tr("New sites (k)"), m_k);
  form->addRow(tr("Share to cover"), m_cover_share);
  m_cost->add_rows(form);
  form->addRow(tr("Solver"), m_solver);

  auto* constraints = new QGroupBox(tr("Candidates must be within"), this);
  m_constraint_grid = new QGridLayout(constraints);
  auto* add_constraint = new QPushButton(tr("Add a constraint"), constraints);
  m_constraint_grid->addWidget(add_constraint, 0, 0, 1, 3, Qt::AlignLeft);
  connect(add_constraint, &QPushButton::clicked, this, [this] { add_constraint_row(); });

  m_run = new QPushButton(tr("Run"), this);
  m_cancel_run = new QPushButton(tr("Cancel the run"), this);
  m_cancel_run->setEnabled(false);
  connect(m_run, &QPushButton::clicked, this, &SitingDialog::run);
  connect(m_cancel_run, &QPushButton::clicked, this, &SitingDialog::cancel_run);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_summary = new QLabel(tr("Choose the demand, the candidates and the problem, then run."), this);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_table = new QTableWidget(this);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_add = buttons->addButton(tr("Add the sites and allocations to the map"), QDialogButtonBox::AcceptRole);
  m_add->setEnabled(false);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* run_row = new QHBoxLayout;
  run_row->addWidget(m_run);
  run_row->addWidget(m_cancel_run);
  run_row->addWidget(m_progress, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(constraints);
  layout->addLayout(run_row);
  layout->addWidget(m_summary);
  layout->addWidget(m_table, 1);
  layout->addWidget(buttons);

  connect(m_demand, &QComboBox::currentIndexChanged, this, &SitingDialog::fill_weight_fields);
  connect(m_problem, &QComboBox::currentIndexChanged, this, &SitingDialog::update_problem_fields);
  connect(&m_watcher, &QFutureWatcher<SitingRunOutcome>::finished, this, &SitingDialog::on_done);
  connect(&m_watcher, &QFutureWatcher<SitingRunOutcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
  connect(&m_watcher, &QFutureWatcher<SitingRunOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
  fill_weight_fields();
  update_problem_fields();
  resize(640, 820);
}

SitingDialog::~SitingDialog() {
  // The worker reads the map's layers, which this dialog keeps alive: stop it first.
  m_watcher.future().cancel();
  m_watcher.waitForFinished();
}

QComboBox* SitingDialog::layer_box(bool points_only, const QString& none_text) {
  auto* box = new QComboBox(this);
  if (!none_text.isEmpty()) box->addItem(none_text, kNone);
  for (std::size_t i = 0; i < m_map->layers.size(); ++i) {
    const auto& layer = *m_map->layers[i].layer;
    if (points_only && layer.geometry_kind != core::GeometryKind::Point) continue;
    box->addItem(layer_label(m_map->layers[i]), static_cast<int>(i));
  }
  return box;
}

QDoubleSpinBox* SitingDialog::within_box() const { return m_cost->within_m_box(); }

int SitingDialog::add_constraint_row() {
  auto* parent = m_constraint_grid->parentWidget();
  ConstraintRow row{new QComboBox(parent), new QDoubleSpinBox(parent), new QLineEdit(parent)};
  for (std::size_t i = 0; i < m_map->layers.size(); ++i) row.layer->addItem(layer_label(m_map->layers[i]), static_cast<int>(i));
  row.within->setRange(0, 1e6);
  row.within->setDecimals(0);
  row.within->setSingleStep(500);
  row.within->setValue(1000);
  row.within->setSuffix(QStringLiteral(" m"));
  row.filter->setPlaceholderText(tr("of a feature where, e.g. hardened = 1; empty: any"));
  const int index = static_cast<int>(m_constraints.size());
  m_constraint_grid->addWidget(row.within, index + 1, 0);
  m_constraint_grid->addWidget(row.layer, index + 1, 1);
  m_constraint_grid->addWidget(row.filter, index + 1, 2);
  m_constraints.push_back(row);
  return index;
}

void SitingDialog::fill_weight_fields() {
  m_weight->clear();
  const auto layer = chosen_layer(m_demand);
  if (!layer) return;
  for (const auto& field : layer->fields)
    if (field.type != core::FieldType::String) m_weight->addItem(qs(field.name));
  // Households, when there are any: what relocation offices count.
  if (const int i = m_weight->findText(QStringLiteral("households")); i >= 0) m_weight->setCurrentIndex(i);
}

void SitingDialog::update_problem_fields() {
  const bool set_covering = m_problem->currentData().toInt() == SetCovering;
  m_k->setEnabled(!set_covering);
  m_cover_share->setEnabled(set_covering);
}

std::shared_ptr<const core::Layer> SitingDialog::chosen_layer(const QComboBox* box) const {
  const int i = box->currentIndex() < 0 ? kNone : box->currentData().toInt();
  return i == kNone ? nullptr : m_map->layers.at(static_cast<std::size_t>(i)).layer;
}

std::optional<project::MapLayerSelection> SitingDialog::chosen_selection(const QComboBox* box, const QLineEdit* filter) const {
  auto layer = chosen_layer(box);
  if (!layer) return std::nullopt;
  const auto key = project::map_layer_key(m_map->spec, layer->name);
  return project::MapLayerSelection{std::move(layer), key, filter->text().trimmed().toStdString()};
}

project::MapSitingSelection SitingDialog::selection() const {
  project::MapSitingSelection s;
  s.demand = *chosen_selection(m_demand, m_demand_filter);
  s.weight = m_weight->currentText().toStdString();
  s.candidates = chosen_selection(m_candidates, m_candidate_filter);
  s.existing = chosen_selection(m_existing, m_existing_filter);
  for (const auto& row : m_constraints)
    s.near.push_back({chosen_layer(row.layer), row.within->value(), row.filter->text().trimmed().toStdString()});
  return s;
}

project::SitingOptions SitingDialog::options() const {
  project::SitingOptions o;
  const int problem = m_problem->currentData().toInt();
  o.problem = problem == PMedian   ? project::SitingProblem::Median
              : problem == PCenter ? project::SitingProblem::Center
                                   : project::SitingProblem::Covering;
  o.weight = m_weight->currentText().toStdString();
  if (problem == SetCovering) o.cover_share_pct = m_cover_share->value();
  else o.k = static_cast<std::size_t>(m_k->value());
  if (m_cost->by_travel_time()) {
    o.within_min = m_cost->within_min_box()->value();
    o.network_name = m_cost->travel_choice().roads->name;
  } else {
    o.within_m = within_box()->value();
  }
  o.exact = m_solver->currentData().toBool();
  return o;
}

void SitingDialog::run() {
  if (m_watcher.isRunning() || !chosen_layer(m_demand)) return;
  if (m_weight->currentIndex() < 0) {
    m_summary->setText(tr("The demand layer has no numeric field to weigh it by."));
    return;
  }
  if (m_cost->by_travel_time() && !m_cost->travel_choice().roads) {
    m_summary->setText(tr("The map has no line layer to travel over; add the roads first."));
    return;
  }
  m_outcome.reset();
  m_result_layers.clear();
  m_table->clear();
  m_table->setRowCount(0);
  m_add->setEnabled(false);
  m_run->setEnabled(false);
  m_cancel_run->setEnabled(true);
  m_progress->setRange(0, 0);  // busy until the first solve reports
  m_summary->setText(tr("Solving…"));
  m_run_by_travel = m_cost->by_travel_time();
  std::optional<TravelChoice> travel;
  if (m_run_by_travel) travel = m_cost->travel_choice();
  m_watcher.setFuture(QtConcurrent::run(background_pool(), run_in_background, selection(), options(), travel));
}

void SitingDialog::cancel_run() {
  if (!m_watcher.isRunning()) return;
  // The run stops before its next solve (the efficiency curve solves once per k).
  m_watcher.future().cancel();
  m_cancel_run->setEnabled(false);
  m_summary->setText(tr("Cancelling…"));
}

void SitingDialog::on_done() {
  m_run->setEnabled(true);
  m_cancel_run->setEnabled(false);
  m_progress->setRange(0, 1);
  const auto future = m_watcher.future();
  if (future.isCanceled() || future.resultCount() == 0) {
    m_progress->setValue(0);
    m_summary->setText(tr("Cancelled; nothing was added."));
  } else if (const auto result = m_watcher.result(); !result.outcome) {
    m_progress->setValue(0);
    m_summary->setText(tr("Siting could not be solved: %1").arg(result.error));
  } else {
    m_progress->setValue(1);
    show_outcome(*result.outcome, result.candidate_trail);
  }
  emit run_finished();
}

void SitingDialog::show_outcome(const project::SitingOutcome& outcome, const QString& trail) {
  const auto& s = outcome.solution;
  const auto weight = m_weight->currentText();
  const int problem = m_problem->currentData().toInt();
  const double total = outcome.total_weight;
  QString text;
  if (!trail.isEmpty()) text += tr("Candidates: %1").arg(trail) + QStringLiteral("\n");
  if (problem == PMedian)
    text += (m_run_by_travel ? tr("%1 new sites: mean travel time %2 min per %3 (objective %4), best bound %5 min, gap %6%.")
                             : tr("%1 new sites: mean distance %2 m per %3 (objective %4), best bound %5 m, gap %6%."))
                .arg(outcome.new_sites)
                .arg(s.objective / total, 0, 'f', 1)
                .arg(weight)
                .arg(s.objective, 0, 'f', 0)
                .arg(s.bound / total, 0, 'f', 1)
                .arg(s.gap_pct(), 0, 'f', 2);
  else if (problem == PCenter)
    text += (m_run_by_travel ? tr("%1 new sites: longest trip %2 min, best bound %3 min, gap %4%.")
                             : tr("%1 new sites: longest distance %2 m, best bound %3 m, gap %4%."))
                .arg(outcome.new_sites)
                .arg(s.objective, 0, 'f', 1)
                .arg(s.bound, 0, 'f', 1)
                .arg(s.gap_pct(), 0, 'f', 2);
  else
    text += tr("%1 new sites cover %2 of %3 %4 (%5%), best bound %6, gap %7%; the existing facilities alone cover %8.")
                .arg(outcome.new_sites)
                .arg(s.objective, 0, 'f', 0)
                .arg(total, 0, 'f', 0)
                .arg(weight)
                .arg(total > 0 ? 100 * s.objective / total : 0.0, 0, 'f', 1)
                .arg(s.bound, 0, 'f', 0)
                .arg(s.gap_pct(), 0, 'f', 2)
                .arg(outcome.existing_covered, 0, 'f', 0);
  text += QStringLiteral("\n") + (s.proven_optimal ? tr("Proven optimal (%1).").arg(qs(s.method))
                                  : s.timed_out    ? tr("Time limit reached; the best found (%1).").arg(qs(s.method))
                                                   : tr("Not proven optimal (%1); the gap says how far from it at most.").arg(qs(s.method)));
  for (const auto& warning : outcome.warnings) text += QStringLiteral("\n") + tr("Warning: %1").arg(qs(warning));
  m_summary->setText(text);
  show_sites_table(outcome.chosen_sites);
  m_result_layers = siting_result_layers(outcome, {tr("Chosen sites").toStdString(), tr("Allocations").toStdString(),
                                                   tr("Served by a new site").toStdString(),
                                                   tr("Served by an existing facility").toStdString(),
                                                   tr("Still beyond reach (to the nearest site)").toStdString()});
  m_outcome = outcome;
  m_add->setEnabled(true);
}

void SitingDialog::show_sites_table(const core::Layer& sites) {
  m_table->setColumnCount(static_cast<int>(sites.fields.size()));
  m_table->setRowCount(static_cast<int>(sites.features.size()));
  QStringList headers;
  for (const auto& field : sites.fields) headers << qs(field.name);
  m_table->setHorizontalHeaderLabels(headers);
  for (std::size_t r = 0; r < sites.features.size(); ++r)
    for (std::size_t c = 0; c < sites.fields.size(); ++c)
      m_table->setItem(static_cast<int>(r), static_cast<int>(c),
                       new QTableWidgetItem(qs(core::to_text(sites.features[r].attributes[c]))));
  m_table->resizeColumnsToContents();
}

}  // namespace ruralatlas::gui
