#pragma once
// The siting panel: where the next k facilities go for the demand of a point layer (relocation
// sites by households), among candidate sites near a hardened road, power or water line, with
// existing facilities staying — maximal covering, set covering, p-median or p-center, solved by
// project::run_siting as `ruralatlas site` solves it, in straight-line metres or in minutes over
// the map's roads (`site --network --speeds`). Runs on a worker
// with progress and Cancel; shows objective, bound, gap and the chosen sites, and adds the
// sites and allocation lines to the map with ready styles.
#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>
#include <vector>

#include "project/map_pipeline.hpp"
#include "project/map_siting_inputs.hpp"
#include "project/siting_run.hpp"

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ruralatlas::gui {

class TravelCostFields;

/// What a background siting run came back with.
struct SitingRunOutcome {
  std::optional<project::SitingOutcome> outcome;
  QString candidate_trail;
  QString error;
};

class SitingDialog : public QDialog {
  Q_OBJECT

 public:
  explicit SitingDialog(std::shared_ptr<const project::LoadedMap> map, QWidget* parent = nullptr);
  ~SitingDialog() override;

  QComboBox* demand_box() const { return m_demand; }
  QComboBox* weight_box() const { return m_weight; }
  QLineEdit* demand_filter_edit() const { return m_demand_filter; }
  QComboBox* candidates_box() const { return m_candidates; }
  QLineEdit* candidate_filter_edit() const { return m_candidate_filter; }
  QComboBox* problem_box() const { return m_problem; }
  QSpinBox* sites_box() const { return m_k; }
  QDoubleSpinBox* cover_share_box() const { return m_cover_share; }
  /// Straight-line threshold (m); the travel-time choices are in travel_fields().
  QDoubleSpinBox* within_box() const;
  TravelCostFields* travel_fields() const { return m_cost; }
  QComboBox* existing_box() const { return m_existing; }
  QLineEdit* existing_filter_edit() const { return m_existing_filter; }
  QComboBox* solver_box() const { return m_solver; }
  /// Adds a "within METRES of a feature of LAYER matching FILTER" row; returns its index.
  int add_constraint_row();
  QComboBox* constraint_layer_box(int row) const { return m_constraints.at(row).layer; }
  QDoubleSpinBox* constraint_within_box(int row) const { return m_constraints.at(row).within; }
  QLineEdit* constraint_filter_edit(int row) const { return m_constraints.at(row).filter; }
  QPushButton* run_button() const { return m_run; }
  QPushButton* cancel_run_button() const { return m_cancel_run; }
  QLabel* summary_label() const { return m_summary; }
  QTableWidget* sites_table() const { return m_table; }
  /// The finished run (outcome and its map layers: allocations, then sites).
  const std::optional<project::SitingOutcome>& outcome() const { return m_outcome; }
  const std::vector<project::MapLayer>& result_layers() const { return m_result_layers; }

 public slots:
  void run();
  void cancel_run();

 signals:
  void run_finished();

 private:
  struct ConstraintRow {
    QComboBox* layer;
    QDoubleSpinBox* within;
    QLineEdit* filter;
  };
  QComboBox* layer_box(bool points_only, const QString& none_text);
  void fill_weight_fields();
  void update_problem_fields();
  project::MapSitingSelection selection() const;
  project::SitingOptions options() const;
  std::shared_ptr<const core::Layer> chosen_layer(const QComboBox* box) const;
  std::optional<project::MapLayerSelection> chosen_selection(const QComboBox* box, const QLineEdit* filter) const;
  void on_done();
  void show_outcome(const project::SitingOutcome& outcome, const QString& trail);
  void show_sites_table(const core::Layer& sites);

  std::shared_ptr<const project::LoadedMap> m_map;
  QComboBox *m_demand, *m_weight, *m_candidates, *m_problem, *m_existing, *m_solver;
  QLineEdit *m_demand_filter, *m_candidate_filter, *m_existing_filter;
  QSpinBox* m_k;
  QDoubleSpinBox* m_cover_share;
  TravelCostFields* m_cost;
  QGridLayout* m_constraint_grid;
  std::vector<ConstraintRow> m_constraints;
  QPushButton *m_run, *m_cancel_run, *m_add;
  QProgressBar* m_progress;
  QLabel* m_summary;
  QTableWidget* m_table;
  std::optional<project::SitingOutcome> m_outcome;
  std::vector<project::MapLayer> m_result_layers;
  QFutureWatcher<SitingRunOutcome> m_watcher;
  bool m_run_by_travel = false;  ///< the run under way (or last) measures minutes
};

}  // namespace ruralatlas::gui
