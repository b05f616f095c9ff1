#include "io/vector_layer_writer.hpp"

#include <cstdint>
#include <optional>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"
#include "io/csv_table_writer.hpp"
#include "io/gdal_environment.hpp"
#include "io/geopackage_rtree.hpp"
#include "io/spatial_reference.hpp"

namespace ruralatlas::io {

namespace {

struct Format {
  const char* driver;
  std::vector<std::string> layer_options;
};

Format format_for(const std::filesystem::path& path) {
  const auto ext = path.extension().string();
  if (ext == ".gpkg") return {"GPKG", {"SPATIAL_INDEX=NO"}};  // filled in one pass: geopackage_rtree.hpp
  if (ext == ".shp") return {"ESRI Shapefile", {"ENCODING=UTF-8"}};
  if (ext == ".geojson" || ext == ".json") return {"GeoJSON", {"RFC7946=NO"}};
  if (ext == ".csv") return {"CSV", {}};  // written by write_csv_table, geometry as WKT
  core::Diagnostic d;
  d.file = path.string();
  d.message = "unknown output format '" + ext + "'";
  d.hint = "use .gpkg, .shp, .geojson or .csv";
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

OGRwkbGeometryType geometry_type(core::GeometryKind kind) {
  switch (kind) {
    case core::GeometryKind::Point: return wkbMultiPoint;
    case core::GeometryKind::Line: return wkbMultiLineString;
    case core::GeometryKind::Polygon: return wkbMultiPolygon;
    case core::GeometryKind::None: break;
  }
  return wkbNone;
}

template <class Ring>
OGRLinearRing* to_ring(const Ring& ring) {
  auto* out = new OGRLinearRing();
  for (const auto& p : ring) out->addPoint(p.x(), p.y());
  return out;
}

std::unique_ptr<OGRGeometry> to_ogr(const core::Geometry& geometry) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry)) {
    auto out = std::make_unique<OGRMultiPoint>();
    for (const auto& p : *points) out->addGeometryDirectly(new OGRPoint(p.x(), p.y()));
    return out;
  }
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    auto out = std::make_unique<OGRMultiLineString>();
    for (const auto& line : *lines) {
      auto* l = new OGRLineString();
      for (const auto& p : line) l->addPoint(p.x(), p.y());
      out->addGeometryDirectly(l);
    }
    return out;
  }
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    auto out = std::make_unique<OGRMultiPolygon>();
    for (const auto& polygon : *polygons) {
      auto* p = new OGRPolygon();
      p->addRingDirectly(to_ring(polygon.outer()));
      for (const auto& inner : polygon.inners()) p->addRingDirectly(to_ring(inner));
      out->addGeometryDirectly(p);
    }
    return out;
  }
  return nullptr;
}

/// Integer fields are 32-bit when every value fits (CSV and DBF readers handle them best).
OGRFieldType ogr_type(const core::Layer& layer, std::size_t field) {
  switch (layer.fields[field].type) {
    case core::FieldType::Integer:
      for (const auto& f : layer.features)
        if (const auto* i = std::get_if<std::int64_t>(&f.attributes[field]))
          if (*i > INT32_MAX || *i < INT32_MIN) return OFTInteger64;
      return OFTInteger;
    case core::FieldType::Real: return OFTReal;
    case core::FieldType::String: break;
  }
  return OFTString;
}

[[noreturn]] void write_error(const std::filesystem::path& path, const std::string& what) {
  const auto why = last_gdal_error();
  core::Diagnostic d;
  d.file = path.string();
  d.message = what + (why.empty() ? "" : ": " + why);
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

void set_value(OGRFeature& feature, int index, const core::Value& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) feature.SetField(index, static_cast<GIntBig>(*i));
  else if (const auto* d = std::get_if<double>(&value)) feature.SetField(index, *d);
  else if (const auto* s = std::get_if<std::string>(&value)) feature.SetField(index, s->c_str());
  else feature.SetFieldNull(index);
}

}  // namespace

void write_vector_layer(const core::Layer& layer, const std::filesystem::path& path, const VectorWriteOptions& options) {
  ensure_gdal();
  const auto format = format_for(path);
  const bool geometry = !options.attributes_only && layer.geometry_kind != core::GeometryKind::None;
  if (std::string_view(format.driver) == "CSV") return write_csv_table(layer, path, options.overwrite, geometry);
  AtomicFileWriter writer(path, options.overwrite);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.driver);
  if (!driver) write_error(path, std::string("GDAL has no ") + format.driver + " driver");
  clear_gdal_error();
  GDALDatasetUniquePtr dataset(driver->Create(writer.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) write_error(path, "cannot create the file");
  detail::SpatialReferencePtr srs;
  if (!layer.crs.empty()) srs = detail::to_spatial_reference(layer.crs);
  std::vector<const char*> layer_options;
  for (const auto& o : format.layer_options) layer_options.push_back(o.c_str());
  layer_options.push_back(nullptr);
  const std::string layer_name = layer.name.empty() ? path.stem().string() : layer.name;
  OGRLayer* out = dataset->CreateLayer(layer_name.c_str(), srs.get(), geometry ? geometry_type(layer.geometry_kind) : wkbNone,
                                       const_cast<char**>(layer_options.data()));
  if (!out) write_error(path, "cannot create layer '" + layer_name + "'");
  for (std::size_t i = 0; i < layer.fields.size(); ++i) {
    OGRFieldDefn definition(layer.fields[i].name.c_str(), ogr_type(layer, i));
    if (out->CreateField(&definition) != OGRERR_NONE) write_error(path, "cannot create field '" + layer.fields[i].name + "'");
  }
  std::optional<detail::DeferredGeoPackageRtree> rtree;
  if (geometry && std::string_view(format.driver) == "GPKG") rtree.emplace(*dataset, *out);
  std::vector<detail::RtreeEntry> boxes;
  if (out->StartTransaction() != OGRERR_NONE) write_error(path, "cannot start writing");
  for (const auto& feature : layer.features) {
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(out->GetLayerDefn()));
    for (std::size_t i = 0; i < layer.fields.size(); ++i) set_value(*f, static_cast<int>(i), feature.attributes[i]);
    if (geometry)
      if (auto g = to_ogr(feature.geometry)) f->SetGeometryDirectly(g.release());
    if (out->CreateFeature(f.get()) != OGRERR_NONE) write_error(path, "cannot write feature " + std::to_string(feature.fid));
    if (rtree)
      if (auto box = detail::rtree_entry(f->GetFID(), feature.geometry)) boxes.push_back(*box);
  }
  if (rtree) rtree->fill(boxes, path.string());
  if (out->CommitTransaction() != OGRERR_NONE) write_error(path, "cannot finish writing");
  dataset.reset();  // flush and close before the rename
  writer.commit();
}

}  // namespace ruralatlas::io
