#pragma once
// Style files (styles/*.yaml) → style::LayerStyle. Single, categorized and rule-based
// renderers are expanded to rules when the file is read; graduated ones keep their spec
// (LayerStyle::graduated) and become rules in classify_style(), once the layer is loaded.
// The format is described in styles/README.md.
#include <filesystem>

#include "core/layer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Throws core::Error (Config) with file:line for unknown keys (with a did-you-mean), wrong
/// types, bad colours, unknown shapes, hatches, methods and ramps, and filter syntax errors.
style::LayerStyle read_style_file(const std::filesystem::path& path);

/// Expands a graduated style into one rule per class of the layer's values (a no-op for
/// other renderers; calling it again reclassifies). A Config error naming the style file if
/// the layer lacks the field.
void classify_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file = {});

/// classify_style, then binds the style's filters and label field to the layer's fields; an
/// unknown field is a Config error naming the style file and listing the layer's fields.
void bind_style(style::LayerStyle& style, const core::Layer& layer, const std::filesystem::path& style_file);

}  // namespace ruralatlas::project
