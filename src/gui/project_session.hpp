#pragma once
// The project behind the window: which file it is, whether the map was changed since it was
// opened or saved, what to do with unsaved changes before they would be lost (asked through a
// replaceable prompt, so tests answer it without a modal box), saving the shown map as a
// project, and the recent projects list.
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

#include "gui/map_layer_edits.hpp"
#include "gui/recent_projects.hpp"

class QWidget;

namespace ruralatlas::gui {

enum class UnsavedChoice { Save, Discard, Cancel };
/// Asked with the project's file name when changes would be lost.
using UnsavedChangesPrompt = std::function<UnsavedChoice(const QString& project_name)>;

/// A modal Save / Discard / Cancel box over `parent`.
UnsavedChangesPrompt message_box_prompt(QWidget* parent);

/// What saving the shown map came back with.
struct ProjectSaveOutcome {
  std::optional<ShownMap> saved;  ///< the map, its layers now naming the files written
  QStringList unsaved_layers;     ///< analysis results that exist only in the window
  QString error;                  ///< what failed, naming the file; the old file is unchanged
};

/// Saves `shown` as the project file `file` (project::save_map_project). Never throws.
ProjectSaveOutcome save_shown_map(const ShownMap& shown, const QString& file);

/// A map with no layers yet, in `map_crs`, printed through `layout_file`. Throws core::Error
/// for a CRS that is unknown or geographic.
std::shared_ptr<const project::LoadedMap> empty_map(const QString& title, const QString& map_crs,
                                                    const QString& layout_file);

class ProjectSession : public QObject {
  Q_OBJECT

 public:
  explicit ProjectSession(QWidget* window);

  /// The project file; empty for a new project never saved.
  const QString& file() const { return m_file; }
  bool is_modified() const { return m_modified; }
  /// "tap_water.yaml", or "Untitled" for a new project.
  QString display_name() const;

  /// A project opened from, or saved as, `file`: unchanged, first in the recent list.
  void set_file(const QString& file);
  /// A new project, not saved yet.
  void set_new();
  void mark_modified();

  /// Before changes would be lost: true to go on. Unmodified: true without asking. Otherwise
  /// the prompt decides: Save calls `save` (true when it saved), Discard goes on, Cancel stops.
  bool may_discard_changes(const std::function<bool()>& save);
  void set_unsaved_changes_prompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }

  RecentProjects& recent() { return m_recent; }

 signals:
  /// The file or the modified state changed: the window updates its title.
  void state_changed();

 private:
  QString m_file;
  bool m_modified = false;
  UnsavedChangesPrompt m_prompt;
  RecentProjects m_recent;
};

}  // namespace ruralatlas::gui
