#pragma once
// Which character encoding a shapefile's .dbf uses: the .cpg file, else the DBF language
// driver id, else a guess (valid UTF-8 → UTF-8, otherwise GBK, the usual Chinese legacy).
#include <filesystem>
#include <string>
#include <string_view>

namespace ruralatlas::io {

struct ShapefileEncoding {
  std::string encoding;  ///< GDAL/iconv name: "UTF-8", "CP936", "ISO-8859-1", ...
  std::string how;       ///< "cpg", "ldid", "detected"
};

ShapefileEncoding detect_shapefile_encoding(const std::filesystem::path& shp_path);
/// The name GDAL and iconv know for what a user or a .cpg writes: "GBK", "gbk", "936", "CP936",
/// "GB2312" → "CP936"; "utf8" → "UTF-8"; other names unchanged.
std::string gdal_encoding_name(std::string_view name);
/// The name users know for a GDAL encoding name: "CP936" → "GBK"; others unchanged.
std::string encoding_display_name(std::string_view gdal_name);
/// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

}  // namespace ruralatlas::io
