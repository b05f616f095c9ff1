#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path fixture(const char* name) { return test::test_data_dir() / "io" / name; }

std::string error_of(const std::filesystem::path& path, const io::VectorReadOptions& options = {}) {
  try {
    io::read_vector_layer(path, options);
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::InputData);
    return e.what();
  }
  ADD_FAILURE() << "expected an error reading " << path;
  return {};
}

std::string name_of(const core::Layer& layer, std::size_t row) {
  return core::to_text(layer.features[row].attributes[layer.require_field("name")]);
}

}  // namespace

TEST(VectorLayerReader, ShapefileAttributesTypesAndCrs) {
  const auto result = io::read_vector_layer(fixture("villages_utf8.shp"));
  const auto& layer = result.layer;
  ASSERT_EQ(layer.features.size(), 3u);
  EXPECT_EQ(layer.geometry_kind, core::GeometryKind::Point);
  EXPECT_EQ(layer.crs.epsg, 4490);
  EXPECT_TRUE(layer.crs.is_geographic);
  EXPECT_EQ(layer.encoding, "UTF-8");
  EXPECT_EQ(name_of(layer, 0), "原隆村");
  EXPECT_EQ(core::to_text(layer.features[0].attributes[layer.require_field("code")]), "640121104205");
  EXPECT_EQ(layer.fields[layer.require_field("pop")].type, core::FieldType::Integer);
  EXPECT_DOUBLE_EQ(std::get<double>(layer.features[2].attributes[layer.require_field("rate")]), 84.0);
  EXPECT_TRUE(core::is_null(layer.features[1].attributes[layer.require_field("rate")]));
  const auto& p = std::get<core::MultiPoint>(layer.features[2].geometry).front();
  EXPECT_DOUBLE_EQ(p.x(), 104.7);  // longitude first, whatever the CRS's axis order
  EXPECT_DOUBLE_EQ(p.y(), 36.55);
}

TEST(VectorLayerReader, HeaderGivesTheCrsAndTheExtentOfEveryFeature) {
  for (const auto& path : {fixture("villages_utf8.shp"), test::source_dir() / "sample-data/roads.shp"}) {
    const auto name = path.string();
    const auto layer = io::read_vector_layer(path).layer;
    const auto header = io::read_layer_header(path);
    EXPECT_EQ(header.crs.definition, layer.crs.definition) << name;
    const auto extent = layer.extent();
    EXPECT_DOUBLE_EQ(header.extent.min_corner().x(), extent.min_corner().x()) << name;
    EXPECT_DOUBLE_EQ(header.extent.min_corner().y(), extent.min_corner().y()) << name;
    EXPECT_DOUBLE_EQ(header.extent.max_corner().x(), extent.max_corner().x()) << name;
    EXPECT_DOUBLE_EQ(header.extent.max_corner().y(), extent.max_corner().y()) << name;
  }
  EXPECT_THROW(io::read_layer_header(fixture("no_such_layer.shp")), core::Error);
}

TEST(VectorLayerReader, GbkShapefileWithoutCpgIsDetected) {
  const auto layer = io::read_vector_layer(fixture("villages_gbk.shp")).layer;
  EXPECT_EQ(layer.encoding, "GBK");
  EXPECT_EQ(name_of(layer, 0), "原隆村");
  EXPECT_EQ(name_of(layer, 1), "泾灵南村");
}

TEST(VectorLayerReader, OnlyFieldsReadsTheNamedColumnsInSourceOrder) {
  const auto all = io::read_vector_layer(fixture("villages_gbk.shp")).layer;
  io::VectorReadOptions options;
  options.only_fields = std::vector<std::string>{"RATE", "name", "not_there"};
  const auto some = io::read_vector_layer(fixture("villages_gbk.shp"), options).layer;
  ASSERT_EQ(some.fields.size(), 2u);
  EXPECT_EQ(some.fields[0].name, "name");  // source order, whatever the order asked
  EXPECT_EQ(some.fields[1].name, "rate");
  ASSERT_EQ(some.features.size(), all.features.size());
  for (std::size_t row = 0; row < all.features.size(); ++row) {
    EXPECT_EQ(name_of(some, row), name_of(all, row));  // GBK names still decoded
    EXPECT_EQ(core::to_text(some.features[row].attributes[1]),
              core::to_text(all.features[row].attributes[all.require_field("rate")]));
    const auto& a = std::get<core::MultiPoint>(some.features[row].geometry).front();
    const auto& b = std::get<core::MultiPoint>(all.features[row].geometry).front();
    EXPECT_EQ(a.x(), b.x());
    EXPECT_EQ(a.y(), b.y());
  }
}

