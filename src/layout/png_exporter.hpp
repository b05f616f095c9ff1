#pragma once
// Raster output of a layout page: white background, the page size at `dpi`.
#include <filesystem>

#include <QImage>

#include "layout/layout_renderer.hpp"

namespace ruralatlas::layout {

/// The page as an RGB image at `dpi` (also for previews). Throws core::Error (Usage) when the
/// dpi is not positive or the image would be too large to allocate.
QImage render_page_image(const PrintLayout& layout, const PageContent& content, double dpi, PageStats* stats = nullptr);

/// PNG written atomically; throws core::Error (Output) naming `path` when it cannot be written.
PageStats export_png(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content,
                     double dpi);

}  // namespace ruralatlas::layout
