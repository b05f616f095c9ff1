// End-to-end: `ruralatlas info` on real files and on broken ones.
#include <fstream>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::TempDir;
using ruralatlas::test::test_data_dir;

TEST(InfoCommand, SampleVillagesLayer) {
  auto r = run_cli({"info", "sample-data/villages.shp"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("driver: ESRI Shapefile"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Point, 4317 features"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("EPSG:4490"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("encoding: UTF-8 (from .cpg)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("vill_code"), std::string::npos) << r.out;
}

TEST(InfoCommand, TableKeyUniquenessInCsvAndXlsx) {
  auto r = run_cli({"info", "sample-data/village_indicators.csv", "sample-data/village_indicators.xlsx", "--key",
                    "village_code"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("table: 4317 rows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("key village_code: unique"), std::string::npos) << r.out;
}

TEST(InfoCommand, GbkShapefileReportsDetectedEncodingAndJson) {
  auto r = run_cli({"info", (test_data_dir() / "io/villages_gbk.shp").string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"encoding\": \"GBK\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"encoding_source\": \"detected\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"epsg\": 4490"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"feature_count\": 3"), std::string::npos) << r.out;
}

TEST(InfoCommand, DuplicateKeysAreCounted) {
  ruralatlas::test::TempDir dir;
  const auto csv = dir / "dup.csv";
  std::ofstream(csv) << "village_code,x\n640121104205,1\n640121104205,2\n620421100001,3\n";
  auto r = run_cli({"info", csv.string(), "--key", "village_code"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("NOT unique, 1 duplicated rows (e.g. 640121104205)"), std::string::npos) << r.out;
}

TEST(InfoCommand, LayerWithoutPrjSaysWhatToDo) {
  auto r = run_cli({"info", (test_data_dir() / "io/no_prj.shp").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("CRS: none"), std::string::npos) << r.out;
}

TEST(InfoCommand, BadInputsExitOneNamingTheFile) {
  for (const char* name : {"io/nope.shp", "io/not_gis.shp", "io/no_dbf.shp"}) {
    SCOPED_TRACE(name);
    const auto path = (test_data_dir() / name).string();
    auto r = run_cli({"info", path});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
  }
}

TEST(InfoCommand, UsageErrors) {
  EXPECT_EQ(run_cli({"info", "--help"}).exit_code, 0);
  EXPECT_EQ(run_cli({"info"}).exit_code, 2);
  EXPECT_EQ(run_cli({}).exit_code, 2);
  EXPECT_EQ(run_cli({"frobnicate"}).exit_code, 2);
}

TEST(InfoCommand, LineShapefileReportShowsEveryPart) {
  const auto path = (test_data_dir() / "io/roads_4544.shp").string();
  auto r = run_cli({"info", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Expected values as ogrinfo -so prints them for the same file.
  for (const char* expected : {"driver: ESRI Shapefile", "layer: roads_4544", "geometry: Line String, 3 features",
                               "CRS: CGCS2000 / 3-degree Gauss-Kruger CM 105E (EPSG:4544)",
                               "extent: 590000.0, 3984000.0 – 592500.0, 3986500.0", "encoding: UTF-8 (from .cpg)",
                               "fields (4):", "road_id", "String(80)", "width_m", "Real(24)", "lanes", "Integer(9)"})
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  EXPECT_TRUE(r.err.empty()) << "GDAL kept quiet: " << r.err;
}

TEST(InfoCommand, JsonIsCompleteForSeveralPaths) {
  auto r = run_cli({"info", "--json", (test_data_dir() / "io/roads_4544.shp").string(),
                    (test_data_dir() / "io/villages_gbk_ldid.shp").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.front(), '[');
  EXPECT_NE(r.out.find("\"extent\": [590000, 3984000, 592500, 3986500]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"epsg\": 4544"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"encoding\": \"GBK\", \"encoding_source\": \"ldid\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"name\": \"name\", \"type\": \"String\""), std::string::npos) << r.out;
  // The document parses (python3 is on every machine that builds this).
  TempDir dir;
  std::ofstream(dir / "out.json") << r.out;
  const auto parsed = ruralatlas::test::run_shell("python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); "
                                                  "print(len(d), d[1][\"layers\"][0][\"feature_count\"])' " +
                                                  (dir / "out.json").string());
  EXPECT_EQ(parsed.exit_code, 0);
  EXPECT_EQ(parsed.out, "2 3\n");
}

TEST(InfoCommand, SpreadsheetKeyWithSheets) {
  auto r = run_cli({"info", (test_data_dir() / "io/sheets.xlsx").string(), "--key", "village_code"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("driver: XLSX"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("layer: 指标\n    table: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("key village_code: unique"), std::string::npos) << r.out;
}

TEST(InfoCommand, KeyThatIsNowhereIsAnErrorListingTheFields) {
  const auto path = (test_data_dir() / "io/roads_4544.shp").string();
  auto r = run_cli({"info", path, "--key", "village_code"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("ruralatlas: error: " + path), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("road_id, grade"), std::string::npos) << r.err;
}
