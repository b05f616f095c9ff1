#pragma once
// Makes Chinese text in Qt's PDFs searchable. Qt writes each embedded font's ToUnicode
// map by taking, for every glyph, the FIRST code point whose cmap entry uses it; Noto CJK
// maps Kangxi radicals (U+2F00…) and CJK radical supplements (U+2E80…) to the same glyphs
// as common ideographs, so 自 comes out as ⾃ (U+2F83) and a search for 自来水 fails.
// We rewrite those destinations to the ideograph that shares the glyph. Each code is
// four hex digits before and after, so the PDF's byte offsets do not move.
#include <cstdint>
#include <unordered_map>

#include <QByteArray>
#include <QFont>

namespace ruralatlas::layout {

using CodePointMap = std::unordered_map<std::uint16_t, std::uint16_t>;

/// For `font`: radical code points → the unified ideograph (U+3400–U+9FFF) with the same glyph.
CodePointMap radical_to_ideograph_map(const QFont& font);

/// Rewrites ToUnicode CMap destinations found in `map`, in place; returns how many changed.
std::size_t fix_pdf_to_unicode(QByteArray& pdf, const CodePointMap& map);

}  // namespace ruralatlas::layout
