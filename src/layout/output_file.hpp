#pragma once
// Writing an output file safely: into a temporary file in the target folder that is renamed
// into place only when complete; on any failure or exception nothing is left.
#include <filesystem>
#include <functional>
#include <string>

#include <QIODevice>

namespace ruralatlas::layout::detail {

/// Throws core::Error (Output) naming `path` unless its folder exists and `path` is not a folder.
void check_output_path(const std::filesystem::path& path);

/// Calls `write` with the open temporary file; it returns false (or throws) to give up.
/// Commits on success; throws core::Error (Output) naming `path` on failure.
void write_atomically(const std::filesystem::path& path, const std::function<bool(QIODevice&)>& write);

/// Like write_atomically, for writers that must read back and patch what they wrote (the PDF
/// fix-ups): the temporary file is open for reading and writing and seekable.
void write_atomically_seekable(const std::filesystem::path& path, const std::function<bool(QIODevice&)>& write);

[[noreturn]] void throw_output_error(const std::filesystem::path& path, const std::string& why,
                                     const std::string& hint = "check that the folder exists and is writable");

}  // namespace ruralatlas::layout::detail
