#include "render/label_placer.hpp"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainterPath>
#include <QTransform>
#include <algorithm>
#include <array>
#include <cmath>

#include "render/font_setup.hpp"
#include "render/line_label_path.hpp"
#include "render/qt_conversions.hpp"

namespace ruralatlas::render {

namespace {

/// Gap kept between labels, and between a point label and its marker.
constexpr double kGapMm = 0.6;
/// A road's name is repeated along it no closer than this: roads come in many segments,
/// each a candidate, and one "X101" per stretch of road is enough.
constexpr double kRepeatAlongLineMm = 60;

/// Boxes around a point in cartographic preference order: right, upper right, lower right,
/// left, upper left, lower left, above, below.
std::array<QRectF, 8> around(QPointF a, double r, QSizeF size) {
  const double w = size.width(), h = size.height(), d = r * 0.7071;
  return {QRectF(a.x() + r, a.y() - h / 2, w, h),     QRectF(a.x() + d, a.y() - d - h, w, h),
          QRectF(a.x() + d, a.y() + d, w, h),         QRectF(a.x() - r - w, a.y() - h / 2, w, h),
          QRectF(a.x() - d - w, a.y() - d - h, w, h), QRectF(a.x() - d - w, a.y() + d, w, h),
          QRectF(a.x() - w / 2, a.y() - r - h, w, h), QRectF(a.x() - w / 2, a.y() + r, w, h)};
}

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

}  // namespace

LabelPlacer::LabelPlacer(QRectF frame, double px_per_mm) : m_frame(frame), m_px_per_mm(px_per_mm) {
  m_cell_px = std::max(64.0, 20 * px_per_mm);
  m_columns = std::max(1, static_cast<int>(std::ceil(frame.width() / m_cell_px)));
  m_rows = std::max(1, static_cast<int>(std::ceil(frame.height() / m_cell_px)));
  m_grid.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows));
}

const LabelPlacer::Font& LabelPlacer::font_for(const style::LabelSpec& spec, QPainter& painter) {
  auto it = m_fonts.find(&spec);
  if (it != m_fonts.end()) return it->second;
  // Point sizes are physical: scale them by the map's resolution over the device's, so a
  // 10 pt label is 10 pt on paper whatever DPI the image or printer reports.
  const double device_dpi = painter.device() ? painter.device()->logicalDpiY() : 96.0;
  const double scale = m_px_per_mm * 25.4 / (device_dpi > 0 ? device_dpi : 96.0);
  Font f;
  f.font = map_font(spec.font_family, spec.size_pt * scale, spec.bold);
  f.path_font = painter.device() ? QFont(f.font, painter.device()) : f.font;
  f.metrics.emplace(f.font, painter.device());
  return m_fonts.emplace(&spec, std::move(f)).first->second;
}

bool LabelPlacer::fits(const QRectF& box) const {
  if (!m_frame.contains(box)) return false;
  const int c0 = std::clamp(static_cast<int>((box.left() - m_frame.left()) / m_cell_px), 0, m_columns - 1);
  const int c1 = std::clamp(static_cast<int>((box.right() - m_frame.left()) / m_cell_px), 0, m_columns - 1);
  const int r0 = std::clamp(static_cast<int>((box.top() - m_frame.top()) / m_cell_px), 0, m_rows - 1);
  const int r1 = std::clamp(static_cast<int>((box.bottom() - m_frame.top()) / m_cell_px), 0, m_rows - 1);
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c)
      for (auto i : m_grid[static_cast<std::size_t>(r * m_columns + c)])
        if (m_placed[i].intersects(box)) return false;
  return true;
}

void LabelPlacer::occupy(const QRectF& box) {
  const auto index = static_cast<std::uint32_t>(m_placed.size());
  m_placed.push_back(box);
  const int c0 = std::clamp(static_cast<int>((box.left() - m_frame.left()) / m_cell_px), 0, m_columns - 1);
  const int c1 = std::clamp(static_cast<int>((box.right() - m_frame.left()) / m_cell_px), 0, m_columns - 1);
  const int r0 = std::clamp(static_cast<int>((box.top() - m_frame.top()) / m_cell_px), 0, m_rows - 1);
  const int r1 = std::clamp(static_cast<int>((box.bottom() - m_frame.top()) / m_cell_px), 0, m_rows - 1);
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) m_grid[static_cast<std::size_t>(r * m_columns + c)].push_back(index);
}

void LabelPlacer::draw(QPainter& painter, const LabelCandidate& c, const Font& font, const QPointF& baseline) {
  const auto& spec = *c.spec;
  const QString text = QString::fromStdString(c.text);
  if (spec.halo && spec.halo_mm > 0) {
    // The halo is the glyph outlines stroked wide; the text itself stays real text, so PDFs
    // remain searchable.
    QPainterPath outline;
    outline.addText(baseline, font.path_font, text);
    painter.strokePath(outline, QPen(detail::to_qcolor(*spec.halo), 2 * spec.halo_mm * m_px_per_mm, Qt::SolidLine,
                                     Qt::RoundCap, Qt::RoundJoin));
  }
  painter.setFont(font.font);
  painter.setPen(detail::to_qcolor(spec.color));
  painter.drawText(baseline, text);
}

