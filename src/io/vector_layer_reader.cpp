#include "io/vector_layer_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <iterator>

#include <cpl_conv.h>
#include <cpl_string.h>

#include "io/crs_registry.hpp"
#include "io/gdal_environment.hpp"
#include "io/ogr_dataset.hpp"
#include "io/ogr_geometry_conversion.hpp"
#include "io/shapefile_encoding.hpp"
#include "io/shapefile_parts.hpp"
#include "io/spatial_reference.hpp"

namespace ruralatlas::io {

namespace {

core::FieldType field_type(OGRFieldType type) {
  switch (type) {
    case OFTInteger:
    case OFTInteger64: return core::FieldType::Integer;
    case OFTReal: return core::FieldType::Real;
    default: return core::FieldType::String;
  }
}

/// Text from a source that is not UTF-8 (and that GDAL does not recode) to UTF-8.
class Recoder {
 public:
  explicit Recoder(std::string from) : m_from(std::move(from)) {}
  std::string operator()(const char* text) const {
    if (m_from == "UTF-8") return text;
    char* converted = CPLRecode(text, m_from.c_str(), CPL_ENC_UTF8);
    std::string out = converted;
    CPLFree(converted);
    return out;
  }

 private:
  std::string m_from;
};

core::Value read_value(OGRFeature& feature, int index, core::FieldType type, const Recoder& recode) {
  if (!feature.IsFieldSetAndNotNull(index)) return {};
  switch (type) {
    case core::FieldType::Integer: return static_cast<std::int64_t>(feature.GetFieldAsInteger64(index));
    case core::FieldType::Real: return feature.GetFieldAsDouble(index);
    case core::FieldType::String: break;
  }
  return recode(feature.GetFieldAsString(index));
}

/// The kind a source declares for its layer (so an empty layer still has one).
core::GeometryKind declared_kind(OGRwkbGeometryType type) {
  switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint: return core::GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve: return core::GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface: return core::GeometryKind::Polygon;
    default: return core::GeometryKind::None;
  }
}

bool file_is_utf8(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), {});
  return is_valid_utf8(data);
}

[[noreturn]] void throw_unreadable(const core::Layer& layer, std::int64_t fid, const std::string& what) {
  core::Diagnostic d;
  d.file = layer.source;
  d.layer = layer.name;
  d.row = fid;
  d.message = "feature " + std::to_string(fid) + ": " + what;
  d.hint = "the file is damaged; export the layer again from the program that made it, or repair it with "
           "ogr2ogr -skipfailures and check what was dropped";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

/// What the coordinates of a CRS-less layer look like, as advice for its layer file.
std::string crs_guess(OGRLayer& layer) {
  OGREnvelope e;
  if (layer.GetExtent(&e, TRUE) != OGRERR_NONE) return "e.g. EPSG:4490 for CGCS2000 longitude/latitude";
  const bool northing = e.MinY > 1e6 && e.MaxY < 6.5e6;
  if (e.MinX >= 73 && e.MaxX <= 136 && e.MinY >= 3 && e.MaxY <= 54)
    return "the coordinates look like longitude/latitude: EPSG:4490 (CGCS2000) or EPSG:4326 (WGS 84)";
  const int prefix = static_cast<int>(e.MinX / 1e6);
  if (northing && prefix == static_cast<int>(e.MaxX / 1e6)) {
    if (prefix >= 25 && prefix <= 45)
      return "the eastings carry zone prefix " + std::to_string(prefix) + ": CGCS2000 3-degree Gauss-Kruger zone " +
             std::to_string(prefix) + " is EPSG:" + std::to_string(4513 + prefix - 25);
    if (prefix >= 13 && prefix <= 23)
      return "the eastings carry zone prefix " + std::to_string(prefix) + ": CGCS2000 6-degree Gauss-Kruger zone " +
             std::to_string(prefix) + " is EPSG:" + std::to_string(4491 + prefix - 13);
  }
  if (northing && e.MinX > 1e5 && e.MaxX < 9e5)
    return "the coordinates look like Gauss-Kruger metres without a zone prefix: CGCS2000 3-degree zones are "
           "EPSG:4534 (75°E) to EPSG:4554 (135°E), e.g. EPSG:4544 for 105°E";
  return "e.g. EPSG:4490 for CGCS2000 longitude/latitude";
}

core::Crs layer_crs(OGRLayer& layer, const std::filesystem::path& path, const VectorReadOptions& options) {
  if (const OGRSpatialReference* srs = layer.GetSpatialRef()) return detail::to_core_crs(*srs);
  if (options.assumed_crs) return crs_from_user_text(*options.assumed_crs);
  const bool shapefile = detail::lower_extension(path) == ".shp";
  core::throw_input_error(path.string(),
                          shapefile ? "layer has no coordinate system (.prj missing)" : "layer has no coordinate system",
                          "add `crs: EPSG:<code>` to its layer file; " + crs_guess(layer));
}

bool same_name_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

/// Source column indices to read; tells OGR to skip decoding the others (and the style string).
std::vector<int> columns_to_read(OGRLayer& source, const std::optional<std::vector<std::string>>& only,
                                 const Recoder& recode) {
  const OGRFeatureDefn* definition = source.GetLayerDefn();
  std::vector<int> columns;
  CPLStringList ignored;
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const char* name = definition->GetFieldDefn(i)->GetNameRef();
    const std::string utf8 = recode(name);
    const bool wanted = !only || std::any_of(only->begin(), only->end(),
                                             [&](const std::string& w) { return same_name_ignoring_case(w, utf8); });
    if (wanted) columns.push_back(i);
    else ignored.AddString(name);
  }
  if (only) {
    ignored.AddString("OGR_STYLE");
    source.SetIgnoredFields(const_cast<const char**>(ignored.List()));
  }
  return columns;
}

}  // namespace

