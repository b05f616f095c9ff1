#include "layout/svg_exporter.hpp"

#include <cmath>

#include <QSvgGenerator>

#include "layout/output_file.hpp"
#include "render/font_setup.hpp"

namespace ruralatlas::layout {

namespace {
// 10 user units per millimetre: Qt writes the SVG's width/height from a whole number of
// units, so whole-millimetre pages (every ISO size) get their exact size ("420mm").
constexpr double kSvgDpi = 254.0;
}

PageStats export_svg(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content) {
  detail::check_output_path(path);
  render::ensure_gui_application();
  const double px_per_mm = kSvgDpi / 25.4;
  const double width_px = layout.page.width_mm * px_per_mm, height_px = layout.page.height_mm * px_per_mm;
  PageStats stats;
  detail::write_atomically(path, [&](QIODevice& file) {
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(static_cast<int>(kSvgDpi));
    generator.setSize(QSize(static_cast<int>(std::lround(width_px)), static_cast<int>(std::lround(height_px))));
    generator.setViewBox(QRectF(0, 0, width_px, height_px));
    const auto title = content.variables.find("title");
    if (title != content.variables.end()) generator.setTitle(QString::fromStdString(title->second));
    generator.setDescription("RuralAtlas");
    QPainter painter(&generator);
    if (!painter.isActive()) return false;
    stats = render_page(painter, layout, content, px_per_mm);
    return painter.end();
  });
  return stats;
}

}  // namespace ruralatlas::layout
