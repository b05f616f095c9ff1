#include "render/symbol_swatch.hpp"

#include "render/device_geometry.hpp"
#include "render/symbol_painter.hpp"

namespace ruralatlas::render {

namespace {

core::GeometryKind guess_kind(const std::vector<style::Symbol>& symbols) {
  bool line = false;
  for (const auto& s : symbols) {
    if (std::holds_alternative<style::FillSymbol>(s)) return core::GeometryKind::Polygon;
    if (std::holds_alternative<style::MarkerSymbol>(s)) return core::GeometryKind::Point;
    line = true;
  }
  return line ? core::GeometryKind::Line : core::GeometryKind::None;
}

}  // namespace

void draw_symbol_swatch(QPainter& painter, const QRectF& box, const std::vector<style::Symbol>& symbols,
                        core::GeometryKind kind, double px_per_mm) {
  if (kind == core::GeometryKind::None) kind = guess_kind(symbols);
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
