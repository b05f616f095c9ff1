#include "layout/focus_mask_painter.hpp"

#include <QPainterPath>

#include "render/device_geometry.hpp"

namespace ruralatlas::layout {

namespace {
constexpr int kWashAlpha = 165;       // of 255: neighbours readable, clearly behind
constexpr double kOutlineMm = 0.6;
}  // namespace

void paint_focus_mask(QPainter& painter, const render::MapView& view, const core::MultiPolygon& focus,
                      double px_per_mm) {
  const QPainterPath feature = render::device_path(focus, view);
  QPainterPath outside;
  outside.addRect(view.frame_rect().adjusted(-2, -2, 2, 2));
  outside.addPath(feature);
  outside.setFillRule(Qt::OddEvenFill);  // the frame minus the feature (its holes stay washed too)
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.fillPath(outside, QColor(255, 255, 255, kWashAlpha));
  painter.strokePath(feature, QPen(QColor(60, 60, 60), kOutlineMm * px_per_mm, Qt::SolidLine, Qt::RoundCap,
                                   Qt::RoundJoin));
  painter.restore();
}

}  // namespace ruralatlas::layout
