#include "io/atomic_file_writer.hpp"

#include <random>

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
  std::random_device rd;
  m_temp = folder / ("." + m_target.stem().string() + ".tmp" + std::to_string(rd() % 1000000) + m_target.extension().string());
}

AtomicFileWriter::~AtomicFileWriter() {
  if (m_committed) return;
  std::error_code ec;
  std::filesystem::remove(m_temp, ec);
  if (is_shapefile(m_temp))
    for (const char* ext : kSidecars) std::filesystem::remove(std::filesystem::path(m_temp).replace_extension(ext), ec);
}

void AtomicFileWriter::commit() {
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
