#pragma once
// A coordinate label at a map frame's edge (kilometre grid, graticule): text on a white box so
// it reads over the map, and stays text in a PDF.
#include <QColor>
#include <QPainter>
#include <QString>

namespace ruralatlas::layout {

void draw_edge_label(QPainter& painter, const QPointF& baseline_at, const QString& text, const QColor& colour);

}  // namespace ruralatlas::layout
