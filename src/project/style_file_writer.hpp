#pragma once
// Writes a style made in the desktop app as a style file read_style_file reads back to the
// same drawing: a single-symbol style (every symbol with all its keys, as the window's default
// style for an added layer), a categorized one (write_categorized_style_file) or a
// graduated-colour one (write_graduated_style_file). Atomic.
#include <filesystem>

#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Labels, opacity and scale range are kept. Throws core::Error: Usage naming `path` for a
/// style of another kind (rule-based and graduated-size styles come from files and are
/// referenced, not rewritten),
/// Output when the folder is missing or not writable.
void write_style_file(const style::LayerStyle& style, const std::filesystem::path& path);

}  // namespace ruralatlas::project
