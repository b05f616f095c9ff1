#include "io/shapefile_parts.hpp"

#include <array>
#include <fstream>

#include "core/error.hpp"

namespace ruralatlas::io::detail {

namespace {

bool sibling_exists(const std::filesystem::path& path, const char* lower, const char* upper) {
  auto p = path;
  return std::filesystem::exists(p.replace_extension(lower)) || std::filesystem::exists(p.replace_extension(upper));
}

/// A .shp starts with the file code 9994 (big-endian) and is at least its 100-byte header long.
bool has_shapefile_header(const std::filesystem::path& shp_path) {
  std::ifstream in(shp_path, std::ios::binary);
  std::array<unsigned char, 4> code{};
  if (!in.read(reinterpret_cast<char*>(code.data()), code.size())) return false;
  return code == std::array<unsigned char, 4>{0x00, 0x00, 0x27, 0x0a} && std::filesystem::file_size(shp_path) >= 100;
}

}  // namespace

void check_shapefile_parts(const std::filesystem::path& shp_path) {
  if (std::filesystem::is_directory(shp_path)) return;  // a folder of shapefiles: GDAL's business
  if (!has_shapefile_header(shp_path))
    core::throw_input_error(shp_path.string(), "not a shapefile: the file does not start with a shapefile header",
                            "the file is damaged or only named .shp; export the layer again");
  const char* hint = "copy all parts of the shapefile (.shp, .shx, .dbf, .prj, .cpg) together";
  if (!sibling_exists(shp_path, ".dbf", ".DBF"))
    core::throw_input_error(shp_path.string(), "shapefile has no .dbf (attribute) file beside it", hint);
  if (!sibling_exists(shp_path, ".shx", ".SHX"))
    core::throw_input_error(shp_path.string(), "shapefile has no .shx (index) file beside it", hint);
}

}  // namespace ruralatlas::io::detail
