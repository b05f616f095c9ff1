#pragma once
// Layout templates (layouts/*.yaml) → layout::PrintLayout.
#include <filesystem>

#include "layout/print_layout.hpp"

namespace ruralatlas::project {

layout::PrintLayout read_layout_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
