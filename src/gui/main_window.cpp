#include "gui/main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPromise>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "core/error.hpp"
#include "gui/added_layer.hpp"
#include "gui/attribute_table_panel.hpp"
#include "gui/background_pool.hpp"
#include "gui/feature_selection.hpp"
#include "gui/identify_panel.hpp"
#include "gui/coverage_dialog.hpp"
#include "gui/join_dialog.hpp"
#include "gui/layer_panel.hpp"
#include "gui/layout_panel.hpp"
#include "gui/map_canvas.hpp"
#include "gui/project_extent.hpp"
#include "gui/postgis_layer_dialog.hpp"
#include "gui/project_page_export.hpp"
#include "gui/siting_dialog.hpp"
#include "gui/style_dialog.hpp"
#include "layout/scale_bar_spec.hpp"
#include "project/printed_map.hpp"
#include "render/font_setup.hpp"

namespace ruralatlas::gui {

namespace {

void load_project(QPromise<LoadOutcome>& promise, const QString& file) {
  promise.addResult(load_project_map(file, {[&promise] { return promise.isCanceled(); },
                                            [&promise](const QString& step) { promise.setProgressValueAndText(0, step); }}));
}

AddedLayersOutcome read_layer_files(const QStringList& files, const core::Crs& map_crs, std::uint64_t generation) {
  AddedLayersOutcome outcome;
  outcome.map_generation = generation;
  for (const auto& file : files) {
    try {
      outcome.layers.push_back(load_added_layer(file.toStdString(), map_crs));
    } catch (const std::exception& e) {
      outcome.errors << QString::fromStdString(e.what());
    }
  }
  return outcome;
}

AddedLayersOutcome read_database_tables(const project::DatabaseConnection& connection, const QStringList& tables,
                                       const core::Crs& map_crs, std::uint64_t generation) {
  AddedLayersOutcome outcome;
  outcome.map_generation = generation;
  for (const auto& table : tables) {
    try {
      outcome.layers.push_back(load_database_layer(connection, table.toStdString(), map_crs));
    } catch (const std::exception& e) {
      outcome.errors << QString::fromStdString(e.what());
    }
  }
  return outcome;
}

/// Local files among dragged URLs.
QStringList local_files(const QMimeData* mime) {
  QStringList files;
  if (mime)
    for (const auto& url : mime->urls())
      if (url.isLocalFile()) files << url.toLocalFile();
  return files;
}

ExportOutcome export_map_file_in_background(std::shared_ptr<const project::LoadedMap> map, const QString& file) {
  ExportOutcome outcome;
  outcome.file = file;
  try {
    outcome.result = export_project_page(*map, file.toStdString());
  } catch (const std::exception& e) {
    outcome.error = QString::fromStdString(e.what());
  }
  return outcome;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("RuralAtlas"));
  // Look the map font up here, on the window's thread, before any worker draws with it; a
  // missing font is reported when the first map is drawn.
  try {
    render::require_font(render::kMapFontFamily);
  } catch (const core::Error&) {
  }
  m_canvas = new MapCanvas(this);
  setCentralWidget(m_canvas);
  m_session = new ProjectSession(this);
  connect(m_session, &ProjectSession::state_changed, this, &MainWindow::update_title);

  build_docks();
  build_actions();
  build_status_bar();

