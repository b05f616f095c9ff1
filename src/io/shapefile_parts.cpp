#include "io/shapefile_parts.hpp"

#include "core/error.hpp"

namespace ruralatlas::io::detail {

namespace {
bool sibling_exists(const std::filesystem::path& path, const char* lower, const char* upper) {
  auto p = path;
  return std::filesystem::exists(p.replace_extension(lower)) || std::filesystem::exists(p.replace_extension(upper));
}
}  // namespace

void check_shapefile_parts(const std::filesystem::path& shp_path) {
  const char* hint = "copy all parts of the shapefile (.shp, .shx, .dbf, .prj, .cpg) together";
  if (!sibling_exists(shp_path, ".dbf", ".DBF"))
    core::throw_input_error(shp_path.string(), "shapefile has no .dbf (attribute) file beside it", hint);
  if (!sibling_exists(shp_path, ".shx", ".SHX"))
    core::throw_input_error(shp_path.string(), "shapefile has no .shx (index) file beside it", hint);
}

}  // namespace ruralatlas::io::detail
