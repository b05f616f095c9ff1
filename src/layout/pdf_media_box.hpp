#pragma once
// Exact page sizes in Qt's PDFs. Qt 6 writes each page's /MediaBox in whole points (A3
// landscape becomes 1191 × 842 pt instead of 1190.55 × 841.89) and flips its y axis at the
// rounded height. We rewrite each box in place to the exact size, keeping its top edge where
// Qt put the page's top (so nothing drawn moves), padded to the same byte length so no
// cross-reference offset changes.
#include <cstddef>
#include <vector>

#include <QByteArray>
#include <QSizeF>

namespace ruralatlas::layout {

/// Rewrites the i-th "/MediaBox [0 0 W H]" to the i-th size in points when W and H are within
/// a point of it (Qt's rounding); other boxes are left alone. Returns how many changed.
std::size_t fix_pdf_media_boxes(QByteArray& pdf, const std::vector<QSizeF>& page_sizes_pt);

}  // namespace ruralatlas::layout
