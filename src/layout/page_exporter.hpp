#pragma once
// PDF (vector, real text, embedded fonts), PNG and SVG output of a layout. Each file is
// written to a temporary file in the target folder and renamed into place only when
// complete (QSaveFile); on failure nothing is left behind.
#include <filesystem>

#include "layout/layout_renderer.hpp"

namespace ruralatlas::layout {

PageStats export_pdf(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content);
PageStats export_png(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content, double dpi);
PageStats export_svg(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content);

}  // namespace ruralatlas::layout
