#pragma once
// The window's "Export atlas": the project's atlas (one page per township, village…) printed
// by project::export_atlas — the code behind `ruralatlas atlas` — into one PDF, on a worker
// that reports each page and stops at the next page when cancelled. The PDF is written beside
// the target and renamed into place, so a cancelled or failed atlas leaves nothing behind.
#include <QFuture>
#include <QString>
#include <memory>

#include "project/atlas_export.hpp"

namespace ruralatlas::gui {

struct AtlasExportOutcome {
  QString file;
  project::AtlasResult result;
  QString error;  ///< empty on success
  bool cancelled = false;
};

/// Starts the export; the future's progress value is the page being drawn (range 0..pages).
/// Cancel the future to stop before the next page.
QFuture<AtlasExportOutcome> start_atlas_export(std::shared_ptr<const project::LoadedMap> map, const QString& target);

}  // namespace ruralatlas::gui
