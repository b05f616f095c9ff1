// MainWindow's project file actions (File > New, Open Recent, Save, Save As, the prompt on
// close), apart from the map and panel wiring in main_window.cpp. The work is done by
// ProjectSession and project::save_map_project; these show its outcome.
#include "gui/main_window.hpp"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <exception>

#include "gui/attribute_table_panel.hpp"
#include "gui/feature_selection.hpp"
#include "gui/identify_panel.hpp"
#include "gui/layer_panel.hpp"
#include "gui/map_canvas.hpp"

namespace ruralatlas::gui {

void MainWindow::open_recent_project(const QString& file) {
  if (!QFileInfo::exists(file)) {
    m_session->recent().remove(file);
    show_error(tr("Cannot open project"), tr("The project %1 no longer exists.").arg(QDir::toNativeSeparators(file)),
               tr("It was removed from the recent projects."));
    return;
  }
  if (!m_session->may_discard_changes([this] { return save_project(); })) return;
  open_project(file);
}

void MainWindow::choose_new_project() {
  // new_project asks about unsaved changes once the settings are chosen.
  const auto here = m_project_file.isEmpty() ? QDir::current() : QFileInfo(m_project_file).dir();
  NewProjectDialog dialog(here.exists(QStringLiteral("../layouts")) ? here.absoluteFilePath(QStringLiteral("../layouts"))
                                                                    : here.absoluteFilePath(QStringLiteral("layouts")),
                          this);
  if (dialog.exec() == QDialog::Accepted) new_project(dialog.settings());
}

bool MainWindow::new_project(const NewProjectSettings& settings) {
  if (!m_session->may_discard_changes([this] { return save_project(); })) return false;
  std::shared_ptr<const project::LoadedMap> map;
  try {
    map = empty_map(settings.title, settings.map_crs, settings.layout_file);
  } catch (const std::exception& e) {
    show_error(tr("Cannot start the project"), tr("The map CRS %1 cannot be used.").arg(settings.map_crs), e.what());
    return false;
  }
  m_load_watcher.future().cancel();
  m_map = std::move(map);
  m_visible.clear();
  ++m_map_generation;
  m_project_file.clear();
  try {
    m_cursor_text.emplace(m_map->crs);
  } catch (const std::exception&) {
    m_cursor_text.reset();
  }
  m_selection->clear();
  m_identify->show_nothing();
  m_layers->show_map(m_map, m_visible);
  m_table->show_map(m_map);
  m_canvas->set_map(m_map, core::empty_envelope());
  m_session->set_new();
  statusBar()->showMessage(tr("New project: add layers (File > Add layer…), then save it"), kStatusMessageMs);
  update_actions();
  return true;
}

bool MainWindow::save_project() {
  if (m_project_file.isEmpty()) return choose_save_file();
  return save_project_as(m_project_file);
}

bool MainWindow::choose_save_file() {
  if (!m_map) return false;
  const auto start = m_project_file.isEmpty() ? QDir::current().absoluteFilePath(QStringLiteral("projects/untitled.yaml"))
                                              : m_project_file;
  auto file = QFileDialog::getSaveFileName(this, tr("Save project as"), start, tr("Project files (*.yaml *.yml)"));
  if (file.isEmpty()) return false;
  if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".yaml");
  return save_project_as(file);
}

bool MainWindow::save_project_as(const QString& file) {
  if (!m_map) return false;
  auto outcome = save_shown_map(shown_map(), file);
  if (!outcome.saved) {
    statusBar()->showMessage(tr("Save failed"), kStatusMessageMs);
    show_error(tr("Cannot save the project"),
               tr("The project could not be saved in the folder %1. Nothing on disk was changed.")
                   .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath())),
               outcome.error);
    emit project_save_failed(file, outcome.error);
    return false;
  }
  m_map = std::move(outcome.saved->map);  // the same layers, now naming the files just written
  m_project_file = file;
  m_session->set_file(file);
  statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), kStatusMessageMs);
  if (!outcome.unsaved_layers.isEmpty())
    show_error(tr("Some layers were not saved"),
               tr("%n analysis result(s) exist only in this window and were not saved in the project.", nullptr,
                  static_cast<int>(outcome.unsaved_layers.size())),
               outcome.unsaved_layers.join(QStringLiteral("\n")) + QStringLiteral("\n\n") +
                   tr("Run the analysis again after opening the project, or export the map to keep them on paper."));
  emit project_saved(file);
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_session->may_discard_changes([this] { return save_project(); }))
    event->accept();
  else
    event->ignore();
}

void MainWindow::update_title() {
  setWindowTitle(tr("%1[*] — RuralAtlas").arg(m_session->display_name()));
  setWindowModified(m_session->is_modified());
}

}  // namespace ruralatlas::gui
