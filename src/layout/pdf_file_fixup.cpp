#include "layout/pdf_file_fixup.hpp"

#include "layout/file_section_patcher.hpp"
#include "layout/pdf_media_box.hpp"

namespace ruralatlas::layout {

void fix_pdf_file(QIODevice& pdf, const CodePointMap& radicals, const std::vector<QSizeF>& page_sizes_pt) {
  patch_file_sections(pdf, "begincmap", "endcmap",
                      [&](QByteArray& cmap, std::size_t) { fix_pdf_to_unicode(cmap, radicals); });
  patch_file_sections(pdf, "/MediaBox [", "]", [&](QByteArray& box, std::size_t page) {
    if (page < page_sizes_pt.size()) fix_pdf_media_boxes(box, {page_sizes_pt[page]});
  });
}

}  // namespace ruralatlas::layout
