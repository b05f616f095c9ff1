#pragma once
// Wrapped text in a box: CJK lines break between any two characters, Latin at spaces; the
// size drops in half-point steps (to 60 %) when the text would overflow the box.
#include <string>

#include <QPainter>
#include <QRectF>

#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

struct TextFit {
  double size_pt = 0;  ///< size drawn
  bool fits = true;    ///< false: overflows even at the smallest size (clipped at the box)
};

/// Draws `text` (variables already substituted) for `item` in `box` (device units).
TextFit paint_text_block(QPainter& painter, const QRectF& box, const TextItem& item, const std::string& text);

}  // namespace ruralatlas::layout
