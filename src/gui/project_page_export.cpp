#include "gui/project_page_export.hpp"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>

#include "core/error.hpp"

namespace ruralatlas::gui {

namespace {

[[noreturn]] void cannot_write(const std::filesystem::path& path, const std::string& why, const std::string& hint) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = "cannot write the map: " + why;
  d.hint = hint;
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

}  // namespace

std::optional<project::OutputFormat> format_of(const std::filesystem::path& file) {
  auto extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  if (extension == ".pdf") return project::OutputFormat::Pdf;
  if (extension == ".png") return project::OutputFormat::Png;
  if (extension == ".svg") return project::OutputFormat::Svg;
  return std::nullopt;
}

project::ExportResult export_project_page(const project::LoadedMap& map, const std::filesystem::path& target) {
  const auto format = format_of(target);
  if (!format) cannot_write(target, "the file name does not end in .pdf, .png or .svg", "name the file .pdf, .png or .svg");
  const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  project::ensure_output_folder(folder);
  // In the target's folder, so the final rename stays on one file system and is atomic.
  QTemporaryDir staging(QDir(QString::fromStdString(folder.string())).filePath(".ruralatlas-export-XXXXXX"));
  if (!staging.isValid()) cannot_write(target, staging.errorString().toStdString(), "choose a writable folder");
  const std::filesystem::path staging_dir = staging.path().toStdString();
  auto result = project::export_map(map, {staging_dir, {*format}});
  std::error_code ec;
  std::filesystem::rename(result.files.at(0), target, ec);
  if (ec) cannot_write(target, ec.message(), "choose a writable folder");
  result.files = {target};
  return result;
}

}  // namespace ruralatlas::gui
