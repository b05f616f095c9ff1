#pragma once
// The window's "Export PDF": the project's layout printed by project::export_map, the code
// behind `ruralatlas render --format pdf`, so the file equals the CLI's for the same project.
#include <filesystem>

#include "project/map_export.hpp"

namespace ruralatlas::gui {

/// Prints `map` to `target` (any file name). export_map names its file after the project,
/// so it writes into a fresh folder beside `target`, and the result is renamed into place:
/// a failure leaves no file behind and never a half-written one. Throws core::Error (Output)
/// naming the path.
project::ExportResult export_project_pdf(const project::LoadedMap& map, const std::filesystem::path& target);

}  // namespace ruralatlas::gui
