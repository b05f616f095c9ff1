#include "io/ogr_dataset.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/error.hpp"
#include "io/gdal_environment.hpp"

namespace ruralatlas::io::detail {

namespace {
std::vector<const char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<const char*> out;
  for (const auto& s : strings) out.push_back(s.c_str());
  out.push_back(nullptr);
  return out;
}
}  // namespace

std::string lower_extension(const std::filesystem::path& path) {
  auto ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool is_database_connection(const std::filesystem::path& source) { return source.native().rfind("PG:", 0) == 0; }

std::string display_name(const std::filesystem::path& source) {
  static const std::regex password("password\\s*=\\s*('[^']*'|\\S+)");
  return std::regex_replace(source.string(), password, "password=***");
}

std::vector<std::string> csv_geometry_open_options() {
  return {"X_POSSIBLE_NAMES=lon,lng,longitude,x,经度", "Y_POSSIBLE_NAMES=lat,latitude,y,纬度",
          "GEOM_POSSIBLE_NAMES=wkt,geometry,geom", "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=NO"};
}

GDALDatasetUniquePtr open_vector_dataset(const std::filesystem::path& path, const std::vector<std::string>& open_options,
                                         const std::vector<std::string>& allowed_drivers) {
  ensure_gdal();
  const bool database = is_database_connection(path);
  const bool in_memory = path.native().rfind("/vsimem/", 0) == 0;  // io's own in-memory copies
  if (!database && !in_memory && !std::filesystem::exists(path))
    core::throw_input_error(path.string(), "file not found", "check the path (relative paths start at the file that names it)");
  if (!database && std::filesystem::is_directory(path) && std::filesystem::is_empty(path))
    core::throw_input_error(path.string(), "folder is empty");
  clear_gdal_error();
  auto options = c_strings(open_options);
  auto drivers = c_strings(allowed_drivers);
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                 allowed_drivers.empty() ? nullptr : drivers.data(),
                                                 options.data(), nullptr));
  if (!dataset && database)
    core::throw_input_error(display_name(path), "cannot connect to the PostGIS database: " + last_gdal_error(),
                            "check that the server is running and the host, port, dbname and user are right");
  if (!dataset) {
    const auto why = last_gdal_error();
    core::throw_input_error(path.string(),
                            "not a readable vector data file" + (why.empty() ? std::string() : ": " + why),
                            "RuralAtlas reads shapefiles, GeoPackage, GeoJSON, FlatGeobuf, KML, CSV and spreadsheets");
  }
  if (dataset->GetLayerCount() == 0 && !database) core::throw_input_error(path.string(), "contains no vector layer");
  return dataset;
}

OGRLayer& pick_layer(GDALDataset& dataset, const std::filesystem::path& path, const std::string& name) {
  if (name.empty() && dataset.GetLayerCount() > 0) return *dataset.GetLayer(0);
  if (OGRLayer* layer = dataset.GetLayerByName(name.c_str())) return *layer;
  // A sheet may also be given by its position, 1 for the first.
  if (!name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); })) {
    const long index = std::stol(name);
    if (index >= 1 && index <= dataset.GetLayerCount()) return *dataset.GetLayer(static_cast<int>(index - 1));
  }
  std::string names;
  for (int i = 0; i < dataset.GetLayerCount(); ++i)
    names += (i ? ", " : "") + std::string(dataset.GetLayer(i)->GetName());
  core::throw_input_error(display_name(path), "no layer, table or sheet named '" + name + "'", "available: " + names);
}

}  // namespace ruralatlas::io::detail
