#include "render/symbol_swatch.hpp"

#include "render/device_geometry.hpp"
#include "render/symbol_painter.hpp"

namespace ruralatlas::render {

void draw_symbol_swatch(QPainter& painter, const QRectF& box, const std::vector<style::Symbol>& symbols,
                        core::GeometryKind kind, double px_per_mm) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  DeviceGeometry geometry;
  if (kind == core::GeometryKind::Line) {
    geometry = DeviceLines{{QPolygonF{{box.left(), box.center().y()}, {box.right(), box.center().y()}}}};
  } else if (kind == core::GeometryKind::Polygon) {
    QPainterPath path;
    path.addRect(box.adjusted(box.width() * 0.05, box.height() * 0.1, -box.width() * 0.05, -box.height() * 0.1));
    geometry = DevicePolygons{path};
  } else {
    geometry = DevicePoints{{box.center()}};
  }
  for (auto pass : {SymbolPass::Casing, SymbolPass::Main})
    for (const auto& symbol : symbols) paint_symbol(painter, geometry, symbol, pass, px_per_mm);
  painter.restore();
}

}  // namespace ruralatlas::render
