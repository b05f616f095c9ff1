#pragma once
// The window's "Export map": the project's layout printed by project::export_map, the code
// behind `ruralatlas render`, so the file equals the CLI's for the same project and format.
#include <filesystem>
#include <optional>

#include "project/map_export.hpp"

namespace ruralatlas::gui {

/// The format a file name asks for: .pdf, .png or .svg (any case); nothing otherwise.
std::optional<project::OutputFormat> format_of(const std::filesystem::path& file);

/// Prints `map` to `target` in the format its extension names (PNG at the CLI's default
/// 150 dpi). export_map names its file after the project, so it writes into a fresh folder
/// beside `target`, and the result is renamed into place: a failure leaves no file behind and
/// never a half-written one. Throws core::Error (Output) naming the path, also for an
/// extension that is none of the three.
project::ExportResult export_project_page(const project::LoadedMap& map, const std::filesystem::path& target);

}  // namespace ruralatlas::gui
