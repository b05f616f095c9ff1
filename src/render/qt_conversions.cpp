#include "render/qt_conversions.hpp"

#include <algorithm>

namespace ruralatlas::render::detail {

namespace {

constexpr double kThinLineMm = 0.35;

}  // namespace

QPen make_pen(const style::Color& color, double width_mm, const std::vector<double>& dash_mm, double px_per_mm) {
  const double width_px = std::max(width_mm * px_per_mm, 0.5);
  const bool thin = width_mm <= kThinLineMm;
  QPen pen(to_qcolor(color), width_px, Qt::SolidLine, thin ? Qt::SquareCap : Qt::RoundCap,
           thin ? Qt::BevelJoin : Qt::RoundJoin);
  if (!dash_mm.empty()) {
    // Qt dash lengths are in units of the pen width.
    QList<qreal> pattern;
    for (double d : dash_mm) pattern.append(std::max(d * px_per_mm / width_px, 0.1));
    if (pattern.size() % 2) pattern.append(QList<qreal>(pattern));
    pen.setDashPattern(pattern);
    pen.setCapStyle(Qt::FlatCap);  // dashes exactly as long as asked
  }
  return pen;
}

}  // namespace ruralatlas::render::detail
