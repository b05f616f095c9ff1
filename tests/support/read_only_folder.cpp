#include "support/read_only_folder.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "support/cli_runner.hpp"

namespace ruralatlas::test {

namespace {

bool can_create_in(const std::filesystem::path& folder) {
  const auto probe = folder / ".write-probe";
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0) return false;
  ::close(fd);
  std::filesystem::remove(probe);
  return true;
}

}  // namespace

ReadOnlyFolder::ReadOnlyFolder(std::filesystem::path folder) : m_folder(std::move(folder)) {
  using std::filesystem::perms;
  std::filesystem::permissions(m_folder, perms::owner_read | perms::owner_exec | perms::group_read | perms::group_exec |
                                             perms::others_read | perms::others_exec);
  if (can_create_in(m_folder)) {
    m_immutable = run_shell("chattr +i '" + m_folder.string() + "' 2>/dev/null").exit_code == 0;
  }
  m_read_only = !can_create_in(m_folder);
}

ReadOnlyFolder::~ReadOnlyFolder() {
  if (m_immutable) run_shell("chattr -i '" + m_folder.string() + "'");
  std::filesystem::permissions(m_folder, std::filesystem::perms::owner_all);
}

}  // namespace ruralatlas::test