  connect(m_layers, &LayerPanel::layer_visibility_changed, this, [this](std::size_t index, bool visible) {
    if (index >= m_visible.size() || m_visible[index] == visible) return;
    m_visible[index] = visible;
    m_canvas->set_layer_visible(index, visible);
    m_session->mark_modified();
  });
  connect(m_layers, &LayerPanel::layer_move_requested, this,
          [this](std::size_t from, std::size_t to) { show_edit(move_layer(shown_map(), from, to)); });
  connect(m_layers, &LayerPanel::layer_remove_requested, this,
          [this](std::size_t index) { show_edit(remove_layer(shown_map(), index)); });
  connect(m_layers, &LayerPanel::join_requested, this, &MainWindow::choose_join);
  connect(m_layers, &LayerPanel::style_requested, this, &MainWindow::choose_style);
  connect(m_layers, &LayerPanel::zoom_to_layer_requested, m_canvas,
          [this](std::size_t index) { m_canvas->zoom_to_extent(m_map->layers.at(index).layer->extent()); });
  connect(m_canvas, &MapCanvas::cursor_moved, this, &MainWindow::on_cursor_moved);
  connect(m_canvas, &MapCanvas::feature_clicked, this, &MainWindow::on_feature_clicked);
  connect(m_canvas, &MapCanvas::empty_clicked, this, [this] {
    m_selection->clear();
    m_identify->show_nothing();
  });
  connect(m_canvas, &MapCanvas::cursor_left, this, [this] {
    m_map_xy_label->clear();
    m_lon_lat_label->clear();
  });
  connect(m_canvas, &MapCanvas::scale_changed, this, &MainWindow::on_scale_changed);
  connect(m_canvas, &MapCanvas::render_failed, this, [this](const QString& message) {
    statusBar()->showMessage(tr("Drawing the map failed: %1").arg(message));
  });
  connect(&m_load_watcher, &QFutureWatcher<LoadOutcome>::progressTextChanged, this,
          [this](const QString& step) { statusBar()->showMessage(step + QStringLiteral("…")); });
  connect(&m_load_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::on_loaded);
  connect(&m_export_watcher, &QFutureWatcher<ExportOutcome>::finished, this, &MainWindow::on_exported);
  connect(&m_atlas_watcher, &QFutureWatcher<AtlasExportOutcome>::finished, this, &MainWindow::on_atlas_done);
  connect(&m_atlas_watcher, &QFutureWatcher<AtlasExportOutcome>::progressValueChanged, this, [this](int page) {
    statusBar()->showMessage(tr("Atlas: page %1 of %2…").arg(page).arg(m_atlas_watcher.progressMaximum()));
  });
  connect(&m_add_watcher, &QFutureWatcher<AddedLayersOutcome>::finished, this, &MainWindow::on_layers_added);
  setAcceptDrops(true);
  update_actions();
  resize(1280, 820);
}

MainWindow::~MainWindow() {
  // Workers hold no pointer into the window, but they use Qt's fonts and thread pool, which
  // must outlive them: wait (loads and reads stop at their next layer file).
  m_load_watcher.future().cancel();
  m_load_watcher.waitForFinished();
  m_add_watcher.waitForFinished();
  m_export_watcher.waitForFinished();
  m_atlas_watcher.future().cancel();
  m_atlas_watcher.waitForFinished();
}

void MainWindow::build_docks() {
  m_layers = new LayerPanel(this);
  auto* dock = new QDockWidget(tr("Layers"), this);
  dock->setObjectName("layers_dock");
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  dock->setWidget(m_layers);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  m_identify = new IdentifyPanel(this);
  m_identify_dock = new QDockWidget(tr("Identify"), this);
  m_identify_dock->setObjectName("identify_dock");
  m_identify_dock->setWidget(m_identify);
  addDockWidget(Qt::RightDockWidgetArea, m_identify_dock);
  resizeDocks({dock, m_identify_dock}, {270, 370}, Qt::Horizontal);

  m_selection = new FeatureSelection(this);
  m_canvas->set_selection(m_selection);

  m_table = new AttributeTablePanel(m_selection, this);
  m_table_dock = new QDockWidget(tr("Attribute table"), this);
  m_table_dock->setObjectName("attribute_table_dock");
  m_table_dock->setWidget(m_table);
  addDockWidget(Qt::BottomDockWidgetArea, m_table_dock);
  resizeDocks({m_table_dock}, {220}, Qt::Vertical);
  connect(m_table, &AttributeTablePanel::features_chosen, this, &MainWindow::zoom_to_features);
}

void MainWindow::build_actions() {
  auto* file_menu = menuBar()->addMenu(tr("&File"));
  auto* new_action = file_menu->addAction(tr("&New project…"), this, &MainWindow::choose_new_project);
  new_action->setObjectName("new_project");
  new_action->setShortcut(QKeySequence::New);
  auto* open_action = file_menu->addAction(tr("&Open project…"), this, &MainWindow::choose_project);
  open_action->setShortcut(QKeySequence::Open);
  auto* recent_menu = file_menu->addMenu(tr("Open &recent"));
  recent_menu->setObjectName("recent_projects");
  connect(recent_menu, &QMenu::aboutToShow, this, [this, recent_menu] {
    m_session->recent().fill_menu(recent_menu, [this](const QString& file) { open_recent_project(file); });
  });
  m_save_action = file_menu->addAction(tr("&Save project"), this, &MainWindow::save_project);
  m_save_action->setObjectName("save_project");
  m_save_action->setShortcut(QKeySequence::Save);
  m_save_action->setStatusTip(tr("Save the map as shown (layer order, visibility, joins, styles) to the project file"));
  m_save_as_action = file_menu->addAction(tr("Save project &as…"), this, &MainWindow::choose_save_file);
  m_save_as_action->setObjectName("save_project_as");
  m_save_as_action->setShortcut(QKeySequence::SaveAs);
  file_menu->addSeparator();
  m_export_action = file_menu->addAction(tr("&Export map…"), this, &MainWindow::choose_export_file);
  m_export_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  m_atlas_action = file_menu->addAction(tr("Export &atlas…"), this, &MainWindow::choose_atlas_file);
  m_atlas_action->setObjectName("export_atlas");
  m_atlas_action->setStatusTip(tr("Print one page per feature of the project's atlas layer into one PDF, as `ruralatlas atlas` does"));
  m_cancel_atlas_action = file_menu->addAction(tr("&Cancel the atlas"), this, &MainWindow::cancel_atlas);
  m_cancel_atlas_action->setObjectName("cancel_atlas");
  m_export_action->setStatusTip(
      tr("Print the page layout to PDF with the map as shown here (hidden layers left out); with every layer shown "
         "and none moved, added or removed, the PDF equals `ruralatlas render`'s"));
  m_layout_action = file_menu->addAction(tr("Page &layout…"), this, &MainWindow::choose_layout);
  m_layout_action->setObjectName("page_layout");
  m_layout_action->setStatusTip(tr("Choose the page template, edit the title and texts, preview the page(s) and export them"));
  m_add_layer_action = file_menu->addAction(tr("&Add layer…"), this, &MainWindow::choose_layer_files);
  m_add_layer_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
  m_add_layer_action->setStatusTip(tr("Add vector files or layer files on top of the map (or drop them on the window)"));
  m_add_database_action = new QAction(tr("Add &PostGIS layer…"), this);
  m_add_database_action->setObjectName("add_postgis_layer");
  m_add_database_action->setStatusTip(tr("Add tables of a PostGIS database on top of the map"));
  connect(m_add_database_action, &QAction::triggered, this, &MainWindow::choose_database_layers);
  file_menu->addSeparator();
  auto* quit_action = file_menu->addAction(tr("&Quit"), this, &QWidget::close);
  quit_action->setShortcut(QKeySequence::Quit);

  auto* view_menu = menuBar()->addMenu(tr("&View"));
  auto* panels = view_menu->addMenu(tr("&Panels"));
  for (auto* dock : findChildren<QDockWidget*>()) panels->addAction(dock->toggleViewAction());
  m_full_extent_action = view_menu->addAction(tr("&Full extent"), m_canvas, &MapCanvas::zoom_full_extent);
  m_full_extent_action->setShortcut(QKeySequence(Qt::Key_Home));
  m_zoom_in_action = view_menu->addAction(tr("Zoom &in"), m_canvas, [this] { m_canvas->zoom_by(2.0); });
  m_zoom_in_action->setShortcut(QKeySequence::ZoomIn);
  m_zoom_out_action = view_menu->addAction(tr("Zoom &out"), m_canvas, [this] { m_canvas->zoom_by(0.5); });
  m_zoom_out_action->setShortcut(QKeySequence::ZoomOut);

  auto* layer_menu = menuBar()->addMenu(tr("&Layer"));
  layer_menu->addAction(m_add_layer_action);
  layer_menu->addAction(m_add_database_action);

  auto* analysis_menu = menuBar()->addMenu(tr("&Analysis"));
  m_coverage_action = analysis_menu->addAction(tr("&Coverage…"), this, &MainWindow::choose_coverage);
  m_coverage_action->setObjectName("coverage");
  m_coverage_action->setStatusTip(tr("Which villages lie within a distance of a road, water main, power line or clinic"));
  m_siting_action = analysis_menu->addAction(tr("&Siting…"), this, &MainWindow::choose_siting);
  m_siting_action->setObjectName("siting");
  m_siting_action->setStatusTip(tr("Where the next clinics, workshops or water stations go, with the optimality gap stated"));

  auto* toolbar = addToolBar(tr("Map"));
  toolbar->setObjectName("map_toolbar");
  toolbar->setMovable(false);
  toolbar->addAction(open_action);
  toolbar->addAction(m_add_layer_action);
  toolbar->addAction(m_export_action);
  toolbar->addSeparator();
  toolbar->addAction(m_full_extent_action);
  toolbar->addAction(m_zoom_in_action);
  toolbar->addAction(m_zoom_out_action);
  toolbar->addSeparator();
  build_tool_actions(toolbar, view_menu);
}

void MainWindow::build_tool_actions(QToolBar* toolbar, QMenu* menu) {
  auto* tools = new QActionGroup(this);
  m_pan_tool_action = tools->addAction(tr("&Pan"));
  m_pan_tool_action->setObjectName("pan_tool");
  m_pan_tool_action->setShortcut(QKeySequence(Qt::Key_P));
  m_pan_tool_action->setStatusTip(tr("Drag to move the map"));
  m_zoom_box_tool_action = tools->addAction(tr("Zoom to &box"));
  m_zoom_box_tool_action->setObjectName("zoom_box_tool");
  m_zoom_box_tool_action->setShortcut(QKeySequence(Qt::Key_Z));
  m_zoom_box_tool_action->setStatusTip(tr("Drag a box to zoom to it (or Shift+drag with any tool)"));
  m_identify_tool_action = tools->addAction(tr("&Identify"));
  m_identify_tool_action->setObjectName("identify_tool");
  m_identify_tool_action->setShortcut(QKeySequence(Qt::Key_I));
  m_identify_tool_action->setStatusTip(tr("Click a feature to see its attributes and select it"));
  for (auto* action : tools->actions()) action->setCheckable(true);
  m_pan_tool_action->setChecked(true);
  connect(m_pan_tool_action, &QAction::triggered, m_canvas, [this] { m_canvas->set_tool(CanvasTool::Pan); });
  connect(m_zoom_box_tool_action, &QAction::triggered, m_canvas, [this] { m_canvas->set_tool(CanvasTool::ZoomBox); });
  connect(m_identify_tool_action, &QAction::triggered, m_canvas, [this] { m_canvas->set_tool(CanvasTool::Identify); });
  menu->addSeparator();
  menu->addActions(tools->actions());
  toolbar->addActions(tools->actions());
}

void MainWindow::build_status_bar() {
  m_scale_label = new QLabel(this);
  m_map_xy_label = new QLabel(this);
  m_lon_lat_label = new QLabel(this);
  m_scale_label->setObjectName("scale_label");
  m_map_xy_label->setObjectName("map_xy_label");
  m_lon_lat_label->setObjectName("lon_lat_label");
  m_scale_label->setMinimumWidth(120);
  m_map_xy_label->setMinimumWidth(260);
  m_lon_lat_label->setMinimumWidth(190);
  statusBar()->addPermanentWidget(m_map_xy_label);
  statusBar()->addPermanentWidget(m_lon_lat_label);
  statusBar()->addPermanentWidget(m_scale_label);
  statusBar()->showMessage(tr("Open a project file (File > Open project…)"));
}

void MainWindow::update_actions() {
  const bool has_map = m_map != nullptr;
  m_export_action->setEnabled(has_map && !m_export_watcher.isRunning());
  m_add_layer_action->setEnabled(has_map);
  m_add_database_action->setEnabled(has_map);
  m_save_action->setEnabled(has_map);
  m_save_as_action->setEnabled(has_map);
  m_coverage_action->setEnabled(has_map);
  m_siting_action->setEnabled(has_map);
  m_layout_action->setEnabled(has_map);
  m_atlas_action->setEnabled(has_map && m_map->spec.atlas && !m_atlas_watcher.isRunning());
  m_cancel_atlas_action->setEnabled(m_atlas_watcher.isRunning());
  m_full_extent_action->setEnabled(has_map);
  m_zoom_in_action->setEnabled(has_map);
  m_zoom_out_action->setEnabled(has_map);
}

void MainWindow::choose_project() {
  if (!m_session->may_discard_changes([this] { return save_project(); })) return;
  const auto start = m_project_file.isEmpty() ? QStringLiteral("projects") : QFileInfo(m_project_file).path();
  const auto file = QFileDialog::getOpenFileName(this, tr("Open project"), start, tr("Project files (*.yaml *.yml)"));
  if (!file.isEmpty()) open_project(file);
}

void MainWindow::open_project(const QString& file) {
  statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(file)));
  // The older load stops before its next layer file; setting the new future detaches the
  // watcher from it, so whatever it still returns is never seen.
  m_load_watcher.future().cancel();
  m_load_watcher.setFuture(QtConcurrent::run(background_pool(), load_project, file));
}

