#pragma once
// Collects label candidates from all layers, then places them highest priority first,
// dropping those that would collide with a placed label or leave the frame.
#include <string>
#include <vector>

#include <QPainter>
#include <QPointF>
#include <QRectF>

#include "style/label_spec.hpp"

namespace ruralatlas::render {

struct LabelCandidate {
  std::string text;
  QPointF anchor;            ///< device pixels
  double clearance_px = 0;   ///< marker radius: point labels sit around it, not on it
  bool around_point = false;  ///< try 8 positions around the anchor; else centred
  const style::LabelSpec* spec = nullptr;
};

class LabelPlacer {
 public:
  LabelPlacer(QRectF frame, double px_per_mm) : m_frame(frame), m_px_per_mm(px_per_mm) {}

  void add(LabelCandidate candidate) { m_candidates.push_back(std::move(candidate)); }
  /// Places and draws; returns {placed, dropped}.
  std::pair<std::size_t, std::size_t> place_and_draw(QPainter& painter);

 private:
  bool collides(const QRectF& box) const;
  void draw(QPainter& painter, const LabelCandidate& c, const QRectF& box);

  QRectF m_frame;
  double m_px_per_mm;
  std::vector<LabelCandidate> m_candidates;
  std::vector<QRectF> m_placed;
};

}  // namespace ruralatlas::render
