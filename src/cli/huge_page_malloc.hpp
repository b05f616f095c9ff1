#pragma once
// National layers are millions of small allocations (a vector per geometry, a string per
// attribute); first-touch page faults on 4 KB pages were a third of a coverage run
// (bench/README.md). glibc's malloc asks the kernel for transparent huge pages only when the
// tunable glibc.malloc.hugetlb is set, and tunables are read once at process start.

namespace ruralatlas::cli {

/// Restarts this executable with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 when the caller set no
/// tunables of their own, except for `travel`: its few large arrays (graph, search network)
/// cost more in the kernel zeroing huge pages than they save in faults (paired national runs:
/// 9.7–10.3 s wall without, 12.1–13.3 s with; bench/README.md). Returns (and the run goes on
/// unchanged) when a restart is not possible.
void restart_with_huge_page_malloc(int argc, char** argv);

}  // namespace ruralatlas::cli