void MainWindow::on_loaded() {
  if (m_load_watcher.future().isCanceled() || m_load_watcher.future().resultCount() == 0) return;
  const auto outcome = m_load_watcher.result();
  if (outcome.cancelled) return;
  if (!outcome.map) {
    statusBar()->showMessage(tr("Could not open %1").arg(outcome.file), kStatusMessageMs);
    show_error(tr("Cannot open project"), tr("The project %1 could not be opened.").arg(outcome.file), outcome.error);
    emit project_failed(outcome.file, outcome.error);
    return;
  }
  m_map = outcome.map;
  m_visible = project::layer_visibility(m_map->spec);
  ++m_map_generation;
  m_project_file = outcome.file;
  try {
    m_cursor_text.emplace(m_map->crs);
  } catch (const std::exception& e) {
    m_cursor_text.reset();
    statusBar()->showMessage(tr("No longitude/latitude for this map: %1").arg(e.what()));
  }
  m_selection->clear();
  m_identify->show_nothing();
  m_layers->show_map(m_map, m_visible);
  m_table->show_map(m_map);
  m_canvas->set_map(m_map, outcome.extent);
  for (std::size_t i = 0; i < m_visible.size(); ++i) m_canvas->set_layer_visible(i, m_visible[i]);
  m_session->set_file(outcome.file);
  statusBar()->showMessage(tr("Opened %1: %n layer(s)", nullptr, static_cast<int>(m_map->layers.size()))
                               .arg(QFileInfo(outcome.file).fileName()),
                           kStatusMessageMs);
  update_actions();
  emit project_opened(outcome.file);
}

