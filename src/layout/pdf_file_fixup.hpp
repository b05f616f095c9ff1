#pragma once
// The fix-ups Qt's PDFs need (searchable Chinese text: pdf_text_fixup; exact page sizes:
// pdf_media_box), applied to a written PDF file in place, a section at a time.
#include <vector>

#include <QIODevice>
#include <QSizeF>

#include "layout/pdf_text_fixup.hpp"

namespace ruralatlas::layout {

/// Rewrites `pdf`'s ToUnicode maps with `radicals` and the i-th page's MediaBox to the i-th of
/// `page_sizes_pt`. `pdf` must be open for reading and writing and seekable.
void fix_pdf_file(QIODevice& pdf, const CodePointMap& radicals, const std::vector<QSizeF>& page_sizes_pt);

}  // namespace ruralatlas::layout
