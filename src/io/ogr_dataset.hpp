#pragma once
// Opening OGR datasets with messages that name the file (io-internal).
#include <filesystem>
#include <string>
#include <vector>

#include "io/gdal_handles.hpp"

namespace ruralatlas::io::detail {

/// True for a PostGIS connection string ("PG:host=… dbname=…"), which is not a file.
bool is_database_connection(const std::filesystem::path& source);
/// The source as shown in messages: passwords in connection strings masked.
std::string display_name(const std::filesystem::path& source);

/// Opens a vector dataset read-only. Throws InputData errors: missing file, not a GIS file.
GDALDatasetUniquePtr open_vector_dataset(const std::filesystem::path& path,
                                         const std::vector<std::string>& open_options = {},
                                         const std::vector<std::string>& allowed_drivers = {});
/// ".shp" for "A.SHP": extensions compared without regard to case.
std::string lower_extension(const std::filesystem::path& path);

/// Open options that make a CSV a point layer from lon/lat columns or a WKT column, all
/// other columns text.
std::vector<std::string> csv_geometry_open_options();

/// The named layer, or the first; throws naming the available layers.
OGRLayer& pick_layer(GDALDataset& dataset, const std::filesystem::path& path, const std::string& name);

}  // namespace ruralatlas::io::detail
