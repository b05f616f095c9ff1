#pragma once
// Opening a project off the window's thread: read the project file and load its map, step
// by step (one layer file each), stopping at the next step once the load is superseded.
#include <QString>
#include <functional>
#include <memory>

#include "core/geometry.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

/// What a background project load came back with.
struct LoadOutcome {
  QString file;
  std::shared_ptr<const project::LoadedMap> map;  ///< null on failure or when cancelled
  core::Envelope extent = core::empty_envelope();
  QString error;
  bool cancelled = false;
};

struct LoadJobHooks {
  /// Asked before each step: true stops the load there.
  std::function<bool()> cancelled;
  /// Each step as it starts ("reading villages").
  std::function<void(const QString& step)> progress;
};

/// Loads `file`. Never throws: a failure comes back in `error`.
LoadOutcome load_project_map(const QString& file, const LoadJobHooks& hooks);

}  // namespace ruralatlas::gui
