#pragma once
// Writes a ProjectSpec as a project file that read_project_file reads back to the same spec:
// the same plain-text keys as the hand-written projects/*.yaml, paths relative to the file's
// folder, written atomically (a temporary file in that folder renamed into place).
#include <filesystem>

#include "project/project_file.hpp"

namespace ruralatlas::project {

/// Throws core::Error (Output) naming `path` when its folder is missing or not writable; the
/// file at `path`, if any, is then unchanged.
void write_project_file(const ProjectSpec& spec, const std::filesystem::path& path);

}  // namespace ruralatlas::project
