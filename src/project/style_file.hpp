#pragma once
// Style files (styles/*.yaml) → style::LayerStyle. Every renderer is expanded to rules here.
#include <filesystem>

#include "core/layer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Throws core::Error (Config) with file:line for unknown keys, wrong types, bad colours,
/// unknown shapes and filter syntax errors.
style::LayerStyle read_style_file(const std::filesystem::path& path);

/// Binds the style's filters and label field to the layer's fields; an unknown field is a
/// Config error naming the style file and listing the layer's fields.
void bind_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file);

}  // namespace ruralatlas::project
