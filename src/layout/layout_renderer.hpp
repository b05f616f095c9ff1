#pragma once
#include <QPainter>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"
#include "render/map_renderer.hpp"

namespace ruralatlas::layout {

struct PageStats {
  render::RenderStats map;
  double scale_denominator = 0;  ///< of the main map frame
};

/// Draws the whole page on `painter`, whose device has `px_per_mm` pixels per millimetre of
/// paper and origin at the page's top-left corner.
PageStats render_page(QPainter& painter, const PrintLayout& layout, const PageContent& content, double px_per_mm);

/// {name} → value from `variables`; unknown names are left as written.
std::string substitute_variables(const std::string& text, const std::map<std::string, std::string>& variables);

}  // namespace ruralatlas::layout
