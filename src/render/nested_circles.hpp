#pragma once
// The legend of proportional circles: the circles of a graduated-size style drawn inside one
// another, sharing their lowest point, each with a leader line from its top to its label.
// Reads as "this big is 500 households" at a glance, which a column of separate circles
// does not; the sizes are the map's own, in millimetres on paper.
#include <QFont>
#include <QPainter>
#include <QPointF>
#include <string>
#include <vector>

#include "style/symbol.hpp"

namespace ruralatlas::render {

struct NestedCircle {
  double diameter_mm = 0;
  std::string label;
};

struct NestedCirclesLegend {
  style::MarkerSymbol symbol;         ///< fill and stroke of the circles
  std::vector<NestedCircle> circles;  ///< any order; drawn largest first

  double largest_mm() const;
  /// Leader length between the largest circle's right edge and the labels.
  static constexpr double kLeaderMm = 3.0;
  /// Width and height on paper for labels up to `label_width_mm` wide, `line_height_mm` tall.
  double width_mm(double label_width_mm) const;
  double height_mm(double line_height_mm) const;
};

/// Draws the legend with its top-left corner at `top_left` (device units). Labels that would
/// overlap (circles of nearly equal size) are pushed down a line, their leaders bent to them.
void draw_nested_circles(QPainter& painter, QPointF top_left, const NestedCirclesLegend& legend, const QFont& font,
                         double px_per_mm);

}  // namespace ruralatlas::render
