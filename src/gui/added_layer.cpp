#include "gui/added_layer.hpp"

#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_file.hpp"
#include "project/layer_loader.hpp"

namespace ruralatlas::gui {

namespace {

bool is_layer_file(const std::filesystem::path& file) {
  const auto ext = file.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

project::LayerFileSpec spec_of_vector_file(const std::filesystem::path& file) {
  project::LayerFileSpec spec;
  spec.file = file;
  spec.name = file.stem().string();
  spec.source = file;
  return spec;
}

}  // namespace

style::LayerStyle default_style(const core::Layer& layer) {
  constexpr style::Color kInk{0x2b, 0x4a, 0x6f};
  style::LayerStyle s;
  s.layer = layer.name;
  s.title = layer.name;
  style::Rule rule;
  rule.label = layer.name;
  switch (layer.geometry_kind) {
    case core::GeometryKind::Point:
      rule.symbols.push_back(style::MarkerSymbol{style::MarkerShape::Circle, 1.6, kInk, style::Color{255, 255, 255}, 0.3});
      break;
    case core::GeometryKind::Line:
      rule.symbols.push_back(style::LineSymbol{kInk, 0.5, {}, std::nullopt, 0.0});
      break;
    default: {
      style::FillSymbol fill;
      fill.fill = style::Color{kInk.r, kInk.g, kInk.b, 40};
      fill.outline = kInk;
      fill.outline_width_mm = 0.4;
      rule.symbols.push_back(fill);
    }
  }
  s.rules.push_back(std::move(rule));
  return s;
}

project::MapLayer load_added_layer(const std::filesystem::path& file, const core::Crs& map_crs) {
  const auto spec = is_layer_file(file) ? project::read_layer_file(file) : spec_of_vector_file(file);
  auto loaded = project::load_layer(spec);
  if (loaded.layer.features.empty())
    core::throw_input_error(file.string(), "the layer '" + loaded.layer.name + "' holds no features",
                            "choose a file with features to draw");
  project::MapLayer map_layer;
  map_layer.layer = std::make_shared<const core::Layer>(io::reproject(std::move(loaded.layer), map_crs));
  map_layer.style = default_style(*map_layer.layer);
  if (!spec.title.empty()) map_layer.style.title = spec.title;
  map_layer.joined_fields = std::move(loaded.joined_fields);
  // No style file yet: saving the project writes the default style.
  (is_layer_file(file) ? map_layer.origin.layer_file : map_layer.origin.vector_file) = file;
  return map_layer;
}

}  // namespace ruralatlas::gui

namespace ruralatlas::gui {

project::MapLayer load_database_layer(const project::DatabaseConnection& connection, const std::string& table,
                                      const core::Crs& map_crs) {
  project::LayerFileSpec spec;
  spec.name = table;
  spec.title = table;
  spec.source = connection.gdal_source(true);
  spec.source_layer = table;
  auto loaded = project::load_layer(spec);
  if (loaded.layer.features.empty())
    core::throw_input_error(connection.server() + " " + table, "the table '" + table + "' holds no features",
                            "choose a table with features to draw");
  project::MapLayer map_layer;
  map_layer.layer = std::make_shared<const core::Layer>(io::reproject(std::move(loaded.layer), map_crs));
  map_layer.style = default_style(*map_layer.layer);
  map_layer.origin.vector_file = connection.gdal_source(false);
  map_layer.origin.source_layer = table;
  return map_layer;
}

}  // namespace ruralatlas::gui
