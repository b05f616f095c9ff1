#include "layout/page_exporter.hpp"

#include <cmath>

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "core/error.hpp"
#include "layout/pdf_text_fixup.hpp"
#include "render/font_setup.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kPdfDpi = 600.0;  // device units of the PDF painter; the output stays vector

[[noreturn]] void output_error(const std::filesystem::path& path, const QString& why) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = "cannot write output: " + why.toStdString();
  d.hint = "check that the folder exists and is writable";
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

void open_or_throw(QSaveFile& file, const std::filesystem::path& path) {
  if (!file.open(QIODevice::WriteOnly)) output_error(path, file.errorString());
}

void commit_or_throw(QSaveFile& file, const std::filesystem::path& path) {
  if (!file.commit()) output_error(path, file.errorString());
}

}  // namespace

PageStats export_pdf(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content) {
  render::ensure_gui_application();
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  PageStats stats;
  {
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QSizeF(layout.page.width_mm, layout.page.height_mm), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(static_cast<int>(kPdfDpi));
    writer.setTitle(QString::fromStdString(content.variables.count("title") ? content.variables.at("title") : ""));
    writer.setCreator("RuralAtlas");
    QPainter painter(&writer);
    if (!painter.isActive()) output_error(path, "PDF painter could not start");
    stats = render_page(painter, layout, content, kPdfDpi / 25.4);
  }
  QByteArray pdf = buffer.data();
  fix_pdf_to_unicode(pdf, radical_to_ideograph_map(render::map_font("Noto Sans CJK SC", 10)));
  QSaveFile file(QString::fromStdString(path.string()));
  open_or_throw(file, path);
  if (file.write(pdf) != pdf.size()) output_error(path, file.errorString());
  commit_or_throw(file, path);
  return stats;
}

PageStats export_png(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content, double dpi) {
  render::ensure_gui_application();
  const double px_per_mm = dpi / 25.4;
  QImage image(static_cast<int>(std::lround(layout.page.width_mm * px_per_mm)),
               static_cast<int>(std::lround(layout.page.height_mm * px_per_mm)), QImage::Format_ARGB32_Premultiplied);
  const int dots_per_metre = static_cast<int>(std::lround(dpi / 0.0254));
  image.setDotsPerMeterX(dots_per_metre);
  image.setDotsPerMeterY(dots_per_metre);
  image.fill(Qt::white);
  PageStats stats;
  {
    QPainter painter(&image);
    stats = render_page(painter, layout, content, px_per_mm);
  }
  QSaveFile file(QString::fromStdString(path.string()));
  open_or_throw(file, path);
  if (!image.convertToFormat(QImage::Format_RGB32).save(&file, "PNG")) output_error(path, "PNG encoding failed");
  commit_or_throw(file, path);
  return stats;
}

PageStats export_svg(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content) {
  render::ensure_gui_application();
  constexpr double dpi = 96.0;
  const double px_per_mm = dpi / 25.4;
  QSaveFile file(QString::fromStdString(path.string()));
  open_or_throw(file, path);
  PageStats stats;
  {
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(static_cast<int>(dpi));
    generator.setSize(QSize(static_cast<int>(std::lround(layout.page.width_mm * px_per_mm)),
                            static_cast<int>(std::lround(layout.page.height_mm * px_per_mm))));
    generator.setViewBox(QRectF(0, 0, layout.page.width_mm * px_per_mm, layout.page.height_mm * px_per_mm));
    generator.setTitle(QString::fromStdString(content.variables.count("title") ? content.variables.at("title") : ""));
    QPainter painter(&generator);
    stats = render_page(painter, layout, content, px_per_mm);
  }
  commit_or_throw(file, path);
  return stats;
}

}  // namespace ruralatlas::layout
