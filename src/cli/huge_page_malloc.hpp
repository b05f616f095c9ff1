#pragma once
// National layers are millions of small allocations (a vector per geometry, a string per
// attribute); first-touch page faults on 4 KB pages were a third of a coverage run
// (bench/README.md). glibc's malloc asks the kernel for transparent huge pages only when the
// tunable glibc.malloc.hugetlb is set, and tunables are read once at process start.

namespace ruralatlas::cli {

/// Restarts this executable with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 when the caller set no
/// tunables of their own. Returns (and the run goes on unchanged) when a restart is not possible.
/// `travel` gains most on an idle machine (national warm run 8.8–10.8 s → 4.9–5.2 s) but lost on
/// one busy with compiles (9.7–10.3 s → 12.1–13.3 s, the kernel compacting memory for huge
/// pages); bench/README.md has both.
void restart_with_huge_page_malloc(char** argv);

}  // namespace ruralatlas::cli
