#include "cli/huge_page_malloc.hpp"

#include <cstdlib>
#include <string_view>

#include <unistd.h>

namespace ruralatlas::cli {

namespace {

/// The first argument that is not an option (global options are flags without values).
std::string_view subcommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] != '-') return argv[i];
  return {};
}

}  // namespace

void restart_with_huge_page_malloc(int argc, char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES")) return;  // already restarted, or the user chose their own
  if (subcommand(argc, argv) == "travel") return;
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // exec failed: carry on in this process
#else
  (void)argc, (void)argv;
#endif
}

}  // namespace ruralatlas::cli
