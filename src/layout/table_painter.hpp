#pragma once
// Draws a table item: a shaded header row, thin rules between rows, the first column
// left-aligned and the others right-aligned. Column widths follow the widest cell; the text
// shrinks in half-point steps (to min_text_pt) when the table would not fit its box, and
// rows that still do not fit are left out (reported, never silently clipped).
#include <cstddef>

#include <QPainter>
#include <QRectF>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"

namespace ruralatlas::layout {

struct TableFit {
  double text_pt = 0;           ///< size drawn
  std::size_t rows_drawn = 0;   ///< body rows shown (all of them when the table fits)
  bool fits = true;             ///< false: rows left out or cells cut at the smallest size
};

/// `box` in device units.
TableFit paint_table(QPainter& painter, const QRectF& box, const TableItem& item, const TableData& table,
                     double px_per_mm);

}  // namespace ruralatlas::layout
