#pragma once
// Writes a LayerFileSpec as a layer file that read_layer_file reads back to the same spec
// (source, key, joins, criteria, coverage preset, services, service area), paths relative to
// the file's folder, atomically. The desktop app writes one when a join applied in the window
// is saved, so the layer file it was read from stays as it was.
#include <filesystem>

#include "project/layer_file.hpp"

namespace ruralatlas::project {

/// Throws core::Error (Output) naming `path` when its folder is missing or not writable.
void write_layer_file(const LayerFileSpec& spec, const std::filesystem::path& path);

}  // namespace ruralatlas::project
