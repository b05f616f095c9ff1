#pragma once
// How the coverage and siting panels measure reach: straight-line metres, or minutes over a
// roads layer of the map at the speeds of a speed file (with the off-road access speed). The
// rows go into the panel's own form so their labels line up with the panel's.
#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>

#include "project/map_pipeline.hpp"
#include "project/map_travel_network.hpp"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace ruralatlas::gui {

/// What the panel routes over when it measures travel time; read on the worker.
struct TravelChoice {
  std::shared_ptr<const core::Layer> roads;
  std::filesystem::path speed_file;
  double access_kmh = 0;  ///< 0: the speed file's
  /// Throws core::Error as project::read_speed_file does.
  project::TravelNetworkOptions network_options() const;
};

class TravelCostFields : public QObject {
  Q_OBJECT

 public:
  /// Widgets are children of `parent`; add them to a form with add_rows.
  TravelCostFields(const project::LoadedMap& map, double default_within_m, QWidget* parent);
  void add_rows(QFormLayout* form);

  bool by_travel_time() const;
  /// The chosen roads, speed file and access speed; the roads are null when the map has no lines.
  TravelChoice travel_choice() const;

  QComboBox* measure_box() const { return m_measure; }
  QDoubleSpinBox* within_m_box() const { return m_within_m; }
  QDoubleSpinBox* within_min_box() const { return m_within_min; }
  QComboBox* roads_box() const { return m_roads; }
  QLineEdit* speed_file_edit() const { return m_speed_file; }
  QDoubleSpinBox* access_kmh_box() const { return m_access_kmh; }

 private:
  void show_measure();
  void choose_speed_file();
  void show_file_access_speed();

  const project::LoadedMap& m_map;
  QComboBox *m_measure, *m_roads;
  QDoubleSpinBox *m_within_m, *m_within_min, *m_access_kmh;
  QLineEdit* m_speed_file;
  QWidget* m_speed_row;
  QFormLayout* m_form = nullptr;
};

}  // namespace ruralatlas::gui
