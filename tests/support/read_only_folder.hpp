#pragma once
// Makes a folder unwritable for the test's duration: mode 0555, and when the tests run as
// root (who writes anyway) the ext4 immutable flag too. Restored when the object dies.
#include <filesystem>

namespace ruralatlas::test {

class ReadOnlyFolder {
 public:
  explicit ReadOnlyFolder(std::filesystem::path folder);
  ~ReadOnlyFolder();
  ReadOnlyFolder(const ReadOnlyFolder&) = delete;
  ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;
  /// False when neither worked (e.g. root on a file system without the flag): skip the test.
  bool is_read_only() const { return m_read_only; }

 private:
  std::filesystem::path m_folder;
  bool m_immutable = false;
  bool m_read_only = false;
};

}  // namespace ruralatlas::test