TEST(VectorLayerReader, ExplicitEncodingOverridesDetection) {
  io::VectorReadOptions options;
  options.encoding = "GBK";
  EXPECT_EQ(name_of(io::read_vector_layer(fixture("villages_gbk.shp"), options).layer, 2), "富坪村");
}

TEST(VectorLayerReader, GeoPackagePolygonsWithHolesAndInvalidOnesWarned) {
  const auto result = io::read_vector_layer(fixture("polygons.gpkg"));
  ASSERT_EQ(result.layer.features.size(), 2u);
  EXPECT_EQ(result.layer.crs.epsg, 4544);
  const auto& with_hole = std::get<core::MultiPolygon>(result.layer.features[0].geometry);
  ASSERT_EQ(with_hole.size(), 1u);
  EXPECT_EQ(with_hole[0].inners().size(), 1u);
  EXPECT_DOUBLE_EQ(boost::geometry::area(with_hole), 10000.0 * 10000.0 - 2000.0 * 2000.0);
  ASSERT_EQ(result.warnings.size(), 1u) << "only the bow tie is invalid";
  EXPECT_EQ(result.warnings[0].row, result.layer.features[1].fid);
  EXPECT_NE(result.warnings[0].to_string().find("polygons.gpkg"), std::string::npos);
}

TEST(VectorLayerReader, MissingFileNamesIt) {
  const auto what = error_of(fixture("nope.shp"));
  EXPECT_NE(what.find("nope.shp"), std::string::npos) << what;
  EXPECT_NE(what.find("not found"), std::string::npos) << what;
}

TEST(VectorLayerReader, RandomBytesAreNotAGisFile) {
  const auto what = error_of(fixture("not_gis.shp"));
  EXPECT_NE(what.find("not_gis.shp"), std::string::npos) << what;
  EXPECT_NE(what.find("not a shapefile"), std::string::npos) << what;
}

TEST(VectorLayerReader, ShapefileWithoutDbfSaysSo) {
  const auto what = error_of(fixture("no_dbf.shp"));
  EXPECT_NE(what.find("no_dbf.shp"), std::string::npos) << what;
  EXPECT_NE(what.find(".dbf"), std::string::npos) << what;
}

TEST(VectorLayerReader, ShapefileWithoutPrjNeedsACrsInItsLayerFile) {
  const auto what = error_of(fixture("no_prj.shp"));
  EXPECT_NE(what.find("no_prj.shp"), std::string::npos) << what;
  EXPECT_NE(what.find(".prj"), std::string::npos) << what;
  EXPECT_NE(what.find("crs: EPSG"), std::string::npos) << what;
  io::VectorReadOptions options;
  options.assumed_crs = "EPSG:4490";
  EXPECT_EQ(io::read_vector_layer(fixture("no_prj.shp"), options).layer.crs.epsg, 4490);
}

TEST(LayerReprojector, Cgcs2000ToGaussKrugerMatchesCs2cs) {
  const auto layer = io::read_vector_layer(fixture("villages_utf8.shp")).layer;
  const auto projected = io::reproject(layer, io::crs_from_user_text("EPSG:4544"));
  // echo "38.2 106.1" | cs2cs -d 3 EPSG:4490 EPSG:4544  →  4230269.719 596354.131
  const auto& p = std::get<core::MultiPoint>(projected.features[0].geometry).front();
  EXPECT_NEAR(p.x(), 596354.131, 0.01);
  EXPECT_NEAR(p.y(), 4230269.719, 0.01);
  EXPECT_FALSE(projected.crs.is_geographic);
  EXPECT_DOUBLE_EQ(projected.crs.metres_per_unit, 1.0);
  // The input layer is untouched.
  EXPECT_DOUBLE_EQ(std::get<core::MultiPoint>(layer.features[0].geometry).front().x(), 106.1);
}

TEST(CrsRegistry, EsriGaussKrugerNameIsIdentified) {
  const auto crs = io::crs_from_user_text(
      "PROJCS[\"CGCS2000_3_Degree_GK_CM_105E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
      "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
      "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
      "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",1.0],"
      "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
  EXPECT_EQ(crs.epsg, 4544);
  EXPECT_FALSE(crs.is_geographic);
}

TEST(CrsRegistry, UnknownTextIsAConfigError) {
  try {
    io::crs_from_user_text("EPSG:99999999");
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("EPSG:99999999"), std::string::npos);
  }
}

TEST(VectorLayerReader, MixedGeometryTypesAreAnErrorNamingTheFeature) {
  io::VectorReadOptions options;
  options.assumed_crs = "EPSG:4490";
  const auto what = error_of(fixture("mixed.geojson"), options);
  EXPECT_NE(what.find("mixed.geojson"), std::string::npos) << what;
  EXPECT_NE(what.find("mixes geometry types"), std::string::npos) << what;
  EXPECT_NE(what.find("row 1"), std::string::npos) << what;
}

