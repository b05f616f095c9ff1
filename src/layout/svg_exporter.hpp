#pragma once
// SVG of a layout page, its physical size in millimetres; text stays text.
#include <filesystem>

#include "layout/layout_renderer.hpp"

namespace ruralatlas::layout {

/// Written atomically; throws core::Error (Output) naming `path` when it cannot be written.
PageStats export_svg(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content);

}  // namespace ruralatlas::layout
