#pragma once
// Runs the real `ruralatlas` binary for end-to-end tests.
#include <filesystem>
#include <string>
#include <vector>

namespace ruralatlas::test {

struct CliResult {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs RA_CLI_PATH with `args` (no shell), cwd = `working_dir` (default: source dir).
CliResult run_cli(const std::vector<std::string>& args, const std::filesystem::path& working_dir = RA_SOURCE_DIR);

/// A fresh empty folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

/// Runs a shell command line, returning exit code and stdout (e.g. pdftotext, pdfinfo).
CliResult run_shell(const std::string& command_line);

inline std::filesystem::path source_dir() { return RA_SOURCE_DIR; }
inline std::filesystem::path test_data_dir() { return RA_TEST_DATA_DIR; }

}  // namespace ruralatlas::test
