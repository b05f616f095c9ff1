#pragma once
// Vector PDF of one or more layout pages: real text (searchable Chinese via pdf_text_fixup),
// embedded font subsets, exact ISO page boxes (pdf_media_box). Written atomically.
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "layout/layout_renderer.hpp"

namespace ruralatlas::layout {

/// One page of a document: a layout and what fills it (both must outlive the call).
struct LayoutPage {
  const PrintLayout* layout = nullptr;
  const PageContent* content = nullptr;
};

struct PdfOptions {
  double dpi = 300.0;  ///< device units of the PDF painter; the output stays vector
  std::string title;   ///< document title; empty = the first page's {title}
};

/// Pages made one at a time, so an atlas of hundreds of pages never holds them all at once.
class PageSource {
 public:
  virtual ~PageSource() = default;
  virtual std::size_t page_count() const = 0;
  /// Page `index` (asked for in order); what it points to stays valid until the next call.
  virtual LayoutPage page(std::size_t index) = 0;
};

/// Pages in order, each with its own paper size. Throws core::Error (Output) naming `path`
/// when it cannot be written; nothing is left behind then.
std::vector<PageStats> export_pdf(const std::filesystem::path& path, PageSource& pages, const PdfOptions& options = {});

/// Pages in order, each with its own paper size. Throws core::Error (Output) naming `path`
/// when it cannot be written; nothing is left behind then.
std::vector<PageStats> export_pdf(const std::filesystem::path& path, std::span<const LayoutPage> pages,
                                  const PdfOptions& options = {});

/// A single page.
PageStats export_pdf(const std::filesystem::path& path, const PrintLayout& layout, const PageContent& content,
                     const PdfOptions& options = {});

}  // namespace ruralatlas::layout
