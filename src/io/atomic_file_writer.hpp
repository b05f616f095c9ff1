#pragma once
// Writes a file under a temporary name in the target folder and renames it into place on
// commit(), so a failed run never leaves a half-written output. Without commit() the
// temporary file is removed.
#include <filesystem>

namespace ruralatlas::io {

class AtomicFileWriter {
 public:
  /// Throws core::Error (Output) if the folder does not exist, or if the target exists and
  /// `overwrite` is false.
  explicit AtomicFileWriter(std::filesystem::path target, bool overwrite = true);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  /// Where to write; same folder and extension as the target.
  const std::filesystem::path& temp_path() const { return m_temp; }
  const std::filesystem::path& target() const { return m_target; }
  /// Renames the temporary file (and shapefile sidecars) onto the target.
  void commit();

 private:
  std::filesystem::path m_target;
  std::filesystem::path m_temp;
  bool m_committed = false;
};

}  // namespace ruralatlas::io
