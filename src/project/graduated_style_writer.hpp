#pragma once
// Writes a graduated-colour style (as the desktop app's style panel makes it) as a style file
// that read_style_file reads back to the same classification: field, method, classes, ramp
// and the template symbol, and the labels kept from the layer's style. Written to a temporary
// file and renamed into place.
#include <filesystem>

#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Throws core::Error: Usage for a style that is not graduated colour with a spec, Output
/// naming the path when it cannot be written.
void write_graduated_style_file(const style::LayerStyle& style, const std::filesystem::path& path);

}  // namespace ruralatlas::project
