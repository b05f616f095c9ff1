#include "render/symbol_painter.hpp"

#include "render/fill_painter.hpp"
#include "render/line_painter.hpp"
#include "render/marker_painter.hpp"

namespace ruralatlas::render {

void paint_symbol(QPainter& painter, const DeviceGeometry& geometry, const style::Symbol& symbol, SymbolPass pass,
                  double px_per_mm) {
  if (const auto* line = std::get_if<style::LineSymbol>(&symbol)) {
    LinePainter p(painter, *line, pass == SymbolPass::Casing ? LinePass::Casing : LinePass::Line, px_per_mm);
    if (!p.active()) return;
    if (const auto* lines = std::get_if<DeviceLines>(&geometry))
      for (const auto& part : lines->parts) p.draw(part);
    else if (const auto* polygons = std::get_if<DevicePolygons>(&geometry))
      p.draw(polygons->path);
    return;
  }
  if (pass == SymbolPass::Casing) return;
  if (const auto* marker = std::get_if<style::MarkerSymbol>(&symbol)) {
    if (const auto* points = std::get_if<DevicePoints>(&geometry))
      MarkerPainter(painter, *marker, px_per_mm).draw(points->points);
    return;
  }
  if (const auto* fill = std::get_if<style::FillSymbol>(&symbol)) {
    if (const auto* polygons = std::get_if<DevicePolygons>(&geometry))
      FillPainter(painter, *fill, px_per_mm).draw(polygons->path);
  }
}

}  // namespace ruralatlas::render
