#include "io/dataset_info.hpp"

#include <fstream>
#include <iterator>
#include <unordered_set>

#include <cpl_conv.h>
#include <cpl_string.h>

#include "core/error.hpp"
#include "io/ogr_dataset.hpp"
#include "io/shapefile_encoding.hpp"
#include "io/shapefile_parts.hpp"
#include "io/spatial_reference.hpp"
#include "io/table_reader.hpp"

namespace ruralatlas::io {

namespace {

bool is_shapefile(const std::filesystem::path& path) { return detail::lower_extension(path) == ".shp"; }
bool is_csv(const std::filesystem::path& path) { return detail::lower_extension(path) == ".csv"; }
bool is_spreadsheet(const std::filesystem::path& path) {
  const auto ext = detail::lower_extension(path);
  return ext == ".xlsx" || ext == ".ods";
}

/// Encoding of the file's text as GDAL names it, and how we know.
ShapefileEncoding source_encoding(const std::filesystem::path& path) {
  if (is_shapefile(path)) return detect_shapefile_encoding(path);
  if (is_csv(path) && std::filesystem::exists(path)) {
    std::ifstream in(path, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), {});
    return {is_valid_utf8(data) ? "UTF-8" : "CP936", "detected"};
  }
  return {"UTF-8", "format"};
}

/// GDAL recodes shapefiles itself (open option ENCODING); CSV text we recode here.
std::string to_utf8(const char* text, const std::string& encoding) {
  if (encoding == "UTF-8") return text;
  char* converted = CPLRecode(text, encoding.c_str(), CPL_ENC_UTF8);
  std::string out = converted;
  CPLFree(converted);
  return out;
}

core::Envelope lonlat_extent(const OGRSpatialReference& srs, const OGREnvelope& e) {
  detail::SpatialReferencePtr wgs84(new OGRSpatialReference());
  wgs84->SetWellKnownGeogCS("WGS84");
  wgs84->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  detail::SpatialReferencePtr from(srs.Clone());
  from->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  detail::CoordinateTransformationPtr ct(OGRCreateCoordinateTransformation(from.get(), wgs84.get()));
  double xmin, ymin, xmax, ymax;
  if (!ct || !ct->TransformBounds(e.MinX, e.MinY, e.MaxX, e.MaxY, &xmin, &ymin, &xmax, &ymax, 21))
    return core::empty_envelope();
  return core::Envelope{{xmin, ymin}, {xmax, ymax}};
}

class KeyCounter {
 public:
  explicit KeyCounter(std::string column) { m_check.column = std::move(column); }
  void add(const std::string& key) {
    if (key.empty()) {
      ++m_check.empty_count;
      return;
    }
    if (!m_seen.insert(key).second) {
      ++m_check.duplicate_count;
      if (m_check.duplicates.size() < 10) m_check.duplicates.push_back(key);
    }
  }
  KeyCheck result() {
    m_check.unique = m_check.duplicate_count == 0;
    return m_check;
  }

 private:
  KeyCheck m_check;
  std::unordered_set<std::string> m_seen;
};

/// Spreadsheet and CSV tables go through read_table, which restores codes stored as numbers
/// and rejects ones in scientific notation, as the join will.
KeyCheck check_table_key(const std::filesystem::path& path, const std::string& sheet, const std::string& column) {
  TableReadOptions options;
  options.sheet = sheet;
  options.key_columns = {column};
  const auto table = read_table(path, options);
  const std::size_t index = table.require_field(column);
  KeyCounter counter(column);
  for (const auto& row : table.rows) counter.add(core::to_text(row[index]));
  return counter.result();
}

KeyCheck check_layer_key(OGRLayer& layer, int field, const std::string& column, const std::string& encoding) {
  KeyCounter counter(column);
  layer.ResetReading();
  for (auto& feature : layer)
    counter.add(feature->IsFieldSetAndNotNull(field) ? to_utf8(feature->GetFieldAsString(field), encoding) : "");
  return counter.result();
}

LayerInfo describe_layer(OGRLayer& layer, const std::filesystem::path& path, const ShapefileEncoding& encoding) {
  // Shapefiles come out of GDAL already in UTF-8; CSV bytes are as in the file.
  const std::string text_encoding = is_csv(path) ? encoding.encoding : "UTF-8";
  LayerInfo info;
  info.name = layer.GetName();
  const auto type = wkbFlatten(layer.GetGeomType());
  info.geometry_type = type == wkbNone ? "None" : OGRGeometryTypeToName(type);
  info.feature_count = layer.GetFeatureCount(TRUE);
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const auto* f = definition->GetFieldDefn(i);
    const auto t = f->GetType();
    info.fields.push_back({to_utf8(f->GetNameRef(), text_encoding),
                           t == OFTInteger || t == OFTInteger64 ? core::FieldType::Integer
                           : t == OFTReal                       ? core::FieldType::Real
                                                                : core::FieldType::String,
                           f->GetWidth()});
  }
  if (const auto* srs = layer.GetSpatialRef()) {
    info.crs = detail::to_core_crs(*srs);
    OGREnvelope e;
    if (layer.GetExtent(&e, TRUE) == OGRERR_NONE) {
      info.extent = core::Envelope{{e.MinX, e.MinY}, {e.MaxX, e.MaxY}};
      info.extent_lonlat = lonlat_extent(*srs, e);
    }
  }
  info.encoding = encoding_display_name(encoding.encoding);
  info.encoding_how = encoding.how;
  return info;
}

[[noreturn]] void throw_no_key(const std::filesystem::path& path, const std::string& column,
                               const std::vector<LayerInfo>& layers) {
  std::string fields;
  for (const auto& layer : layers)
    for (const auto& f : layer.fields) fields += (fields.empty() ? "" : ", ") + f.name;
  core::throw_input_error(detail::display_name(path), "no column named '" + column + "'",
                          "available: " + (fields.empty() ? std::string("none") : fields));
}

}  // namespace

DatasetInfo describe_dataset(const std::filesystem::path& path, const std::string& key_column) {
  const bool shapefile = is_shapefile(path);
  if (shapefile && std::filesystem::exists(path)) detail::check_shapefile_parts(path);
  const auto encoding = std::filesystem::exists(path) ? source_encoding(path) : ShapefileEncoding{"UTF-8", "format"};
  std::vector<std::string> open_options;
  if (is_csv(path)) open_options = detail::csv_geometry_open_options();
  if (shapefile) open_options.push_back("ENCODING=" + encoding.encoding);
  auto dataset = detail::open_vector_dataset(path, open_options);
  DatasetInfo info;
  info.path = path;
  info.driver = dataset->GetDriver() ? dataset->GetDriver()->GetDescription() : "?";
  bool key_found = false;
  for (int i = 0; i < dataset->GetLayerCount(); ++i) {
    OGRLayer& layer = *dataset->GetLayer(i);
    info.layers.push_back(describe_layer(layer, path, encoding));
    if (key_column.empty()) continue;
    auto& layer_info = info.layers.back();
    int field = -1;
    for (std::size_t f = 0; f < layer_info.fields.size(); ++f)
      if (layer_info.fields[f].name == key_column) field = static_cast<int>(f);
    if (field < 0) continue;
    key_found = true;
    layer_info.key = is_spreadsheet(path) || (is_csv(path) && layer_info.geometry_type == "None")
                         ? check_table_key(path, layer_info.name, key_column)
                         : check_layer_key(layer, field, key_column, is_csv(path) ? encoding.encoding : "UTF-8");
  }
  if (!key_column.empty() && !key_found) throw_no_key(path, key_column, info.layers);
  return info;
}

}  // namespace ruralatlas::io
