#include "io/atomic_file_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <string>

#include "core/error.hpp"

namespace ruralatlas::io {

namespace {

const char* const kSidecars[] = {".shx", ".dbf", ".prj", ".cpg"};

bool is_shapefile(const std::filesystem::path& p) { return p.extension() == ".shp"; }

[[noreturn]] void output_error(const std::filesystem::path& path, const std::string& message, const std::string& hint) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = message;
  d.hint = hint;
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target, bool overwrite) : m_target(std::move(target)) {
  const auto folder = m_target.has_parent_path() ? m_target.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder))
    output_error(m_target, "the output folder does not exist", "create it first or choose another path");
  if (!overwrite && std::filesystem::exists(m_target))
    output_error(m_target, "the output file exists", "pass --overwrite to replace it, or choose another name");
  // A name no other run uses (pid and a random number), hidden, with the target's extension so
  // drivers that choose the format by extension (GDAL, Qt) still do. Creating it exclusively
  // checks the folder is writable now, not after minutes of rendering.
  std::random_device rd;
  for (int attempt = 0; attempt < 100 && m_temp.empty(); ++attempt) {
    auto candidate = folder / ("." + m_target.stem().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(rd() % 1000000) + m_target.extension().string());
    const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ::close(fd);
      // Removed again: some writers (GDAL's GeoPackage driver) refuse to create over a file.
      std::filesystem::remove(candidate);
      m_temp = std::move(candidate);
    } else if (errno != EEXIST) {
      output_error(m_target, std::string("cannot write in the output folder: ") + std::strerror(errno),
                   "check the folder's permissions and free space, or choose another folder");
    }
  }
  if (m_temp.empty()) output_error(m_target, "cannot find a free temporary file name in the output folder", "");
}

AtomicFileWriter::~AtomicFileWriter() {
  if (m_committed) return;
  std::error_code ec;
  std::filesystem::remove(m_temp, ec);
  // SQLite (GeoPackage) side files left by a writer that failed half-way.
  for (const char* suffix : {"-journal", "-wal", "-shm"}) std::filesystem::remove(m_temp.string() + suffix, ec);
  if (is_shapefile(m_temp))
    for (const char* ext : kSidecars) std::filesystem::remove(std::filesystem::path(m_temp).replace_extension(ext), ec);
}

void AtomicFileWriter::commit() {
  if (m_committed) return;
  if (!std::filesystem::exists(m_temp))
    output_error(m_target, "nothing was written", "this is a bug in the exporter; please report it");
  std::error_code ec;
  if (is_shapefile(m_target))
    for (const char* ext : kSidecars) {
      const auto from = std::filesystem::path(m_temp).replace_extension(ext);
      if (std::filesystem::exists(from))
        std::filesystem::rename(from, std::filesystem::path(m_target).replace_extension(ext), ec);
      if (ec) output_error(m_target, "cannot move the finished file into place: " + ec.message(), "");
    }
  std::filesystem::rename(m_temp, m_target, ec);
  if (ec) output_error(m_target, "cannot move the finished file into place: " + ec.message(), "check permissions");
  m_committed = true;
}

}  // namespace ruralatlas::io
