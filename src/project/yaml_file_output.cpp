#include "project/yaml_file_output.hpp"

#include <fstream>
#include <iterator>
#include <optional>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"

namespace ruralatlas::project {

namespace {

std::filesystem::path absolute_normal(const std::filesystem::path& path) {
  return std::filesystem::weakly_canonical(std::filesystem::absolute(path));
}

[[noreturn]] void cannot_save(core::ErrorKind kind, const std::filesystem::path& path, const std::string& what,
                              const std::string& why, const std::string& hint) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = "cannot save the " + what + ": " + why;
  d.hint = hint.empty() ? "choose a folder you can write to" : hint;
  throw core::Error(kind, std::move(d));
}

}  // namespace

std::string path_written_in(const std::filesystem::path& path, const std::filesystem::path& folder) {
  if (path.string().rfind("PG:", 0) == 0) return path.string();
  const auto target = absolute_normal(path);
  const auto base = absolute_normal(folder.empty() ? "." : folder);
  // Sharing no folder but the root (a project saved in /tmp naming /home/… data): absolute.
  const auto first = [](const std::filesystem::path& p) { return std::next(p.begin()); };
  const bool same_tree = std::next(target.begin()) != target.end() && std::next(base.begin()) != base.end() &&
                         *first(target) == *first(base);
  const auto relative = target.lexically_relative(base);
  return !same_tree || relative.empty() ? target.generic_string() : relative.generic_string();
}

void write_yaml_file(const YAML::Emitter& out, const std::filesystem::path& path, const std::string& what) {
  if (!out.good()) cannot_save(core::ErrorKind::Internal, path, what, out.GetLastError(), "");
  std::optional<io::AtomicFileWriter> file;
  try {
    file.emplace(path);
  } catch (const core::Error& e) {
    cannot_save(core::ErrorKind::Output, path, what, e.diagnostic().message, e.diagnostic().hint);
  }
  {
    std::ofstream stream(file->temp_path(), std::ios::binary);
    stream << out.c_str() << '\n';
    if (!stream.flush()) cannot_save(core::ErrorKind::Output, path, what, "writing failed", "check the free space");
  }
  try {
    file->commit();
  } catch (const core::Error& e) {
    cannot_save(core::ErrorKind::Output, path, what, e.diagnostic().message, e.diagnostic().hint);
  }
}

}  // namespace ruralatlas::project
