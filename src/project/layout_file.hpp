#pragma once
// Layout templates (layouts/*.yaml) → layout::PrintLayout. The format is documented in
// layouts/a3_landscape.yaml. Strict: unknown keys, wrong types, items off the page or
// outside its margins, and unknown {variables} are Config errors with file:line.
#include <filesystem>

#include "layout/print_layout.hpp"

namespace ruralatlas::project {

layout::PrintLayout read_layout_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
