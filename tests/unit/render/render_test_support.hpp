#pragma once
// Small helpers shared by the render tests: synthetic layers, rules, pixel probes.
#include <QImage>
#include <QPainter>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "render/font_setup.hpp"
#include "render/map_renderer.hpp"
#include "style/layer_style.hpp"

namespace ruralatlas::test::render_support {

/// A fill without outline, so probes see only the fill colour.
inline style::FillSymbol solid(std::optional<style::Color> colour) {
  style::FillSymbol fill;
  fill.fill = colour;
  fill.outline = std::nullopt;
  return fill;
}

inline style::Rule rule(std::string label, std::optional<std::string> filter, std::vector<style::Symbol> symbols,
                        bool is_else = false) {
  style::Rule r;
  r.label = std::move(label);
  if (filter) r.filter = style::Filter::parse(*filter);
  r.is_else = is_else;
  r.symbols = std::move(symbols);
  return r;
}

inline void bind(style::LayerStyle& style, const core::Layer& layer) {
  for (auto& r : style.rules)
    if (r.filter) r.filter->bind(layer.fields);
}

inline core::MultiPolygon polygon(const std::string& wkt) {
  core::Polygon p;
  boost::geometry::read_wkt(wkt, p);
  boost::geometry::correct(p);
  return core::MultiPolygon{p};
}

/// The pixel at map coordinates (x, y).
inline QColor at(const QImage& image, const render::MapView& view, double x, double y) {
  const QPointF p = view.to_device(core::Point{x, y});
  return image.pixelColor(static_cast<int>(p.x()), static_cast<int>(p.y()));
}

inline bool near(QColor a, QColor b, int tolerance = 8) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Pixels within `tolerance` of `colour` in a device rectangle.
inline int count_near(const QImage& image, QRect box, QColor colour, int tolerance = 8) {
  int n = 0;
  box = box.intersected(image.rect());
  for (int y = box.top(); y <= box.bottom(); ++y)
    for (int x = box.left(); x <= box.right(); ++x) n += near(image.pixelColor(x, y), colour, tolerance);
  return n;
}

/// Renders onto white; with RA_RENDER_PNG_DIR set, also saves <name>.png there to look at.
inline QImage draw_map(const render::MapView& view, std::span<const render::StyledLayer> layers,
                       render::RenderStats* stats = nullptr, const std::string& name = {}) {
  QImage image(view.frame_px().toSize(), QImage::Format_ARGB32);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    const auto s = render::render_map(painter, view, layers);
    if (stats) *stats = s;
  }
  if (const char* dir = std::getenv("RA_RENDER_PNG_DIR"); dir && !name.empty())
    image.save(QString::fromStdString((std::filesystem::path(dir) / (name + ".png")).string()));
  return image;
}

}  // namespace ruralatlas::test::render_support