TEST(VectorLayerReader, EmptyLayerReadsAsEmpty) {
  const auto layer = io::read_vector_layer(fixture("empty.geojson")).layer;
  EXPECT_TRUE(layer.features.empty());
  EXPECT_TRUE(core::is_empty(layer.extent()));
}

TEST(VectorLayerReader, MissingPrjWithZonePrefixedEastingsSuggestsTheZone) {
  const auto what = error_of(fixture("gk_zone35_no_prj.shp"));
  EXPECT_NE(what.find("zone prefix 35"), std::string::npos) << what;
  EXPECT_NE(what.find("EPSG:4523"), std::string::npos) << what;  // CGCS2000 / 3-degree Gauss-Kruger zone 35
  const auto lonlat = error_of(fixture("no_prj.shp"));
  EXPECT_NE(lonlat.find("look like longitude/latitude"), std::string::npos) << lonlat;
}

TEST(LayerReprojector, ZonePrefixedGaussKrugerToLonLatMatchesCs2cs) {
  io::VectorReadOptions options;
  options.assumed_crs = "EPSG:4523";
  const auto layer = io::read_vector_layer(fixture("gk_zone35_no_prj.shp"), options).layer;
  const auto lonlat = io::reproject(layer, io::crs_from_user_text("EPSG:4490"));
  // echo "4012345.6 35512345.6" | cs2cs -f "%.9f" EPSG:4523 EPSG:4490  →  36.241473344 105.137344187
  const auto& p = std::get<core::MultiPoint>(lonlat.features[0].geometry).front();
  EXPECT_NEAR(p.x(), 105.137344187, 1e-8);
  EXPECT_NEAR(p.y(), 36.241473344, 1e-8);
}

namespace {

/// Signed area by the shoelace formula: positive for a counter-clockwise ring.
template <class Ring>
double shoelace(const Ring& ring) {
  double twice = 0;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i)
    twice += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
  return twice / 2;
}

core::Value attribute(const core::Layer& layer, std::size_t row, const char* field) {
  return layer.features[row].attributes[layer.require_field(field)];
}

}  // namespace

TEST(VectorLayerReader, LinesAreMultiLineStringsWithTypedAttributes) {
  const auto result = io::read_vector_layer(fixture("roads_4544.shp"));
  const auto& layer = result.layer;
  EXPECT_TRUE(result.warnings.empty());
  EXPECT_EQ(layer.name, "roads_4544");
  EXPECT_EQ(layer.geometry_kind, core::GeometryKind::Line);
  EXPECT_EQ(layer.crs.epsg, 4544);
  EXPECT_FALSE(layer.crs.is_geographic);
  EXPECT_EQ(layer.encoding, "UTF-8");
  ASSERT_EQ(layer.features.size(), 3u);
  const auto& first = std::get<core::MultiLineString>(layer.features[0].geometry);
  ASSERT_EQ(first.size(), 1u) << "a LineString becomes a one-part MultiLineString";
  ASSERT_EQ(first[0].size(), 3u);
  EXPECT_DOUBLE_EQ(first[0][1].x(), 591000);
  EXPECT_DOUBLE_EQ(first[0][1].y(), 3986500);
  EXPECT_EQ(std::get<core::MultiLineString>(layer.features[1].geometry).size(), 2u);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(layer.features[2].geometry)) << "null geometry kept as empty";
  EXPECT_EQ(layer.fields[layer.require_field("road_id")].type, core::FieldType::String);
  EXPECT_EQ(layer.fields[layer.require_field("lanes")].type, core::FieldType::Integer);
  EXPECT_EQ(layer.fields[layer.require_field("width_m")].type, core::FieldType::Real);
  EXPECT_EQ(std::get<std::string>(attribute(layer, 1, "road_id")), "Y013");
  EXPECT_EQ(std::get<std::int64_t>(attribute(layer, 0, "lanes")), 2);
  EXPECT_DOUBLE_EQ(std::get<double>(attribute(layer, 0, "width_m")), 7.5);
  EXPECT_TRUE(core::is_null(attribute(layer, 1, "lanes")));
  EXPECT_TRUE(core::is_null(attribute(layer, 2, "grade")));
  EXPECT_EQ(layer.features[2].fid, 2);
}