void MainWindow::show_edit(ShownMap edited) {
  const bool first_layers = m_map && m_map->layers.empty();
  m_map = std::move(edited.map);
  m_visible = std::move(edited.visible);
  m_session->mark_modified();
  // Layer indices changed: a selection or an identified feature would point elsewhere.
  m_selection->clear();
  m_identify->show_nothing();
  m_layers->show_map(m_map, m_visible);
  m_table->show_map(m_map);
  m_canvas->show_edited_map(m_map, m_visible);
  if (first_layers) m_canvas->set_map(m_map, project_extent(*m_map));  // a new project's first layers: frame them
}

void MainWindow::choose_coverage() {
  if (!m_map) return;
  CoverageDialog dialog(m_map, this);
  if (dialog.exec() == QDialog::Accepted && dialog.result()) add_analysis_layer(*dialog.result());
}

void MainWindow::choose_siting() {
  if (!m_map) return;
  SitingDialog dialog(m_map, this);
  if (dialog.exec() == QDialog::Accepted)
    for (const auto& layer : dialog.result_layers()) add_analysis_layer(layer);
}

void MainWindow::choose_layout() {
  if (!m_map) return;
  LayoutPanel panel(printable_map(shown_map()), this);
  if (panel.exec() == QDialog::Accepted) apply_page_settings(panel.settings());
}

