#include "layout/pdf_exporter.hpp"

#include <QPageSize>
#include <QPdfWriter>

#include "core/error.hpp"
#include "layout/layout_font.hpp"
#include "layout/output_file.hpp"
#include "layout/pdf_file_fixup.hpp"
#include "render/font_setup.hpp"

namespace ruralatlas::layout {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

void set_page(QPdfWriter& writer, const PageSpec& page) {
  writer.setPageSize(QPageSize(QSizeF(page.width_mm, page.height_mm), QPageSize::Millimeter, QString(),
                               QPageSize::ExactMatch));
  writer.setPageOrientation(QPageLayout::Portrait);  // the size is already oriented
  writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void check_request(std::size_t page_count, const PdfOptions& options) {
  std::string problem;
  if (!(options.dpi > 0)) problem = "export_pdf needs a positive dpi";
  if (page_count == 0) problem = "export_pdf was given no pages";
  if (problem.empty()) return;
  core::Diagnostic d;
  d.message = problem;
  throw core::Error(core::ErrorKind::Internal, std::move(d));
}

void check_page(const LayoutPage& page) {
  if (page.layout && page.content) return;
  core::Diagnostic d;
  d.message = "export_pdf was given a page without layout or content";
  throw core::Error(core::ErrorKind::Internal, std::move(d));
}

class SpanPageSource final : public PageSource {
 public:
  explicit SpanPageSource(std::span<const LayoutPage> pages) : m_pages(pages) {}
  std::size_t page_count() const override { return m_pages.size(); }
  LayoutPage page(std::size_t index) override { return m_pages[index]; }

 private:
  std::span<const LayoutPage> m_pages;
};

void paint_pages(QIODevice& file, const std::filesystem::path& path, PageSource& pages, const PdfOptions& options,
                 std::vector<PageStats>& stats, std::vector<QSizeF>& sizes_pt) {
  QPdfWriter writer(&file);
  writer.setResolution(static_cast<int>(options.dpi));
  writer.setCreator("RuralAtlas");
  const auto first = pages.page(0);
  check_page(first);
  const auto& first_vars = first.content->variables;
  const auto title = !options.title.empty() ? options.title
                     : first_vars.count("title") ? first_vars.at("title")
                                                 : std::string();
  writer.setTitle(QString::fromStdString(title));
  set_page(writer, first.layout->page);
  QPainter painter(&writer);
  if (!painter.isActive()) detail::throw_output_error(path, "the PDF painter could not start");
  for (std::size_t i = 0; i < pages.page_count(); ++i) {
    const auto current = i == 0 ? first : pages.page(i);
    check_page(current);
    const auto& page = current.layout->page;
    if (i > 0) {
      set_page(writer, page);
      writer.newPage();
    }
    stats.push_back(render_page(painter, *current.layout, *current.content, options.dpi / 25.4));
    sizes_pt.emplace_back(page.width_mm * kPointsPerMm, page.height_mm * kPointsPerMm);
  }
}

}  // namespace

std::vector<PageStats> export_pdf(const std::filesystem::path& path, PageSource& pages, const PdfOptions& options) {
  check_request(pages.page_count(), options);
  detail::check_output_path(path);  // before the work of rendering
  render::ensure_gui_application();

  std::vector<PageStats> stats;
  std::vector<QSizeF> sizes_pt;
  // Pages go straight to a temporary file and are patched there, so memory does not grow with
  // the page count (an atlas of every village is hundreds of megabytes of PDF).
  detail::write_atomically_seekable(path, [&](QIODevice& file) {
    paint_pages(file, path, pages, options, stats, sizes_pt);
    fix_pdf_file(file, radical_to_ideograph_map(layout_font(10)), sizes_pt);
    return true;
  });
  return stats;
}

std::vector<PageStats> export_pdf(const std::filesystem::path& path, std::span<const LayoutPage> pages,
                                  const PdfOptions& options) {
  SpanPageSource source(pages);
  return export_pdf(path, source, options);
}

PageStats export_pdf(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content,
                     const PdfOptions& options) {
  const LayoutPage page{&layout, &content};
  return export_pdf(path, std::span<const LayoutPage>(&page, 1), options).front();
}

}  // namespace ruralatlas::layout
