#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/dataset_info.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {
std::filesystem::path fixture(const char* name) { return test::test_data_dir() / "io" / name; }
}  // namespace

TEST(DatasetInfo, LineShapefileCountCrsExtentFields) {
  const auto info = io::describe_dataset(fixture("roads_4544.shp"));
  EXPECT_EQ(info.driver, "ESRI Shapefile");
  ASSERT_EQ(info.layers.size(), 1u);
  const auto& layer = info.layers[0];
  EXPECT_EQ(layer.name, "roads_4544");
  EXPECT_EQ(layer.geometry_type, "Line String");  // ogrinfo: "Geometry: Line String"
  EXPECT_EQ(layer.feature_count, 3);
  ASSERT_TRUE(layer.crs);
  EXPECT_EQ(layer.crs->epsg, 4544);
  // Coordinates of fixture_sources/roads.geojson.
  EXPECT_DOUBLE_EQ(layer.extent.min_corner().x(), 590000);
  EXPECT_DOUBLE_EQ(layer.extent.min_corner().y(), 3984000);
  EXPECT_DOUBLE_EQ(layer.extent.max_corner().x(), 592500);
  EXPECT_DOUBLE_EQ(layer.extent.max_corner().y(), 3986500);
  // The corners in lon/lat (WGS 84 and CGCS2000 agree to centimetres):
  // printf "3984000 590000\n3984000 592500\n3986500 590000\n3986500 592500\n" |
  //   cs2cs -f %.6f EPSG:4544 EPSG:4490
  // → 35.981947 105.997941 / 35.981713 106.025658 / 36.004474 105.998225 / 36.004240 106.025950
  EXPECT_NEAR(layer.extent_lonlat.min_corner().x(), 105.997941, 1e-5);  // south-west
  EXPECT_NEAR(layer.extent_lonlat.min_corner().y(), 35.981713, 1e-5);   // south-east
  EXPECT_NEAR(layer.extent_lonlat.max_corner().x(), 106.025950, 1e-5);  // north-east
  EXPECT_NEAR(layer.extent_lonlat.max_corner().y(), 36.004474, 1e-5);   // north-west
  ASSERT_EQ(layer.fields.size(), 4u);
  EXPECT_EQ(layer.fields[0].name, "road_id");
  EXPECT_EQ(layer.fields[0].type, core::FieldType::String);
  EXPECT_EQ(layer.fields[2].name, "width_m");
  EXPECT_EQ(layer.fields[2].type, core::FieldType::Real);
  EXPECT_EQ(layer.fields[2].width, 24);  // ogrinfo: width_m: Real (24.15)
  EXPECT_EQ(layer.encoding, "UTF-8");
  EXPECT_EQ(layer.encoding_how, "cpg");
}

TEST(DatasetInfo, EncodingAndHowItWasFound) {
  struct Case {
    const char* file;
    const char* encoding;
    const char* how;
  };
  for (const auto& c : {Case{"villages_utf8.shp", "UTF-8", "cpg"}, Case{"villages_gbk_ldid.shp", "GBK", "ldid"},
                        Case{"villages_gbk.shp", "GBK", "detected"}, Case{"indicators_gbk.csv", "GBK", "detected"},
                        Case{"indicators_bom.csv", "UTF-8", "detected"}, Case{"polygons.gpkg", "UTF-8", "format"},
                        Case{"sheets.xlsx", "UTF-8", "format"}}) {
    SCOPED_TRACE(c.file);
    const auto info = io::describe_dataset(fixture(c.file));
    ASSERT_FALSE(info.layers.empty());
    EXPECT_EQ(info.layers[0].encoding, c.encoding);
    EXPECT_EQ(info.layers[0].encoding_how, c.how);
  }
}

TEST(DatasetInfo, GbkCsvFieldNamesAreUtf8) {
  test::TempDir dir;
  const auto csv = dir / "t.csv";
  std::ofstream(csv, std::ios::binary) << "\xb4\xe5\xc3\xfb,x\n\xd4\xad\xc2\xa1\xb4\xe5,1\n";  // 村名,x / 原隆村,1 in GBK
  const auto info = io::describe_dataset(csv, "村名");
  ASSERT_EQ(info.layers.size(), 1u);
  EXPECT_EQ(info.layers[0].geometry_type, "None");
  EXPECT_EQ(info.layers[0].fields[0].name, "村名");
  ASSERT_TRUE(info.layers[0].key);
  EXPECT_TRUE(info.layers[0].key->unique);
}

TEST(DatasetInfo, SpreadsheetSheetsAndKeyAfterRestoringCodes) {
  const auto info = io::describe_dataset(fixture("sheets.xlsx"), "village_code");
  EXPECT_EQ(info.driver, "XLSX");
  ASSERT_EQ(info.layers.size(), 2u);
  EXPECT_EQ(info.layers[0].name, "说明");
  EXPECT_FALSE(info.layers[0].key) << "the notes sheet has no such column";
  EXPECT_EQ(info.layers[1].name, "指标");
  ASSERT_TRUE(info.layers[1].key);
  EXPECT_TRUE(info.layers[1].key->unique);
  EXPECT_EQ(info.layers[1].key->empty_count, 0u) << "the blank row is no record";
}

TEST(DatasetInfo, DuplicateKeysInAVectorLayerAreListed) {
  test::TempDir dir;
  const auto geojson = dir / "v.geojson";
  std::ofstream(geojson) << R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"code":"640121104205"},"geometry":{"type":"Point","coordinates":[106.1,38.2]}},
{"type":"Feature","properties":{"code":"640121104205"},"geometry":{"type":"Point","coordinates":[106.2,38.2]}},
{"type":"Feature","properties":{"code":null},"geometry":{"type":"Point","coordinates":[106.3,38.2]}},
{"type":"Feature","properties":{"code":"620421100001"},"geometry":{"type":"Point","coordinates":[106.4,38.2]}}]})";
  const auto info = io::describe_dataset(geojson, "code");
  ASSERT_TRUE(info.layers[0].key);
  const auto& key = *info.layers[0].key;
  EXPECT_FALSE(key.unique);
  EXPECT_EQ(key.duplicate_count, 1u);
  EXPECT_EQ(key.duplicates, (std::vector<std::string>{"640121104205"}));
  EXPECT_EQ(key.empty_count, 1u);
}

TEST(DatasetInfo, KeyColumnNowhereListsTheFields) {
  try {
    io::describe_dataset(fixture("roads_4544.shp"), "village_code");
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("roads_4544.shp"), std::string::npos) << what;
    EXPECT_NE(what.find("'village_code'"), std::string::npos) << what;
    EXPECT_NE(what.find("road_id, grade, width_m, lanes"), std::string::npos) << what;
  }
}

TEST(DatasetInfo, LayerWithoutCrsIsDescribedNotRefused) {
  const auto info = io::describe_dataset(fixture("no_prj.shp"));
  ASSERT_EQ(info.layers.size(), 1u);
  EXPECT_FALSE(info.layers[0].crs);
  EXPECT_EQ(info.layers[0].feature_count, 3);
}

TEST(DatasetInfo, BrokenInputsAreInputErrorsNamingTheFile) {
  for (const char* name : {"nope.shp", "not_gis.shp", "no_dbf.shp"}) {
    SCOPED_TRACE(name);
    try {
      io::describe_dataset(fixture(name));
      FAIL() << "expected an error";
    } catch (const core::Error& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::InputData);
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
    }
  }
}
