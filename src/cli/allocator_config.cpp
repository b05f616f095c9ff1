// The CLI's allocator is jemalloc (Debian libjemalloc-dev, linked in src/cli/CMakeLists.txt).
// Reading a national layer is millions of small allocations made by OGR on the reading thread
// and freed on the thread that reprojects and indexes them; glibc's malloc serialises those
// frees on its main arena, where jemalloc hands them back without a lock. Transparent huge
// pages, for data and jemalloc's own metadata, because first-touch page faults on 4 KB pages
// were a third of a national run on these machines (bench/README.md has both measurements).
// jemalloc reads this compiled-in option string at start-up; MALLOC_CONF overrides it.

extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): the name jemalloc looks up
const char* malloc_conf = "thp:always,metadata_thp:always";
}
