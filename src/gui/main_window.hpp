#pragma once
// The desktop app's window: open a project file, look at its map (pan, zoom, layers on and
// off), identify and select features, read scale and cursor position, print the project's
// layout to PDF, and save the edited map as a project (main_window_project_actions.cpp). Loading,
// drawing and printing run on worker threads; the window only shows their results.
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>
#include <memory>
#include <optional>

#include "gui/atlas_export_job.hpp"
#include "gui/cursor_position_text.hpp"
#include "gui/map_layer_edits.hpp"
#include "gui/new_project_dialog.hpp"
#include "gui/project_load_job.hpp"
#include "gui/project_session.hpp"
#include "project/database_connection.hpp"
#include "project/join_preview.hpp"
#include "project/map_export.hpp"
#include "project/map_pipeline.hpp"
#include "project/page_settings.hpp"

class QAction;
class QCloseEvent;
class QDragEnterEvent;
class QDropEvent;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace ruralatlas::gui {

class AttributeTablePanel;
class FeatureSelection;
class IdentifyPanel;
class LayerPanel;
class MapCanvas;
struct FeatureRef;

/// What reading added layer files in the background came back with.
struct AddedLayersOutcome {
  std::uint64_t map_generation = 0;  ///< of the map they were read for
  std::vector<project::MapLayer> layers;
  QStringList errors;  ///< one per file that could not be read, naming it
};

/// What a background map export came back with.
struct ExportOutcome {
  QString file;
  project::ExportResult result;
  QString error;
};

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Loads `file` in the background; a later call cancels an unfinished one (it stops
  /// before its next layer file). Emits project_opened or project_failed.
  void open_project(const QString& file);
  /// File > Open Recent: asks about unsaved changes, then opens `file`; a file that is gone is
  /// dropped from the list with a message.
  void open_recent_project(const QString& file);
  /// File > New project: asks about unsaved changes, then shows an empty map in the chosen CRS
  /// and layout. False when cancelled or the CRS is unusable (the error box says why).
  bool new_project(const NewProjectSettings& settings);
  /// Save (Ctrl+S): to the project's file, or through Save As for a new project.
  bool save_project();
  /// Writes the map as shown to the project file `file` (new layer and style files beside it
  /// for joins, restyles and added layers; inputs untouched). On failure the error box names
  /// the folder, the file on disk is unchanged and the map stays modified. Emits project_saved
  /// or project_save_failed.
  bool save_project_as(const QString& file);
  ProjectSession* session() const { return m_session; }
  /// Prints the project's layout with the map as the window shows it (layers in the window's
  /// order, hidden ones left out, added ones included) to `file` — PDF, PNG or SVG by its
  /// extension — in the background. Emits map_exported or map_export_failed.
  void export_map_file(const QString& file);
  /// Prints the project's atlas (one page per feature of its atlas layer) to the PDF `file` in
  /// the background, page by page in the status bar. Emits atlas_exported, atlas_export_failed
  /// or atlas_cancelled.
  void export_atlas_file(const QString& file);
  /// Stops a running atlas before its next page; nothing is written.
  void cancel_atlas();
  /// Reads vector or layer files in the background and adds them on top of the map. Emits
  /// layers_added; files that cannot be read are reported in the error box.
  void add_layer_files(const QStringList& files);
  /// Reads `tables` of the PostGIS server `connection` in the background and adds them on top,
  /// as add_layer_files does (emits layers_added; tables that cannot be read in the error box).
  void add_database_layers(const project::DatabaseConnection& connection, const QStringList& tables);
  /// Opens the join dialog for map layer `layer_index`; an applied join shows at once.
  void choose_join(std::size_t layer_index);
  /// Opens the style panel for map layer `layer_index`; Apply redraws it with the new style.
  void choose_style(std::size_t layer_index);
  /// Redraws map layer `layer_index` with `style` (bound to its data), as the panel's Apply does.
  void apply_style(std::size_t layer_index, style::LayerStyle style);
  /// Opens the coverage panel; its result is added on top of the map.
  void choose_coverage();
  /// Opens the layout panel; "Use for the map" applies its template and texts.
  void choose_layout();
  /// Later exports (map and atlas) print `settings`' template and texts; the project file is untouched.
  void apply_page_settings(const project::PageSettings& settings);
  /// Opens the siting panel; its chosen sites and allocation lines are added on top of the map.
  void choose_siting();
  /// Adds an analysis result (with its ready style) on top of the map, visible.
  void add_analysis_layer(project::MapLayer layer);
  /// Applies a previewed join to map layer `layer_index` (what the dialog's Apply does).
  void apply_join(std::size_t layer_index, const project::TableJoinSpec& join, const project::JoinPreview& preview);
  /// The map as shown: layers in the window's order, with their visibility.
  ShownMap shown_map() const { return {m_map, m_visible}; }

  MapCanvas* canvas() const { return m_canvas; }
  LayerPanel* layer_panel() const { return m_layers; }
  IdentifyPanel* identify_panel() const { return m_identify; }
  AttributeTablePanel* attribute_table() const { return m_table; }
  FeatureSelection* selection() const { return m_selection; }
  /// The message box of the last failure, while it is open.
  QMessageBox* error_box() const { return m_error_box; }

 signals:
  void project_opened(const QString& file);
  void project_failed(const QString& file, const QString& message);
  void map_exported(const QString& file);
  void map_export_failed(const QString& file, const QString& message);
  void atlas_exported(const QString& file, int pages);
  void atlas_export_failed(const QString& file, const QString& message);
  void atlas_cancelled();
  void layers_added(int count);
  void project_saved(const QString& file);
  void project_save_failed(const QString& file, const QString& message);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  /// Asks about unsaved changes; Cancel keeps the window open.
  void closeEvent(QCloseEvent* event) override;

 private:
  static constexpr int kStatusMessageMs = 8000;

  void build_docks();
  void build_actions();
  void build_tool_actions(QToolBar* toolbar, QMenu* menu);
  void build_status_bar();
  void choose_project();
  void choose_new_project();
  bool choose_save_file();
  void update_title();
  void choose_export_file();
  void choose_atlas_file();
  void on_atlas_done();
  void choose_layer_files();
  void choose_database_layers();
  void on_layers_added();
  /// Shows an edit of the map (layers reordered, removed or added).
  void show_edit(ShownMap edited);
  void on_loaded();
  void on_exported();
  void on_cursor_moved(double map_x, double map_y);
  void on_scale_changed(double scale_denominator);
  void on_feature_clicked(const FeatureRef& feature);
  void zoom_to_features(std::size_t layer_index, const std::vector<std::size_t>& features);
  void show_error(const QString& title, const QString& text, const QString& details);
  void update_actions();

  MapCanvas* m_canvas = nullptr;
  LayerPanel* m_layers = nullptr;
  IdentifyPanel* m_identify = nullptr;
  QDockWidget* m_identify_dock = nullptr;
  FeatureSelection* m_selection = nullptr;
  AttributeTablePanel* m_table = nullptr;
  QDockWidget* m_table_dock = nullptr;
  QLabel* m_scale_label = nullptr;
  QLabel* m_map_xy_label = nullptr;
  QLabel* m_lon_lat_label = nullptr;
  QAction* m_export_action = nullptr;
  QAction* m_save_action = nullptr;
  QAction* m_save_as_action = nullptr;
  QAction* m_add_layer_action = nullptr;
  QAction* m_add_database_action = nullptr;
  QAction* m_coverage_action = nullptr;
  QAction* m_siting_action = nullptr;
  QAction* m_layout_action = nullptr;
  QAction* m_atlas_action = nullptr;
  QAction* m_cancel_atlas_action = nullptr;
  QAction* m_full_extent_action = nullptr;
  QAction* m_zoom_in_action = nullptr;
  QAction* m_zoom_out_action = nullptr;
  QAction* m_pan_tool_action = nullptr;
  QAction* m_identify_tool_action = nullptr;
  QAction* m_zoom_box_tool_action = nullptr;
  QPointer<QMessageBox> m_error_box;
  ProjectSession* m_session = nullptr;

  std::shared_ptr<const project::LoadedMap> m_map;
  std::vector<bool> m_visible;  ///< per layer of m_map
  std::uint64_t m_map_generation = 0;  ///< counts projects opened, to drop layers read for an older one
  std::optional<CursorPositionText> m_cursor_text;
  QString m_project_file;
  QFutureWatcher<LoadOutcome> m_load_watcher;
  QFutureWatcher<ExportOutcome> m_export_watcher;
  QFutureWatcher<AtlasExportOutcome> m_atlas_watcher;
  QFutureWatcher<AddedLayersOutcome> m_add_watcher;
};

}  // namespace ruralatlas::gui
