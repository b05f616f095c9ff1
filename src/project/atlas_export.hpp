#pragma once
// Prints an atlas: one page per feature of the atlas layer (optionally an overview page
// first), as one multi-page PDF or one file per page (PDF, PNG or SVG).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "project/atlas_page_source.hpp"
#include "project/map_export.hpp"

namespace ruralatlas::project {

struct AtlasRequest {
  std::filesystem::path out_dir;
  OutputFormat format = OutputFormat::Pdf;
  bool one_file = true;    ///< PDF only: all pages in one file; PNG and SVG are always one file per page
  double png_dpi = 150.0;
  std::vector<std::string> only_pages;  ///< print just the pages of these names; empty = all
  AtlasProgressFn progress;
};

struct AtlasResult {
  std::vector<std::filesystem::path> files;
  std::size_t page_count = 0;
  std::vector<std::string> warnings;  ///< skipped features, renamed pages, shrunk text; for the user
};

/// `spec` says which layer, names and table (the project's atlas section, or the CLI's).
/// Creates `out_dir` if needed. Throws core::Error: Config for a layer or layout problem,
/// InputData when no page is left, Usage for an unknown name in only_pages, Output for unwritable files.
AtlasResult export_atlas(const LoadedMap& map, const AtlasSpec& spec, const AtlasRequest& request);

/// "007_城关镇 (620421100).png": page number padded to the count's width, then the name with
/// characters that are unsafe in file names (/ \ : * ? " < > |, control) replaced by '_'.
std::string page_file_stem(std::size_t number, std::size_t count, const std::string& name);

}  // namespace ruralatlas::project
