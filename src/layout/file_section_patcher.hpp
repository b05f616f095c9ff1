#pragma once
// In-place, same-length rewrites of sections of a large file (a many-page PDF) without holding
// the file in memory: the file is read once in blocks, and only a block plus the section being
// patched are held at a time. The PDF fix-ups use it so an atlas of thousands of pages needs
// no more memory than one page.
#include <cstddef>
#include <functional>

#include <QByteArray>
#include <QIODevice>

namespace ruralatlas::layout {

/// For every section of `file` from `begin_key` to the next `end_key` (both included), calls
/// `patch` with the section's bytes and its number (0, 1, …); a changed section is written back
/// at its offset. `file` must be open for reading and writing and seekable. Throws
/// core::Error (Internal) if `patch` changes a section's length. Returns the sections changed.
std::size_t patch_file_sections(QIODevice& file, const QByteArray& begin_key, const QByteArray& end_key,
                                const std::function<void(QByteArray& section, std::size_t index)>& patch);

}  // namespace ruralatlas::layout