void MainWindow::apply_page_settings(const project::PageSettings& settings) {
  if (!m_map) return;
  // The layers stay shared: only the page's template and texts change.
  m_map = std::make_shared<const project::LoadedMap>(project::with_page_settings(*m_map, settings));
  statusBar()->showMessage(tr("Page: %1").arg(QFileInfo(QString::fromStdString(settings.layout_file.string())).completeBaseName()),
                           kStatusMessageMs);
}

void MainWindow::add_analysis_layer(project::MapLayer layer) {
  if (!m_map) return;
  const auto title = QString::fromStdString(layer.style.title);
  show_edit(add_layer(shown_map(), std::move(layer)));
  statusBar()->showMessage(tr("Added %1").arg(title), kStatusMessageMs);
}

void MainWindow::choose_style(std::size_t layer_index) {
  if (!m_map || layer_index >= m_map->layers.size()) return;
  StyleDialog dialog(m_map->layers[layer_index], this);
  if (dialog.exec() == QDialog::Accepted && dialog.style()) apply_style(layer_index, *dialog.style());
}

void MainWindow::apply_style(std::size_t layer_index, style::LayerStyle style) {
  if (!m_map || layer_index >= m_map->layers.size()) return;
  show_edit(restyle_layer(shown_map(), layer_index, std::move(style)));
}

