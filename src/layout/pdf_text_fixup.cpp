#include "layout/pdf_text_fixup.hpp"

#include <QRawFont>

namespace ruralatlas::layout {

namespace {

constexpr char16_t kFirstRadical = 0x2E80, kLastRadical = 0x2FDF;
constexpr char16_t kFirstIdeograph = 0x3400, kLastIdeograph = 0x9FFF;

std::vector<quint32> glyphs_for_range(const QRawFont& raw, char16_t first, char16_t last) {
  QString chars;
  for (char32_t c = first; c <= last; ++c) chars.append(QChar(static_cast<char16_t>(c)));
  const auto glyphs = raw.glyphIndexesForString(chars);
  return {glyphs.begin(), glyphs.end()};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/// Rewrites `<XXXX>` at `pos` (pointing at '<') if it is in the map.
bool rewrite_code(QByteArray& pdf, qsizetype pos, const CodePointMap& map) {
  if (pos + 5 >= pdf.size() || pdf[pos + 5] != '>') return false;
  int value = 0;
  for (int i = 1; i <= 4; ++i) {
    const int h = hex_value(pdf[pos + i]);
    if (h < 0) return false;
    value = value * 16 + h;
  }
  auto it = map.find(static_cast<std::uint16_t>(value));
  if (it == map.end()) return false;
  static const char* digits = "0123456789ABCDEF";
  for (int i = 4; i >= 1; --i) pdf[pos + i] = digits[(it->second >> (4 * (4 - i))) & 0xF];
  return true;
}

/// One line of a bfrange/bfchar section: rewrite only destination codes (after '[' in an
/// array form, else the last of the line's codes), never the glyph ids that are sources.
std::size_t rewrite_line(QByteArray& pdf, qsizetype begin, qsizetype end, const CodePointMap& map) {
  std::vector<qsizetype> codes;
  qsizetype bracket = -1;
  for (qsizetype i = begin; i < end; ++i) {
    if (pdf[i] == '[' && bracket < 0) bracket = i;
    if (pdf[i] == '<') codes.push_back(i);
  }
  std::size_t changed = 0;
  if (bracket >= 0) {
    for (auto pos : codes)
      if (pos > bracket) changed += rewrite_code(pdf, pos, map);
  } else if (codes.size() == 2 || codes.size() == 3) {
    changed += rewrite_code(pdf, codes.back(), map);
  }
  return changed;
}

}  // namespace

CodePointMap radical_to_ideograph_map(const QFont& font) {
  const QRawFont raw = QRawFont::fromFont(font);
  CodePointMap map;
  if (!raw.isValid()) return map;
  const auto ideographs = glyphs_for_range(raw, kFirstIdeograph, kLastIdeograph);
  std::unordered_map<quint32, char16_t> ideograph_of_glyph;
  for (std::size_t i = 0; i < ideographs.size(); ++i)
    if (ideographs[i] != 0) ideograph_of_glyph.emplace(ideographs[i], static_cast<char16_t>(kFirstIdeograph + i));
  const auto radicals = glyphs_for_range(raw, kFirstRadical, kLastRadical);
  for (std::size_t i = 0; i < radicals.size(); ++i) {
    auto it = radicals[i] ? ideograph_of_glyph.find(radicals[i]) : ideograph_of_glyph.end();
    if (it != ideograph_of_glyph.end()) map.emplace(static_cast<std::uint16_t>(kFirstRadical + i), it->second);
  }
  return map;
}

std::size_t fix_pdf_to_unicode(QByteArray& pdf, const CodePointMap& map) {
  std::size_t changed = 0;
  qsizetype from = 0;
  while ((from = pdf.indexOf("begincmap", from)) >= 0) {
    const qsizetype end = pdf.indexOf("endcmap", from);
    if (end < 0) break;
    for (qsizetype line = from; line < end;) {
      qsizetype next = pdf.indexOf('\n', line);
      if (next < 0 || next > end) next = end;
      changed += rewrite_line(pdf, line, next, map);
      line = next + 1;
    }
    from = end;
  }
  return changed;
}

}  // namespace ruralatlas::layout
