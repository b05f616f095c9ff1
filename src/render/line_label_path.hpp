#pragma once
// Where the characters of a label along a line go: each glyph centred on the line at its
// distance along it, turned to the line's direction there, and the whole label read left to
// right (a line drawn westwards is walked backwards), so road names are never upside down.
#include <QPointF>
#include <QPolygonF>
#include <optional>
#include <span>
#include <vector>

namespace ruralatlas::render {

struct GlyphPose {
  QPointF centre;            ///< device pixels, on the line
  double angle_deg = 0;      ///< clockwise on screen (QPainter::rotate), in (-90, 90]
};

/// Length of a polyline in its own units.
double polyline_length(const QPolygonF& line);

/// Poses for glyphs of widths `advances_px`, the label's middle at `middle_px` along `line`.
/// nullopt when the label runs off either end, or when neighbouring glyphs would turn by more
/// than `max_turn_deg` (a hairpin bend would scramble the text).
std::optional<std::vector<GlyphPose>> glyphs_along(const QPolygonF& line, std::span<const double> advances_px,
                                                   double middle_px, double max_turn_deg = 30);

}  // namespace ruralatlas::render