void MainWindow::choose_join(std::size_t layer_index) {
  if (!m_map || layer_index >= m_map->layers.size()) return;
  JoinDialog dialog(*m_map->layers[layer_index].layer, QString(), this);
  if (dialog.exec() == QDialog::Accepted && dialog.preview()) apply_join(layer_index, dialog.join(), *dialog.preview());
}

void MainWindow::apply_join(std::size_t layer_index, const project::TableJoinSpec& join, const project::JoinPreview& preview) {
  if (!m_map || layer_index >= m_map->layers.size() || preview.blocked_by) return;
  show_edit(join_into_layer(shown_map(), layer_index, preview.joined, join));
  // The layer file is never changed: saving the project writes a new one that adds the join.
  statusBar()->showMessage(tr("Joined %1: %2 of %3 features matched")
                               .arg(QFileInfo(QString::fromStdString(join.table.string())).fileName())
                               .arg(preview.report.matched)
                               .arg(preview.report.features),
                           kStatusMessageMs);
}

void MainWindow::choose_layer_files() {
  if (!m_map) return;
  const auto files = QFileDialog::getOpenFileNames(
      this, tr("Add layers"), QFileInfo(m_project_file).dir().absoluteFilePath(QStringLiteral("../sample-data")),
      tr("Vector and layer files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.yaml *.yml);;All files (*)"));
  if (!files.isEmpty()) add_layer_files(files);
}

void MainWindow::add_layer_files(const QStringList& files) {
  if (!m_map || files.isEmpty()) return;
  if (m_add_watcher.isRunning()) {
    statusBar()->showMessage(tr("Still reading the layers added before; add these once it is done"), kStatusMessageMs);
    return;
  }
  statusBar()->showMessage(tr("Reading %n layer file(s)…", nullptr, static_cast<int>(files.size())));
  m_add_watcher.setFuture(QtConcurrent::run(background_pool(), read_layer_files, files, m_map->crs, m_map_generation));
}

