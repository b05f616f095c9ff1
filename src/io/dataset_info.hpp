#pragma once
// What `ruralatlas info` reports about a data file.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/field.hpp"
#include "core/geometry.hpp"

namespace ruralatlas::io {

struct KeyCheck {
  std::string column;
  bool unique = true;                   ///< no non-empty key appears twice
  std::size_t duplicate_count = 0;      ///< rows whose key appeared before
  std::vector<std::string> duplicates;  ///< first few duplicated keys (at most 10), in file order
  std::size_t empty_count = 0;          ///< rows without a key
};

struct LayerInfo {
  std::string name;
  std::string geometry_type;  ///< OGR's name ("Point", "Multi Polygon", ...); "None" for tables
  std::int64_t feature_count = 0;
  std::optional<core::Crs> crs;                             ///< nullopt: the source has none
  core::Envelope extent = core::empty_envelope();           ///< in the layer CRS
  core::Envelope extent_lonlat = core::empty_envelope();    ///< WGS 84 degrees, when a CRS is known
  std::vector<core::Field> fields;  ///< names in UTF-8
  std::string encoding;      ///< as users name it: "UTF-8", "GBK", "CP1252", ...
  std::string encoding_how;  ///< "cpg", "ldid", "detected" (from the bytes), "format" (UTF-8 by definition)
  std::optional<KeyCheck> key;  ///< when a key column was asked for and the layer has it
};

struct DatasetInfo {
  std::filesystem::path path;
  std::string driver;  ///< GDAL's short name, e.g. "ESRI Shapefile", "GPKG", "CSV", "XLSX"
  std::vector<LayerInfo> layers;
};

/// Describes every layer (or sheet) of a data file. With `key_column`, checks that column is a
/// unique key in each layer that has it (for spreadsheets after restoring codes Excel turned into
/// numbers). Throws core::Error (InputData) naming the file: missing or unreadable file, a
/// shapefile missing its .dbf/.shx, no layer with the key column (listing the fields), a damaged
/// key cell.
DatasetInfo describe_dataset(const std::filesystem::path& path, const std::string& key_column = {});

}  // namespace ruralatlas::io
