#pragma once
// Prints a loaded map through its layout template to PDF, PNG and/or SVG.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::project {

enum class OutputFormat { Pdf, Png, Svg };

struct ExportRequest {
  std::filesystem::path out_dir;
  std::vector<OutputFormat> formats{OutputFormat::Pdf, OutputFormat::Png};
  double png_dpi = 150.0;
};

struct ExportResult {
  std::vector<std::filesystem::path> files;
  double scale_denominator = 0;
  std::size_t labels_placed = 0, labels_dropped = 0;
  std::vector<std::string> warnings;  ///< e.g. legend text shrunk to fit; for the user
};

/// The one page of a map: its layout template and what is drawn on it (layers, extent, texts).
/// Points into the map it was made from, which must outlive it.
struct MapPage {
  layout::PrintLayout layout;
  std::vector<style::LayerStyle> locator_styles;  ///< the locator's layers drawn without labels
  std::vector<render::StyledLayer> map_layers, locator_layers;  ///< what `content` spans
  layout::PageContent content;
};

/// Throws core::Error (Config) for a bad layout file or an extent layer without features.
std::unique_ptr<MapPage> map_page(const LoadedMap& map);

/// Creates `out_dir` if needed; throws core::Error (Output) naming the path when it cannot.
ExportResult export_map(const LoadedMap& map, const ExportRequest& request);

/// Creates `dir` if needed; throws core::Error (Output) naming it when that fails.
void ensure_output_folder(const std::filesystem::path& dir);

/// Today's date as YYYY-MM-DD (the default {date} on a map).
std::string today_iso();

}  // namespace ruralatlas::project
