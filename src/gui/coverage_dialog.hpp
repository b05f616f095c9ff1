#pragma once
// The coverage panel: which features of one layer (villages) lie within a distance of another
// layer's features (roads, filtered to the hardened ones; water mains; clinics). Runs on a
// worker; Cancel drops the run and the window carries on. The result is a new layer, villages
// coloured covered / not covered, with the distance and flag in its attribute table.
#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>

#include "project/layer_coverage.hpp"
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

class CoverageDialog : public QDialog {
  Q_OBJECT

 public:
  explicit CoverageDialog(std::shared_ptr<const project::LoadedMap> map, QWidget* parent = nullptr);

  QComboBox* demand_box() const { return m_demand; }
  QComboBox* target_box() const { return m_target; }
  QLineEdit* filter_edit() const { return m_filter; }
  QDoubleSpinBox* within_box() const { return m_within; }
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
    QString error;
  };
  void on_done();

  std::shared_ptr<const project::LoadedMap> m_map;
  QComboBox *m_demand, *m_target;
  QLineEdit* m_filter;
  QDoubleSpinBox* m_within;
  QPushButton *m_run, *m_cancel_run, *m_add;
  QProgressBar* m_progress;
  QLabel* m_summary;
  std::optional<project::MapLayer> m_result;
  QFutureWatcher<Outcome> m_watcher;
  bool m_cancelled = false;
};

}  // namespace ruralatlas::gui
