#include "layout/output_file.hpp"

#include <system_error>

#include <QSaveFile>
#include <QTemporaryFile>

#include "core/error.hpp"

namespace ruralatlas::layout::detail {

void throw_output_error(const std::filesystem::path& path, const std::string& why, const std::string& hint) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = "cannot write output: " + why;
  d.hint = hint;
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

void check_output_path(const std::filesystem::path& path) {
  const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    throw_output_error(path, "the folder " + folder.string() + " does not exist", "create it first or choose another");
  if (std::filesystem::is_directory(path, ec)) throw_output_error(path, "a folder of that name is in the way");
}

void write_atomically(const std::filesystem::path& path, const std::function<bool(QIODevice&)>& write) {
  check_output_path(path);
  QSaveFile file(QString::fromStdString(path.string()));
  if (!file.open(QIODevice::WriteOnly)) throw_output_error(path, file.errorString().toStdString());
  if (!write(file)) {
    const auto why = file.errorString().toStdString();
    file.cancelWriting();
    throw_output_error(path, why.empty() || why == "Unknown error" ? "encoding failed" : why);
  }
  if (!file.commit()) throw_output_error(path, file.errorString().toStdString());
}

void write_atomically_seekable(const std::filesystem::path& path, const std::function<bool(QIODevice&)>& write) {
  check_output_path(path);
  // QSaveFile cannot be opened for reading; a temporary file beside the target renames the same way.
  QTemporaryFile file(QString::fromStdString(path.string()) + QStringLiteral(".XXXXXX"));
  if (!file.open()) throw_output_error(path, file.errorString().toStdString());
  if (!write(file) || !file.flush()) {
    const auto why = file.errorString().toStdString();
    throw_output_error(path, why.empty() || why == "Unknown error" ? "encoding failed" : why);
  }
  file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadOther);
  std::error_code ec;
  std::filesystem::rename(file.fileName().toStdString(), path, ec);
  if (ec) throw_output_error(path, ec.message());
  file.setAutoRemove(false);
}

}  // namespace ruralatlas::layout::detail