LabelPlacer::AlongLineResult LabelPlacer::place_along(QPainter& painter, const LabelCandidate& c, const Font& font, double pad) {
  const QString text = QString::fromStdString(c.text);
  std::vector<QString> glyphs;
  std::vector<double> advances;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    glyphs.push_back(text.mid(i, n));
    advances.push_back(font.metrics->horizontalAdvance(glyphs.back()));
    i += n - 1;
  }
  const QRectF ink = font.metrics->tightBoundingRect(text);
  const double length = polyline_length(c.path);
  double total = 0;
  for (double a : advances) total += a;
  // The middle first, then further out on either side in steps of half the label.
  for (int k = 0; k < 9; ++k) {
    const double offset = (k + 1) / 2 * (k % 2 ? 1 : -1) * total / 2;
    const auto poses = glyphs_along(c.path, advances, length / 2 + offset);
    if (!poses) continue;
    std::vector<QRectF> boxes;
    for (std::size_t g = 0; g < poses->size(); ++g) {
      QTransform turn;
      turn.translate((*poses)[g].centre.x(), (*poses)[g].centre.y()).rotate((*poses)[g].angle_deg);
      boxes.push_back(turn.mapRect(QRectF(-advances[g] / 2, -ink.height() / 2, advances[g], ink.height()))
                          .adjusted(-pad, -pad, pad, pad));
    }
    if (!std::all_of(boxes.begin(), boxes.end(), [&](const QRectF& b) { return fits(b); })) continue;
    const QPointF middle = (*poses)[poses->size() / 2].centre;
    auto& placed_here = m_along_line_placed[c.text];
    const double repeat_px = kRepeatAlongLineMm * m_px_per_mm;
    if (std::any_of(placed_here.begin(), placed_here.end(), [&](const QPointF& p) {
          return std::hypot(p.x() - middle.x(), p.y() - middle.y()) < repeat_px;
        }))
      return AlongLineResult::Repeated;
    placed_here.push_back(middle);
    for (const auto& b : boxes) occupy(b);
    // Each glyph drawn in its own turned frame, its ink centred vertically on the line.
    const double baseline_y = -(ink.top() + ink.height() / 2);
    for (std::size_t g = 0; g < poses->size(); ++g) {
      painter.save();
      painter.translate((*poses)[g].centre);
      painter.rotate((*poses)[g].angle_deg);
      LabelCandidate glyph = c;
      glyph.text = glyphs[g].toStdString();
      draw(painter, glyph, font, QPointF(-advances[g] / 2, baseline_y));
      painter.restore();
    }
    return AlongLineResult::Placed;
  }
  return AlongLineResult::NoRoom;
}

std::pair<std::size_t, std::size_t> LabelPlacer::place_and_draw(QPainter& painter) {
  std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
    return a.spec->priority > b.spec->priority;
  });
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  std::size_t placed = 0, dropped = 0;
  const double gap = kGapMm * m_px_per_mm;
  for (const auto& c : m_candidates) {
    if (!c.spec || blank(c.text)) continue;
    const Font& font = font_for(*c.spec, painter);
    // Boxes hug the ink, not the font's line box: Noto CJK's ascent and descent make a line
    // half again as tall as its ideographs, which would crowd out labels that fit.
    const QRectF ink = font.metrics->tightBoundingRect(QString::fromStdString(c.text));
    // Keep the glyphs of one label out of the halo of another, with a gap between them.
    const double halo_px = c.spec->halo ? c.spec->halo_mm * m_px_per_mm : 0;
    const double pad = (gap + halo_px) / 2;
    bool done = false;
    auto attempt = [&](const QRectF& box) {
      const QRectF padded = box.adjusted(-pad, -pad, pad, pad);
      if (!fits(padded)) return false;
      occupy(padded);
      draw(painter, c, font, QPointF(box.left() - ink.left(), box.top() - ink.top()));
      return true;
    };
    if (c.placement == LabelPlacement::AlongLine) {
      const auto result = place_along(painter, c, font, pad);
      if (result == AlongLineResult::Repeated) continue;
      done = result == AlongLineResult::Placed;
    } else if (c.placement == LabelPlacement::AroundPoint) {
      for (const auto& box : around(c.anchor, c.clearance_px + gap + halo_px, ink.size()))
        if ((done = attempt(box))) break;
    } else {
      done =
          attempt(QRectF(c.anchor.x() - ink.width() / 2, c.anchor.y() - ink.height() / 2, ink.width(), ink.height()));
    }
    done ? ++placed : ++dropped;
  }
  painter.restore();
  return {placed, dropped};
}

}  // namespace ruralatlas::render
