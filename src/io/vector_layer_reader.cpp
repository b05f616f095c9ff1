#include "io/vector_layer_reader.hpp"

#include <algorithm>
#include <cctype>

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

core::Value read_value(OGRFeature& feature, int index, core::FieldType type) {
  if (!feature.IsFieldSetAndNotNull(index)) return {};
  switch (type) {
    case core::FieldType::Integer: return static_cast<std::int64_t>(feature.GetFieldAsInteger64(index));
    case core::FieldType::Real: return feature.GetFieldAsDouble(index);
    case core::FieldType::String: break;
  }
  return std::string(feature.GetFieldAsString(index));
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

}  // namespace

VectorReadResult read_vector_layer(const std::filesystem::path& path, const VectorReadOptions& options) {
  const bool shapefile = detail::lower_extension(path) == ".shp";
  if (shapefile && std::filesystem::exists(path)) detail::check_shapefile_parts(path);

  std::vector<std::string> open_options;
  std::string encoding = "UTF-8";
  if (shapefile) {
    auto detected = options.encoding ? ShapefileEncoding{*options.encoding, "layer file"}
                                     : detect_shapefile_encoding(path);
    encoding = detected.encoding == "GBK" ? "CP936" : detected.encoding;
    open_options.push_back("ENCODING=" + encoding);
  }
  if (detail::lower_extension(path) == ".csv") open_options = detail::csv_geometry_open_options();
  auto dataset = detail::open_vector_dataset(path, open_options);
  OGRLayer& source = detail::pick_layer(*dataset, path, options.layer_name);

  VectorReadResult result;
  core::Layer& layer = result.layer;
  layer.name = options.name.empty() ? source.GetName() : options.name;
  layer.source = detail::display_name(path);
  layer.encoding = encoding;
  layer.crs = layer_crs(source, path, options);

  OGRFeatureDefn* definition = source.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* f = definition->GetFieldDefn(i);
    layer.fields.push_back({f->GetNameRef(), field_type(f->GetType()), f->GetWidth()});
  }
  const auto count = source.GetFeatureCount();
  if (count > 0) layer.features.reserve(static_cast<std::size_t>(count));

  source.ResetReading();
  std::int64_t row = 0;
  for (auto& feature : source) {
    core::Feature out;
    out.fid = feature->GetFID() == OGRNullFID ? row : feature->GetFID();
    ++row;
    out.geometry = detail::to_core_geometry(feature->GetGeometryRef());
    const auto kind = core::kind_of(out.geometry);
    if (layer.geometry_kind == core::GeometryKind::None) layer.geometry_kind = kind;
    else if (kind != core::GeometryKind::None && kind != layer.geometry_kind) {
      core::Diagnostic d;
      d.file = layer.source;
      d.layer = layer.name;
      d.row = out.fid;
      d.message = std::string("layer mixes geometry types: this feature is a ") + core::to_string(kind) +
                  ", earlier ones are " + core::to_string(layer.geometry_kind);
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
      result.warnings.push_back(std::move(d));
    }
    out.attributes.reserve(layer.fields.size());
    for (std::size_t i = 0; i < layer.fields.size(); ++i)
      out.attributes.push_back(read_value(*feature, static_cast<int>(i), layer.fields[i].type));
    layer.features.push_back(std::move(out));
  }
  return result;
}

}  // namespace ruralatlas::io