TEST(VectorLayerReader, CounterClockwiseGeoJsonPolygonsAreTurnedClockwise) {
  const auto layer = io::read_vector_layer(fixture("parcels_ccw.geojson")).layer;
  EXPECT_EQ(layer.geometry_kind, core::GeometryKind::Polygon);
  EXPECT_EQ(layer.crs.epsg, 4544);
  ASSERT_EQ(layer.features.size(), 2u);
  const auto& p1 = std::get<core::MultiPolygon>(layer.features[0].geometry);
  ASSERT_EQ(p1.size(), 1u);
  ASSERT_EQ(p1[0].inners().size(), 1u);
  EXPECT_DOUBLE_EQ(shoelace(p1[0].outer()), -1000.0 * 1000.0) << "outer ring clockwise";
  EXPECT_DOUBLE_EQ(shoelace(p1[0].inners()[0]), 200.0 * 200.0) << "hole counter-clockwise";
  EXPECT_DOUBLE_EQ(boost::geometry::area(p1), 1000.0 * 1000.0 - 200.0 * 200.0);
  const auto& p2 = std::get<core::MultiPolygon>(layer.features[1].geometry);
  ASSERT_EQ(p2.size(), 2u);
  EXPECT_DOUBLE_EQ(boost::geometry::area(p2), 100.0 * 100.0 + 300.0 * 300.0);
}

TEST(VectorLayerReader, GbkFromTheLanguageDriverIdWithoutCpg) {
  ASSERT_FALSE(std::filesystem::exists(fixture("villages_gbk_ldid.cpg")));
  const auto layer = io::read_vector_layer(fixture("villages_gbk_ldid.shp")).layer;
  EXPECT_EQ(layer.encoding, "GBK");
  EXPECT_EQ(name_of(layer, 0), "原隆村");
  EXPECT_EQ(name_of(layer, 2), "富坪村");
}

TEST(VectorLayerReader, GbkCsvPointLayerIsRecoded) {
  test::TempDir dir;
  const auto csv = dir / "villages.csv";
  // "村名,lon,lat\n原隆村,106.1,38.2\n" in GBK (python3 -c "print(s.encode('gbk'))").
  std::ofstream(csv, std::ios::binary) << "\xb4\xe5\xc3\xfb,lon,lat\n\xd4\xad\xc2\xa1\xb4\xe5,106.1,38.2\n";
  io::VectorReadOptions options;
  options.assumed_crs = "EPSG:4490";
  const auto layer = io::read_vector_layer(csv, options).layer;
  EXPECT_EQ(layer.encoding, "GBK");
  ASSERT_EQ(layer.features.size(), 1u);
  EXPECT_EQ(core::to_text(attribute(layer, 0, "村名")), "原隆村");
  EXPECT_DOUBLE_EQ(std::get<core::MultiPoint>(layer.features[0].geometry).front().x(), 106.1);
}

TEST(VectorLayerReader, CorruptRecordIsAnErrorNamingTheFeature) {
  const auto what = error_of(fixture("corrupt_record.shp"));
  EXPECT_NE(what.find("corrupt_record.shp"), std::string::npos) << what;
  EXPECT_NE(what.find("feature 1"), std::string::npos) << what;
  EXPECT_NE(what.find("cannot be read"), std::string::npos) << what;
}

TEST(VectorLayerReader, NanCoordinateIsAnErrorNamingTheFeature) {
  const auto what = error_of(fixture("nan_coordinate.shp"));
  EXPECT_NE(what.find("nan_coordinate.shp"), std::string::npos) << what;
  EXPECT_NE(what.find("feature 0"), std::string::npos) << what;
  EXPECT_NE(what.find("not numbers"), std::string::npos) << what;
}

TEST(VectorLayerReader, ErrorsSayWhatToDo) {
  const auto missing = error_of(fixture("nope.shp"));
  EXPECT_NE(missing.find("check the path"), std::string::npos) << missing;
  const auto no_dbf = error_of(fixture("no_dbf.shp"));
  EXPECT_NE(no_dbf.find("copy all parts"), std::string::npos) << no_dbf;
}

TEST(VectorLayerReader, MissingLayerListsTheLayers) {
  io::VectorReadOptions options;
  options.layer_name = "roads";
  const auto what = error_of(fixture("polygons.gpkg"), options);
  EXPECT_NE(what.find("polygons.gpkg"), std::string::npos) << what;
  EXPECT_NE(what.find("'roads'"), std::string::npos) << what;
}

TEST(VectorLayerReader, ShapefileWithoutShxSaysSo) {
  test::TempDir dir;
  for (const char* ext : {".shp", ".dbf", ".prj", ".cpg"})
    std::filesystem::copy_file(fixture("villages_utf8.shp").replace_extension(ext), dir / (std::string("v") + ext));
  const auto what = error_of(dir / "v.shp");
  EXPECT_NE(what.find("v.shp"), std::string::npos) << what;
  EXPECT_NE(what.find(".shx"), std::string::npos) << what;
}
