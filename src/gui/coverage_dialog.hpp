#pragma once
// The coverage panel: which features of one layer (villages) lie within a distance of another
// layer's features (roads, filtered to the hardened ones; water mains; clinics), or within a
// travel time over the map's roads (`ruralatlas travel`'s minutes). Runs on a worker; Cancel
// drops the run and the window carries on. The result is a new layer, villages coloured covered
// / not covered (/ cannot reach a facility), with the distance or minutes in its attribute table.
#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>

#include "project/layer_coverage.hpp"
#include "project/layer_travel_coverage.hpp"
#include "project/map_pipeline.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ruralatlas::gui {

/// Covered in blue, not covered in red, unmeasured grey; symbols sized for the map's points.
style::LayerStyle coverage_style(const core::Layer& layer, const project::LayerCoverageSpec& spec, double within_m);

/// Legend texts of a travel-time coverage layer.
struct TravelCoverageLegend {
  std::string covered, not_covered, unreachable;
};
/// Covered in blue, not covered in red, no facility reachable (travel_min null) in purple.
style::LayerStyle travel_coverage_style(const core::Layer& layer, const project::LayerTravelCoverageSpec& spec,
                                        const TravelCoverageLegend& legend);

class TravelCostFields;

class CoverageDialog : public QDialog {
  Q_OBJECT

 public:
  explicit CoverageDialog(std::shared_ptr<const project::LoadedMap> map, QWidget* parent = nullptr);

  QComboBox* demand_box() const { return m_demand; }
  QComboBox* target_box() const { return m_target; }
  QLineEdit* filter_edit() const { return m_filter; }
  /// Straight-line threshold (m); the travel-time choices are in travel_fields().
  QDoubleSpinBox* within_box() const;
  TravelCostFields* travel_fields() const { return m_cost; }
  QPushButton* run_button() const { return m_run; }
  QPushButton* cancel_run_button() const { return m_cancel_run; }
  QLabel* summary_label() const { return m_summary; }
  /// The finished run as a map layer, ready to add.
  const std::optional<project::MapLayer>& result() const { return m_result; }

 public slots:
  void run();
  void cancel_run();

 signals:
  void run_finished();

 private:
  struct Outcome {
    std::optional<project::LayerCoverage> coverage;
    std::optional<project::LayerTravelCoverage> travel;
    QString error;
  };
  void on_done();
  void show_distance_result(const project::LayerCoverage& coverage);
  void show_travel_result(const project::LayerTravelCoverage& coverage);

  std::shared_ptr<const project::LoadedMap> m_map;
  QComboBox *m_demand, *m_target;
  QLineEdit* m_filter;
  TravelCostFields* m_cost;
  QPushButton *m_run, *m_cancel_run, *m_add;
  QProgressBar* m_progress;
  QLabel* m_summary;
  std::optional<project::MapLayer> m_result;
  QFutureWatcher<Outcome> m_watcher;
  bool m_cancelled = false;
  project::LayerTravelCoverageSpec m_travel_spec;  ///< of the run under way
};

}  // namespace ruralatlas::gui
