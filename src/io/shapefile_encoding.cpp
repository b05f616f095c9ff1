#include "io/shapefile_encoding.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

namespace ruralatlas::io {

namespace {

std::filesystem::path sibling(const std::filesystem::path& shp, const char* lower, const char* upper) {
  auto p = shp;
  p.replace_extension(lower);
  if (std::filesystem::exists(p)) return p;
  p.replace_extension(upper);
  return p;
}

std::string trim(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return c == '\r' || c == '\n'; }), s.end());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  return s;
}

/// Language driver ids of the DBF header byte 29 that say something (ESRI's table).
std::string encoding_from_ldid(unsigned char ldid) {
  switch (ldid) {
    case 0x4d: return "CP936";  // Chinese GBK (PRC)
    case 0x7a: return "CP936";
    case 0x03: return "CP1252";
    case 0x57: return "ISO-8859-1";
    case 0x01: return "CP437";
    default: return {};
  }
}

}  // namespace

std::string gdal_encoding_name(std::string_view name) {
  std::string upper(name);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  if (upper == "GBK" || upper == "936" || upper == "CP936" || upper == "GB2312" || upper == "EUC-CN") return "CP936";
  if (upper == "UTF8" || upper == "UTF-8" || upper == "65001") return "UTF-8";
  return std::string(name);
}

std::string encoding_display_name(std::string_view gdal_name) {
  return gdal_encoding_name(gdal_name) == "CP936" ? "GBK" : std::string(gdal_name);
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    std::size_t extra = 0;
    if (c < 0x80) extra = 0;
    else if ((c >> 5) == 0x6) extra = 1;
    else if ((c >> 4) == 0xe) extra = 2;
    else if ((c >> 3) == 0x1e) extra = 3;
    else return false;
    if (i + extra >= bytes.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 0x2) return false;
    i += extra + 1;
  }
  return true;
}

ShapefileEncoding detect_shapefile_encoding(const std::filesystem::path& shp_path) {
  const auto cpg = sibling(shp_path, ".cpg", ".CPG");
  if (std::filesystem::exists(cpg)) {
    std::ifstream in(cpg);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    text = gdal_encoding_name(trim(text));
    if (!text.empty()) return {text, "cpg"};
  }
  const auto dbf = sibling(shp_path, ".dbf", ".DBF");
  std::ifstream in(dbf, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), {});
  if (data.size() > 32) {
    const auto ldid = encoding_from_ldid(static_cast<unsigned char>(data[29]));
    if (!ldid.empty()) return {ldid, "ldid"};
  }
  return {is_valid_utf8(data) ? "UTF-8" : "CP936", "detected"};
}

}  // namespace ruralatlas::io