std::vector<core::Diagnostic> stream_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options,
                                                  const std::function<void(const core::Layer&)>& on_header,
                                                  const std::function<void(core::Feature&&)>& on_feature) {
  const auto extension = detail::lower_extension(path);
  const bool shapefile = extension == ".shp";
  if (shapefile && std::filesystem::exists(path)) detail::check_shapefile_parts(path);

  // Shapefiles are recoded by GDAL (open option ENCODING). CSV has no declared encoding either:
  // we recode it ourselves when it is not UTF-8. Other formats define their encoding (UTF-8 for
  // GeoPackage, GeoJSON, FlatGeobuf; XML declarations), so options.encoding does not apply.
  std::vector<std::string> open_options;
  std::string encoding = "UTF-8";
  if (shapefile) {
    encoding = options.encoding ? gdal_encoding_name(*options.encoding) : detect_shapefile_encoding(path).encoding;
    open_options.push_back("ENCODING=" + encoding);
  } else if (extension == ".csv") {
    if (options.encoding) encoding = gdal_encoding_name(*options.encoding);
    else if (std::filesystem::exists(path) && !file_is_utf8(path)) encoding = "CP936";
  }
  const Recoder recode(shapefile ? "UTF-8" : encoding);
  if (extension == ".csv") open_options = detail::csv_geometry_open_options();
  auto dataset = detail::open_vector_dataset(path, open_options);
  OGRLayer& source = detail::pick_layer(*dataset, path, options.layer_name);

  std::vector<core::Diagnostic> warnings;
  core::Layer layer;  // the header: no features
  layer.name = options.name.empty() ? source.GetName() : options.name;
  layer.source = detail::display_name(path);
  layer.encoding = encoding_display_name(encoding);
  layer.crs = layer_crs(source, path, options);
  layer.geometry_kind = declared_kind(source.GetGeomType());
  // The shapefile driver stamps every geometry with the layer's SRS and releases it again: two
  // atomic reference counts per feature, a fifth of reading a national road network. The CRS
  // is in `layer.crs` already, so the (read-only) layer definition can forget it.
  if (shapefile && source.GetLayerDefn()->GetGeomFieldCount() == 1)
    source.GetLayerDefn()->GetGeomFieldDefn(0)->SetSpatialRef(nullptr);

  const auto columns = columns_to_read(source, options.only_fields, recode);
  OGRFeatureDefn* definition = source.GetLayerDefn();
  for (const int i : columns) {
    const OGRFieldDefn* f = definition->GetFieldDefn(i);
    layer.fields.push_back({recode(f->GetNameRef()), field_type(f->GetType()), f->GetWidth()});
  }
  on_header(layer);

  source.ResetReading();
  std::int64_t row = 0;
  std::size_t delivered = 0;
  core::GeometryKind first_kind = core::GeometryKind::None;
  for (;;) {
    // GDAL reports a corrupt record as an error and returns the feature without geometry (or
    // stops): either way the feature must not silently lose its shape.
    const auto failures_before = gdal_failure_count();
    clear_gdal_error();
    OGRFeatureUniquePtr feature(source.GetNextFeature());
    const bool failed = gdal_failure_count() != failures_before;
    if (!feature) {
      if (failed)
        throw_unreadable(layer, row, "reading stopped after " + std::to_string(delivered) +
                                         " features: " + last_gdal_error());
      break;
    }
    core::Feature out;
    out.fid = feature->GetFID() == OGRNullFID ? row : feature->GetFID();
    ++row;
    if (failed) throw_unreadable(layer, out.fid, "geometry cannot be read: " + last_gdal_error());
    out.geometry = detail::to_core_geometry(feature->GetGeometryRef());
    if (!detail::has_finite_coordinates(out.geometry))
      throw_unreadable(layer, out.fid, "geometry has coordinates that are not numbers (NaN or infinite)");
    const auto kind = core::kind_of(out.geometry);
    if (first_kind == core::GeometryKind::None) first_kind = kind;
    else if (kind != core::GeometryKind::None && kind != first_kind) {
      core::Diagnostic d;
      d.file = layer.source;
      d.layer = layer.name;
      d.row = out.fid;
      d.message = std::string("layer mixes geometry types: this feature is a ") + core::to_string(kind) +
                  ", earlier ones are " + core::to_string(first_kind);
      d.hint = "a layer holds one geometry type; split it, e.g. ogr2ogr -where \"OGR_GEOMETRY='POLYGON'\"";
      throw core::Error(core::ErrorKind::InputData, std::move(d));
    }
    if (auto problem = detail::validity_problem(out.geometry)) {
      core::Diagnostic d;
      d.file = layer.source;
      d.layer = layer.name;
      d.row = out.fid;
      d.message = "invalid geometry (" + *problem + "), drawn as read";
      d.hint = "repair it in the source, e.g. with ogr2ogr -makevalid";
      warnings.push_back(std::move(d));
    }
    out.attributes.reserve(layer.fields.size());
    for (std::size_t i = 0; i < layer.fields.size(); ++i)
      out.attributes.push_back(read_value(*feature, columns[i], layer.fields[i].type, recode));
    on_feature(std::move(out));
    ++delivered;
  }
  return warnings;
}

