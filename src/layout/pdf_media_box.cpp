#include "layout/pdf_media_box.hpp"

#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>
#include <string>

namespace ruralatlas::layout {

namespace {

struct Box {
  double x0, y0, x1, y1;
};

std::optional<Box> parse_box(const QByteArray& text) {
  std::istringstream in(text.toStdString());
  Box b{};
  if (!(in >> b.x0 >> b.y0 >> b.x1 >> b.y1)) return std::nullopt;
  std::string rest;
  if (in >> rest) return std::nullopt;
  return b;
}

/// "x0 y0 x1 y1" with `decimals`, trailing zeros trimmed.
std::string format_box(const Box& b, int decimals) {
  std::string out;
  for (double v : {b.x0, b.y0, b.x1, b.y1}) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    std::string s = buffer;
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

}  // namespace

std::size_t fix_pdf_media_boxes(QByteArray& pdf, const std::vector<QSizeF>& page_sizes_pt) {
  static const QByteArray kKey = "/MediaBox [";
  std::size_t changed = 0, page = 0;
  for (qsizetype pos = pdf.indexOf(kKey); pos >= 0 && page < page_sizes_pt.size(); pos = pdf.indexOf(kKey, pos + 1)) {
    const qsizetype begin = pos + kKey.size();
    const qsizetype end = pdf.indexOf(']', begin);
    if (end < 0) break;
    const QSizeF exact = page_sizes_pt[page++];
    const auto box = parse_box(pdf.mid(begin, end - begin));
    if (!box || box->x0 != 0 || box->y0 != 0 || std::abs(box->x1 - exact.width()) >= 1.0 ||
        std::abs(box->y1 - exact.height()) >= 1.0)
      continue;
    // Qt maps the page's top to y = H (rounded); keep it there and move the bottom.
    const Box fixed{0, box->y1 - exact.height(), exact.width(), box->y1};
    const qsizetype room = end - begin;
    for (int decimals = 6; decimals >= 2; --decimals) {
      const std::string text = format_box(fixed, decimals);
      if (static_cast<qsizetype>(text.size()) > room) continue;
      pdf.replace(begin, room, QByteArray::fromStdString(text + std::string(room - text.size(), ' ')));
      ++changed;
      break;
    }
  }
  return changed;
}

}  // namespace ruralatlas::layout
