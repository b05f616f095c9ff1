#pragma once
// Writes a categorized style (as the desktop app's style panel makes it, or one read from a
// file) as a style file with its categories listed: each value, legend text and symbols, and
// the `else` class; read_style_file reads it back to the same rules. Written to a temporary
// file and renamed into place.
#include <filesystem>

#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Throws core::Error: Usage for a style that is not categorized or has a class with neither
/// values nor `else` (a filter only a rule-based style can say), Output naming the path when
/// it cannot be written.
void write_categorized_style_file(const style::LayerStyle& style, const std::filesystem::path& path);

}  // namespace ruralatlas::project
