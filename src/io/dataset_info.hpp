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
  bool unique = true;
  std::size_t duplicate_count = 0;          ///< rows whose key appeared before
  std::vector<std::string> duplicates;      ///< first few duplicated keys
  std::size_t empty_count = 0;
};

struct LayerInfo {
  std::string name;
  std::string geometry_type;  ///< "None" for tables
  std::int64_t feature_count = 0;
  std::optional<core::Crs> crs;
  core::Envelope extent = core::empty_envelope();          ///< in the layer CRS
  core::Envelope extent_lonlat = core::empty_envelope();   ///< WGS 84 degrees, when a CRS is known
  std::vector<core::Field> fields;
  std::string encoding;      ///< e.g. "UTF-8", "CP936"
  std::string encoding_how;  ///< "cpg", "ldid", "detected", "format"
  std::optional<KeyCheck> key;
};

struct DatasetInfo {
  std::filesystem::path path;
  std::string driver;
  std::vector<LayerInfo> layers;
};

/// Throws core::Error (InputData) for missing or unreadable files, or a table without the key column.
DatasetInfo describe_dataset(const std::filesystem::path& path, const std::string& key_column = {});

}  // namespace ruralatlas::io
