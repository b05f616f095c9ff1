#include "layout/png_exporter.hpp"

#include <cmath>

#include "core/error.hpp"
#include "layout/output_file.hpp"
#include "render/font_setup.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kMaxImageBytes = 1.0e9;  // QImage cannot hold more than 2 GB; stay well below

[[noreturn]] void usage_error(std::string message, std::string hint) {
  core::Diagnostic d;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

}  // namespace

QImage render_page_image(const PrintLayout& layout, const PageContent& content, double dpi, PageStats* stats) {
  if (!(dpi > 0) || !std::isfinite(dpi)) usage_error("the PNG resolution must be a positive number of dpi", "e.g. --dpi 150");
  const double px_per_mm = dpi / 25.4;
  const double width = std::round(layout.page.width_mm * px_per_mm), height = std::round(layout.page.height_mm * px_per_mm);
  if (width < 1 || height < 1 || width * height * 4 > kMaxImageBytes)
    usage_error("a " + layout.page.name + " page at " + std::to_string(static_cast<int>(dpi)) + " dpi would be " +
                    std::to_string(static_cast<long long>(width)) + " × " + std::to_string(static_cast<long long>(height)) +
                    " pixels",
                "choose a lower dpi, or export PDF for large prints");
  render::ensure_gui_application();
  QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_ARGB32_Premultiplied);
  const int dots_per_metre = static_cast<int>(std::lround(dpi / 0.0254));
  image.setDotsPerMeterX(dots_per_metre);
  image.setDotsPerMeterY(dots_per_metre);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    auto page_stats = render_page(painter, layout, content, px_per_mm);
    if (stats) *stats = std::move(page_stats);
  }
  return image.convertToFormat(QImage::Format_RGB32);
}

PageStats export_png(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content,
                     double dpi) {
  detail::check_output_path(path);
  PageStats stats;
  const QImage image = render_page_image(layout, content, dpi, &stats);
  detail::write_atomically(path, [&](QIODevice& file) { return image.save(&file, "PNG"); });
  return stats;
}

}  // namespace ruralatlas::layout
