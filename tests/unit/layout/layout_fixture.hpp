#pragma once
// A tiny synthetic page for layout tests: one red 10 km square polygon in a metric CRS, on an
// A3 landscape sheet at a fixed 1:100,000, so every position on paper is known by hand:
//   map frame (20, 20)–(220, 270) mm, centre (120, 145) mm = map point (5000, 5000);
//   the square, 100 mm wide at 1:100,000: (70, 95)–(170, 195) mm;
//   scale bar box (240, 230)–(330, 250) mm; legend (240, 60)–(400, 200) mm.
#include <boost/geometry.hpp>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::test {

struct SquarePage {
  core::Layer layer;
  style::LayerStyle style;
  std::vector<render::StyledLayer> layers;
  layout::PrintLayout page;
  layout::PageContent content;

  static constexpr double kScale = 100'000;

  SquarePage() {
    core::Polygon square;
    boost::geometry::read_wkt("POLYGON((0 0,0 10000,10000 10000,10000 0,0 0))", square);
    boost::geometry::correct(square);
    layer.name = "square";
    layer.geometry_kind = core::GeometryKind::Polygon;
    layer.features.push_back({0, core::MultiPolygon{square}, {}});
    style::FillSymbol fill;
    fill.fill = style::Color{255, 0, 0};
    fill.outline = std::nullopt;
    style::Rule rule;
    rule.label = "试验区";
    rule.symbols = {fill};
    style.layer = "square";
    style.title = "图例组";
    style.rules = {rule};
    layers = {{&layer, &style}};

    page.page = layout::iso_page(layout::PaperSize::A3, layout::Orientation::Landscape);
    layout::MapFrameItem map;
    map.rect = {20, 20, 200, 250};
    map.scale_denominator = kScale;
    layout::TextItem title;
    title.rect = {240, 20, 160, 20};
    title.text = "{title}";
    title.size_pt = 16;
    title.bold = true;
    layout::LegendItem legend;
    legend.rect = {240, 60, 160, 140};
    legend.title = "图例";
    layout::ScaleBarItem bar;
    bar.rect = {240, 230, 90, 20};
    page.items = {map, title, legend, bar};

    content.map_layers = layers;
    content.map_extent = core::Envelope{{0, 0}, {10000, 10000}};
    content.variables = {{"title", "测试标题 Test"}, {"date", "2026-11-24"}};
  }
};

}  // namespace ruralatlas::test
