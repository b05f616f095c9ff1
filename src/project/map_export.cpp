#include "project/map_export.hpp"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>

#include "core/error.hpp"
#include "layout/page_exporter.hpp"
#include "project/layout_file.hpp"
#include "project/lon_lat_transform.hpp"

namespace ruralatlas::project {

namespace {

core::Envelope extent_of(const LoadedMap& map, const std::string& layer_name) {
  core::Envelope extent = core::empty_envelope();
  for (const auto& l : map.layers)
    if (layer_name.empty() || l.layer->name == layer_name) core::expand(extent, l.layer->extent());
  if (core::is_empty(extent)) {
    core::Diagnostic d;
    d.file = map.spec.file.string();
    d.message = layer_name.empty() ? "the map's layers hold no features" : "extent_layer '" + layer_name + "' is not a layer of the map or has no features";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  return extent;
}

}  // namespace

void ensure_output_folder(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    core::Diagnostic d;
    d.file = dir.string();
    d.message = "cannot create the output folder: " + (ec ? ec.message() : std::string("not a folder"));
    d.hint = "choose a writable folder with --out";
    throw core::Error(core::ErrorKind::Output, std::move(d));
  }
}

std::string today_iso() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::unique_ptr<MapPage> map_page(const LoadedMap& map) {
  auto page = std::make_unique<MapPage>();
  page->layout = read_layout_file(map.spec.layout_file);
  auto& map_layers = page->map_layers;
  auto& locator_layers = page->locator_layers;
  // The locator inset is small: its layers are drawn without labels.
  auto& locator_styles = page->locator_styles;
  locator_styles.reserve(map.layers.size());
  for (const auto& l : map.layers) {
    map_layers.push_back({l.layer.get(), &l.style});
    if (!l.in_locator) continue;
    locator_styles.push_back(l.style);
    locator_styles.back().labels.reset();
    locator_layers.push_back({l.layer.get(), &locator_styles.back()});
  }
  auto& content = page->content;
  content.map_layers = map_layers;
  content.locator_layers = locator_layers;
  content.map_extent = extent_of(map, map.spec.extent_layer);
  content.locator_extent = content.map_extent;
  content.metres_per_unit = map.crs.metres_per_unit;
  content.geographic = lon_lat_transform(map.crs);
  content.variables = {{"title", map.spec.title},
                       {"subtitle", map.spec.subtitle},
                       {"source", map.spec.source_note},
                       {"date", map.spec.date.empty() ? today_iso() : map.spec.date},
                       {"crs", map.crs.name + " (" + map.crs.label() + ")"},
                       {"page_name", map.spec.title},  // a single map is page 1 of 1
                       {"page_number", "1"},
                       {"page_count", "1"}};
  return page;
}

ExportResult export_map(const LoadedMap& map, const ExportRequest& request) {
  const auto page = map_page(map);
  const auto& page_layout = page->layout;
  const auto& content = page->content;
  ensure_output_folder(request.out_dir);
  ExportResult result;
  for (auto format : request.formats) {
    const char* ext = format == OutputFormat::Pdf ? ".pdf" : format == OutputFormat::Png ? ".png" : ".svg";
    const auto path = request.out_dir / (map.spec.name + ext);
    layout::PageStats stats;
    switch (format) {
      case OutputFormat::Pdf: stats = layout::export_pdf(path, page_layout, content); break;
      case OutputFormat::Png: stats = layout::export_png(path, page_layout, content, request.png_dpi); break;
      case OutputFormat::Svg: stats = layout::export_svg(path, page_layout, content); break;
    }
    result.files.push_back(path);
    result.scale_denominator = stats.scale_denominator;
    result.labels_placed = stats.map.labels_placed;
    result.labels_dropped = stats.map.labels_dropped;
    for (const auto& w : stats.warnings)
      if (std::find(result.warnings.begin(), result.warnings.end(), w) == result.warnings.end()) result.warnings.push_back(w);
  }
  return result;
}

}  // namespace ruralatlas::project
