#include "gui/atlas_export_job.hpp"

#include <QDir>
#include <QPromise>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include "core/error.hpp"
#include "gui/background_pool.hpp"

namespace ruralatlas::gui {

namespace {

/// Thrown from the page callback to stop the export between pages.
struct Cancelled {};

AtlasExportOutcome export_atlas_pdf(QPromise<AtlasExportOutcome>& promise, const project::LoadedMap& map,
                                    const QString& target) {
  AtlasExportOutcome outcome;
  outcome.file = target;
  const std::filesystem::path target_path = target.toStdString();
  const auto folder = target_path.has_parent_path() ? target_path.parent_path() : std::filesystem::path(".");
  project::ensure_output_folder(folder);
  // In the target's folder, so the final rename stays on one file system and is atomic.
  QTemporaryDir staging(QDir(QString::fromStdString(folder.string())).filePath(".ruralatlas-atlas-XXXXXX"));
  if (!staging.isValid()) {
    outcome.error = QStringLiteral("%1: cannot write the atlas: %2").arg(target, staging.errorString());
    return outcome;
  }
  project::AtlasRequest request;
  request.out_dir = staging.path().toStdString();
  request.progress = [&](std::size_t number, std::size_t count, const std::string&) {
    if (promise.isCanceled()) throw Cancelled{};
    promise.setProgressRange(0, static_cast<int>(count));
    promise.setProgressValue(static_cast<int>(number));
  };
  try {
    outcome.result = project::export_atlas(map, *map.spec.atlas, request);
  } catch (const Cancelled&) {
    outcome.cancelled = true;
    return outcome;
  }
  std::error_code ec;
  std::filesystem::rename(outcome.result.files.at(0), target_path, ec);
  if (ec) outcome.error = QStringLiteral("%1: cannot write the atlas: %2").arg(target, QString::fromStdString(ec.message()));
  else outcome.result.files = {target_path};
  return outcome;
}

}  // namespace

QFuture<AtlasExportOutcome> start_atlas_export(std::shared_ptr<const project::LoadedMap> map, const QString& target) {
  return QtConcurrent::run(background_pool(), [map = std::move(map), target](QPromise<AtlasExportOutcome>& promise) {
    AtlasExportOutcome outcome;
    try {
      outcome = export_atlas_pdf(promise, *map, target);
    } catch (const core::Error& e) {
      const auto& d = e.diagnostic();
      outcome.file = target;
      outcome.error = QString::fromStdString((d.file.empty() ? "" : d.file + ": ") + d.message +
                                             (d.hint.empty() ? "" : "\n" + d.hint));
    } catch (const std::exception& e) {
      outcome.file = target;
      outcome.error = QString::fromUtf8(e.what());
    }
    promise.addResult(std::move(outcome));
  });
}

}  // namespace ruralatlas::gui