VectorReadResult read_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options) {
  VectorReadResult result;
  core::Layer& layer = result.layer;
  core::GeometryKind first_kind = core::GeometryKind::None;
  result.warnings = stream_vector_layer(
      path, options, [&](const core::Layer& header) { layer = header; },
      [&](core::Feature&& feature) {
        if (first_kind == core::GeometryKind::None) first_kind = core::kind_of(feature.geometry);
        layer.features.push_back(std::move(feature));
      });
  if (first_kind != core::GeometryKind::None) layer.geometry_kind = first_kind;
  return result;
}

LayerHeader read_layer_header(const std::filesystem::path& path, const VectorReadOptions& options) {
  const auto open_options = detail::lower_extension(path) == ".csv" ? detail::csv_geometry_open_options()
                                                                     : std::vector<std::string>{};
  auto dataset = detail::open_vector_dataset(path, open_options);
  OGRLayer& source = detail::pick_layer(*dataset, path, options.layer_name);
  LayerHeader header;
  header.crs = layer_crs(source, path, options);
  OGREnvelope e;
  if (source.GetExtent(&e, FALSE) == OGRERR_NONE && source.GetFeatureCount(FALSE) != 0)
    header.extent = core::Envelope{{e.MinX, e.MinY}, {e.MaxX, e.MaxY}};
  return header;
}

}  // namespace ruralatlas::io
