#include "gui/project_session.hpp"

#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>
#include <exception>

#include "core/error.hpp"
#include "project/map_project_save.hpp"

namespace ruralatlas::gui {

UnsavedChangesPrompt message_box_prompt(QWidget* parent) {
  return [parent](const QString& project_name) {
    QMessageBox box(QMessageBox::Warning, ProjectSession::tr("Unsaved changes"),
                    ProjectSession::tr("The project %1 has changes that are not saved.").arg(project_name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(ProjectSession::tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
      case QMessageBox::Save: return UnsavedChoice::Save;
      case QMessageBox::Discard: return UnsavedChoice::Discard;
      default: return UnsavedChoice::Cancel;
    }
  };
}

ProjectSaveOutcome save_shown_map(const ShownMap& shown, const QString& file) {
  ProjectSaveOutcome outcome;
  try {
    auto saved = project::save_map_project(*shown.map, shown.visible, file.toStdString());
    auto map = std::make_shared<project::LoadedMap>(*shown.map);
    map->spec = saved.spec;
    for (std::size_t i = 0; i < map->layers.size(); ++i) map->layers[i].origin = std::move(saved.origins[i]);
    outcome.saved = ShownMap{std::move(map), shown.visible};
    for (const auto& title : saved.unsaved_layers) outcome.unsaved_layers << QString::fromStdString(title);
  } catch (const std::exception& e) {
    outcome.error = QString::fromStdString(e.what());
  }
  return outcome;
}

std::shared_ptr<const project::LoadedMap> empty_map(const QString& title, const QString& map_crs,
                                                    const QString& layout_file) {
  project::ProjectSpec spec;
  spec.name = "untitled";
  spec.title = title.toStdString();
  spec.map_crs = map_crs.trimmed().toStdString();
  spec.layout_file = QFileInfo(layout_file).absoluteFilePath().toStdString();
  // No layers: load_map only checks the CRS.
  return std::make_shared<const project::LoadedMap>(project::load_map(spec));
}

ProjectSession::ProjectSession(QWidget* window) : QObject(window), m_prompt(message_box_prompt(window)) {}

QString ProjectSession::display_name() const {
  return m_file.isEmpty() ? tr("Untitled") : QFileInfo(m_file).fileName();
}

void ProjectSession::set_file(const QString& file) {
  m_file = file;
  m_modified = false;
  m_recent.add(file);
  emit state_changed();
}

void ProjectSession::set_new() {
  m_file.clear();
  m_modified = false;
  emit state_changed();
}

void ProjectSession::mark_modified() {
  if (m_modified) return;
  m_modified = true;
  emit state_changed();
}

bool ProjectSession::may_discard_changes(const std::function<bool()>& save) {
  if (!m_modified) return true;
  switch (m_prompt(display_name())) {
    case UnsavedChoice::Save: return save();
    case UnsavedChoice::Discard: return true;
    case UnsavedChoice::Cancel: break;
  }
  return false;
}

}  // namespace ruralatlas::gui
