#include "cli/huge_page_malloc.hpp"

#include <cstdlib>

#include <unistd.h>

namespace ruralatlas::cli {

void restart_with_huge_page_malloc(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES")) return;  // already restarted, or the user chose their own
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // exec failed: carry on in this process
#else
  (void)argv;
#endif
}

}  // namespace ruralatlas::cli
