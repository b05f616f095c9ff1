#pragma once
#include <filesystem>

namespace ruralatlas::io::detail {

/// Throws InputData naming the .shp when it is not a shapefile at all (its header lacks the
/// shapefile file code), or when its .dbf or .shx is missing (GDAL would open it anyway and
/// silently return no attributes).
void check_shapefile_parts(const std::filesystem::path& shp_path);

}  // namespace ruralatlas::io::detail
