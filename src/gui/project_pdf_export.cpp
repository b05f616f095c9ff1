#include "gui/project_pdf_export.hpp"

#include <QDir>
#include <QTemporaryDir>

#include "core/error.hpp"

namespace ruralatlas::gui {

namespace {

[[noreturn]] void cannot_write(const std::filesystem::path& path, const std::string& why) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = "cannot write the PDF: " + why;
  d.hint = "choose a writable folder";
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

}  // namespace

project::ExportResult export_project_pdf(const project::LoadedMap& map, const std::filesystem::path& target) {
  const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  project::ensure_output_folder(folder);
  // In the target's folder, so the final rename stays on one file system and is atomic.
  QTemporaryDir staging(QDir(QString::fromStdString(folder.string())).filePath(".ruralatlas-export-XXXXXX"));
  if (!staging.isValid()) cannot_write(target, staging.errorString().toStdString());
  const std::filesystem::path staging_dir = staging.path().toStdString();
  auto result = project::export_map(map, {staging_dir, {project::OutputFormat::Pdf}});
  std::error_code ec;
  std::filesystem::rename(result.files.at(0), target, ec);
  if (ec) cannot_write(target, ec.message());
  result.files = {target};
  return result;
}

}  // namespace ruralatlas::gui
