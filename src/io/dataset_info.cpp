#include "io/dataset_info.hpp"

#include <unordered_set>

#include "core/error.hpp"
#include "io/ogr_dataset.hpp"
#include "io/shapefile_encoding.hpp"
#include "io/shapefile_parts.hpp"
#include "io/spatial_reference.hpp"
#include "io/table_reader.hpp"

namespace ruralatlas::io {

namespace {

bool is_shapefile(const std::filesystem::path& path) { return detail::lower_extension(path) == ".shp"; }

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

KeyCheck check_key(const std::filesystem::path& path, const std::string& sheet, const std::string& column) {
  TableReadOptions options;
  options.sheet = sheet;
  options.key_columns = {column};
  const auto table = read_table(path, options);
  const std::size_t index = table.require_field(column);
  KeyCheck check;
  check.column = column;
  std::unordered_set<std::string> seen;
  for (const auto& row : table.rows) {
    const auto key = core::to_text(row[index]);
    if (key.empty()) {
      ++check.empty_count;
      continue;
    }
    if (!seen.insert(key).second) {
      ++check.duplicate_count;
      if (check.duplicates.size() < 10) check.duplicates.push_back(key);
    }
  }
  check.unique = check.duplicate_count == 0;
  return check;
}

LayerInfo describe_layer(OGRLayer& layer, const std::filesystem::path& path, const std::string& key_column) {
  LayerInfo info;
  info.name = layer.GetName();
  const auto type = wkbFlatten(layer.GetGeomType());
  info.geometry_type = type == wkbNone ? "None" : OGRGeometryTypeToName(type);
  info.feature_count = layer.GetFeatureCount();
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const auto* f = definition->GetFieldDefn(i);
    const auto t = f->GetType();
    info.fields.push_back({f->GetNameRef(),
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
  if (is_shapefile(path)) {
    auto encoding = detect_shapefile_encoding(path);
    info.encoding = encoding.encoding;
    info.encoding_how = encoding.how;
  } else {
    info.encoding = "UTF-8";
    info.encoding_how = "format";
  }
  // A table must have the key; a vector layer is checked only when it has the column.
  const bool has_key = definition->GetFieldIndex(key_column.c_str()) >= 0;
  if (!key_column.empty() && (has_key || info.geometry_type == "None"))
    info.key = check_key(path, info.name, key_column);
  return info;
}

}  // namespace

DatasetInfo describe_dataset(const std::filesystem::path& path, const std::string& key_column) {
  std::vector<std::string> open_options;
  if (is_shapefile(path) && std::filesystem::exists(path)) detail::check_shapefile_parts(path);
  if (detail::lower_extension(path) == ".csv") open_options = detail::csv_geometry_open_options();
  if (is_shapefile(path)) open_options.push_back("ENCODING=" + detect_shapefile_encoding(path).encoding);
  auto dataset = detail::open_vector_dataset(path, open_options);
  DatasetInfo info;
  info.path = path;
  info.driver = dataset->GetDriver() ? dataset->GetDriver()->GetDescription() : "?";
  for (int i = 0; i < dataset->GetLayerCount(); ++i) {
    OGRLayer& layer = *dataset->GetLayer(i);
    info.layers.push_back(describe_layer(layer, path, key_column));
  }
  return info;
}

}  // namespace ruralatlas::io
