#pragma once
// Collects label candidates from all layers, then places them highest priority first,
// dropping those that would overlap a placed label or leave the frame.
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "style/label_spec.hpp"

namespace ruralatlas::render {

enum class LabelPlacement {
  AroundPoint,  ///< try 8 positions around the anchor, clear of the marker
  Centred,      ///< centred on the anchor (polygons at their pole, lines at their middle)
  AlongLine,    ///< glyph by glyph along `path`, upright, near its middle
};

struct LabelCandidate {
  std::string text;
  QPointF anchor;           ///< device pixels
  double clearance_px = 0;  ///< AroundPoint: the marker's radius
  LabelPlacement placement = LabelPlacement::Centred;
  QPolygonF path;           ///< AlongLine: the line in device pixels
  const style::LabelSpec* spec = nullptr;  ///< must outlive place_and_draw()
};

class LabelPlacer {
 public:
  /// `px_per_mm` of the map: label sizes in points and halos in mm are converted with it,
  /// whatever resolution the paint device claims.
  LabelPlacer(QRectF frame, double px_per_mm);

  void add(LabelCandidate candidate) { m_candidates.push_back(std::move(candidate)); }
  /// Places (priority descending, ties in the order added) and draws with halos;
  /// returns {placed, dropped}. Candidates with blank text, and repeats of a line label
  /// close to one already placed, count as neither.
  std::pair<std::size_t, std::size_t> place_and_draw(QPainter& painter);

 private:
  struct Font {
    QFont font;
    /// The same font resolved for the paint device: QPainterPath::addText (the halo) sizes
    /// an unbound font at the screen's 96 dpi, drawText at the device's.
    QFont path_font;
    std::optional<QFontMetricsF> metrics;
  };
  const Font& font_for(const style::LabelSpec& spec, QPainter& painter);
  bool fits(const QRectF& box) const;
  void occupy(const QRectF& box);
  void draw(QPainter& painter, const LabelCandidate& c, const Font& font, const QPointF& baseline);
  enum class AlongLineResult { Placed, NoRoom, Repeated };
  /// AlongLine: tries the line's middle, then positions either side of it; a label the same
  /// text already holds nearby (another segment of the same road) is Repeated, not dropped.
  AlongLineResult place_along(QPainter& painter, const LabelCandidate& c, const Font& font, double pad);

  QRectF m_frame;
  double m_px_per_mm;
  std::vector<LabelCandidate> m_candidates;
  std::unordered_map<const style::LabelSpec*, Font> m_fonts;
  std::unordered_map<std::string, std::vector<QPointF>> m_along_line_placed;  ///< by text: where placed
  // Placed boxes, found through a uniform grid over the frame so collision tests stay cheap
  // with tens of thousands of labels.
  std::vector<QRectF> m_placed;
  double m_cell_px = 64;
  int m_columns = 1, m_rows = 1;
  std::vector<std::vector<std::uint32_t>> m_grid;
};

}  // namespace ruralatlas::render
