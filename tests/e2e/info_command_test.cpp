// End-to-end: `ruralatlas info` on real files and on broken ones.
#include <fstream>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
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
  EXPECT_NE(r.out.find("\"encoding\": \"CP936\""), std::string::npos) << r.out;
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
