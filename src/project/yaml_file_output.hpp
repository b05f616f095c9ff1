#pragma once
// What the project, layer and style file writers share: paths written relative to the file
// that names them (as the hand-written files do), and the finished YAML put on disk through a
// temporary file in the same folder, renamed into place.
#include <filesystem>
#include <string>

#include <yaml-cpp/yaml.h>

namespace ruralatlas::project {

/// `path` as written in a file in `folder`: relative to it ("../layers/villages.yaml") when
/// both lie under one top-level folder (/home, /work, …), else absolute; PostGIS connections
/// ("PG:…") unchanged.
std::string path_written_in(const std::filesystem::path& path, const std::filesystem::path& folder);

/// Writes `out` to `path` atomically. Throws core::Error (Output) naming `path` and `what`
/// ("project file") when the folder is missing or not writable; `path` is then untouched.
void write_yaml_file(const YAML::Emitter& out, const std::filesystem::path& path, const std::string& what);

}  // namespace ruralatlas::project