void MainWindow::choose_database_layers() {
  if (!m_map) return;
  PostgisLayerDialog dialog(this);
  if (dialog.exec() == QDialog::Accepted) add_database_layers(dialog.connection(), dialog.chosen_tables());
}

void MainWindow::add_database_layers(const project::DatabaseConnection& connection, const QStringList& tables) {
  if (!m_map || tables.isEmpty()) return;
  if (m_add_watcher.isRunning()) {
    statusBar()->showMessage(tr("Still reading the layers added before; add these once it is done"), kStatusMessageMs);
    return;
  }
  statusBar()->showMessage(tr("Reading %n table(s) from %1…", nullptr, static_cast<int>(tables.size()))
                               .arg(QString::fromStdString(connection.server())));
  m_add_watcher.setFuture(QtConcurrent::run(background_pool(), read_database_tables, connection, tables, m_map->crs, m_map_generation));
}

void MainWindow::on_layers_added() {
  auto outcome = m_add_watcher.result();
  if (outcome.map_generation != m_map_generation) return;  // read for a project since closed
  auto shown = shown_map();
  for (auto& layer : outcome.layers) shown = add_layer(shown, std::move(layer));
  if (!outcome.layers.empty()) show_edit(std::move(shown));
  statusBar()->showMessage(tr("Added %n layer(s)", nullptr, static_cast<int>(outcome.layers.size())), kStatusMessageMs);
  if (!outcome.errors.isEmpty())
    show_error(tr("Cannot add layer"), tr("%n layer(s) could not be added.", nullptr, static_cast<int>(outcome.errors.size())),
               outcome.errors.join(QStringLiteral("\n\n")));
  emit layers_added(static_cast<int>(outcome.layers.size()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (m_map && !local_files(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const auto files = local_files(event->mimeData());
  if (files.isEmpty()) return;
  event->acceptProposedAction();
  add_layer_files(files);
}

void MainWindow::choose_export_file() {
  if (!m_map) return;
  const auto folder = QFileInfo(m_project_file).dir().absoluteFilePath(QStringLiteral("../out"));
  const auto suggested = QDir(folder).filePath(QString::fromStdString(m_map->spec.name) + QStringLiteral(".pdf"));
  const QString pdf = tr("PDF (*.pdf)"), png = tr("PNG image, 150 dpi (*.png)"), svg = tr("SVG (*.svg)");
  QString chosen_filter = pdf;
  auto file = QFileDialog::getSaveFileName(this, tr("Export map"), suggested, pdf + QStringLiteral(";;") + png +
                                           QStringLiteral(";;") + svg, &chosen_filter);
  if (file.isEmpty()) return;
  // A name typed without an extension takes the chosen filter's.
  if (!format_of(file.toStdString()))
    file += chosen_filter == png ? QStringLiteral(".png") : chosen_filter == svg ? QStringLiteral(".svg") : QStringLiteral(".pdf");
  export_map_file(file);
}

void MainWindow::export_map_file(const QString& file) {
  if (!m_map || m_export_watcher.isRunning()) return;
  statusBar()->showMessage(tr("Printing %1…").arg(QDir::toNativeSeparators(file)));
  m_export_watcher.setFuture(QtConcurrent::run(background_pool(), export_map_file_in_background, printable_map(shown_map()), file));
  update_actions();
}

void MainWindow::choose_atlas_file() {
  if (!m_map || !m_map->spec.atlas) return;
  const auto folder = QFileInfo(m_project_file).dir().absoluteFilePath(QStringLiteral("../out"));
  const auto suggested = QDir(folder).filePath(QString::fromStdString(m_map->spec.name) + QStringLiteral(".pdf"));
  auto file = QFileDialog::getSaveFileName(this, tr("Export atlas"), suggested, tr("PDF (*.pdf)"));
  if (file.isEmpty()) return;
  if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) file += QStringLiteral(".pdf");
  export_atlas_file(file);
}

void MainWindow::export_atlas_file(const QString& file) {
  if (!m_map || !m_map->spec.atlas || m_atlas_watcher.isRunning()) return;
  statusBar()->showMessage(tr("Atlas: starting %1…").arg(QDir::toNativeSeparators(file)));
  m_atlas_watcher.setFuture(start_atlas_export(printable_map(shown_map()), file));
  update_actions();
}

void MainWindow::cancel_atlas() {
  if (m_atlas_watcher.isRunning()) m_atlas_watcher.future().cancel();
}

void MainWindow::on_atlas_done() {
  update_actions();
  // A cancelled future keeps no result.
  if (m_atlas_watcher.future().isCanceled() || m_atlas_watcher.future().resultCount() == 0 || m_atlas_watcher.result().cancelled) {
    statusBar()->showMessage(tr("Atlas cancelled; nothing was written"), kStatusMessageMs);
    emit atlas_cancelled();
    return;
  }
  const auto outcome = m_atlas_watcher.result();
  if (!outcome.error.isEmpty()) {
    statusBar()->showMessage(tr("Atlas failed"), kStatusMessageMs);
    show_error(tr("Cannot print the atlas"), tr("The atlas %1 could not be written.").arg(outcome.file), outcome.error);
    emit atlas_export_failed(outcome.file, outcome.error);
    return;
  }
  const auto pages = static_cast<int>(outcome.result.page_count);
  statusBar()->showMessage(tr("Wrote %1: %n page(s)", nullptr, pages).arg(QDir::toNativeSeparators(outcome.file)));
  emit atlas_exported(outcome.file, pages);
}

void MainWindow::on_exported() {
  const auto outcome = m_export_watcher.result();
  update_actions();
  if (!outcome.error.isEmpty()) {
    statusBar()->showMessage(tr("Export failed"), kStatusMessageMs);
    show_error(tr("Cannot export the map"), tr("The map %1 could not be written.").arg(outcome.file), outcome.error);
    emit map_export_failed(outcome.file, outcome.error);
    return;
  }
  auto message = tr("Wrote %1 at %2").arg(QDir::toNativeSeparators(outcome.file),
                                           QString::fromStdString(layout::representative_fraction(outcome.result.scale_denominator)));
  if (!outcome.result.warnings.empty())
    message += QStringLiteral(" — ") + QString::fromStdString(outcome.result.warnings.front());
  statusBar()->showMessage(message);
  emit map_exported(outcome.file);
}

void MainWindow::on_cursor_moved(double map_x, double map_y) {
  if (!m_cursor_text) return;
  const core::Point p{map_x, map_y};
  m_map_xy_label->setText(m_cursor_text->map_text(p));
  m_lon_lat_label->setText(m_cursor_text->lon_lat_text(p));
}

void MainWindow::on_scale_changed(double scale_denominator) {
  m_scale_label->setText(scale_denominator > 0
                             ? QString::fromStdString(layout::representative_fraction(scale_denominator))
                             : QString());
}

void MainWindow::on_feature_clicked(const FeatureRef& feature) {
  m_selection->select(feature.layer_index, {feature.feature_index});
  m_identify->show_feature(m_map->layers.at(feature.layer_index), feature.feature_index);
  m_identify_dock->show();
  m_identify_dock->raise();
}

void MainWindow::zoom_to_features(std::size_t layer_index, const std::vector<std::size_t>& features) {
  auto extent = core::empty_envelope();
  const auto& layer = *m_map->layers.at(layer_index).layer;
  for (const auto i : features) core::expand(extent, core::envelope_of(layer.features.at(i).geometry));
  m_canvas->zoom_to_extent(extent);
}

void MainWindow::show_error(const QString& title, const QString& text, const QString& details) {
  if (m_error_box) m_error_box->close();
  m_error_box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
  m_error_box->setObjectName("error_box");
  m_error_box->setInformativeText(details);
  m_error_box->setAttribute(Qt::WA_DeleteOnClose);
  // Window-modal and non-blocking: the window keeps running while the message is up.
  m_error_box->open();
}

}  // namespace ruralatlas::gui
