#pragma once
// Draws a whole page — map frames, texts, legends, scale bars, north arrows, locator insets —
// on any QPainter device (PDF, image, SVG); the exporters choose the device.
#include <string>
#include <vector>

#include <QPainter>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"
#include "render/map_renderer.hpp"

namespace ruralatlas::layout {

struct PageStats {
  render::RenderStats map;           ///< of the first map frame
  double scale_denominator = 0;      ///< of the first map frame: 1:N at print size
  std::vector<std::string> warnings;  ///< legend or text shrunk or cut off: for the user, not fatal
};

/// Draws `layout` on `painter`, whose device has `px_per_mm` pixels per millimetre of paper and
/// its origin at the page's top-left corner. Throws core::Error (Config) when an item names a
/// map the content does not have, and as frame_target_extent does.
PageStats render_page(QPainter& painter, const PrintLayout& layout, const PageContent& content, double px_per_mm);

}  // namespace ruralatlas::layout
