// End-to-end: every vector format RuralAtlas reads, through the real CLI; GBK names on a map.
#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;

namespace {
std::string io_fixture(const char* name) { return (test::test_data_dir() / "io" / name).string(); }
}  // namespace

TEST(Formats, EveryVectorFormatLoads) {
  struct Case {
    const char* file;
    const char* count;
  };
  for (const auto& c : {Case{"villages_utf8.shp", "3 features"}, Case{"polygons.gpkg", "2 features"},
                        Case{"points.geojson", "3 features"}, Case{"villages.fgb", "3 features"},
                        Case{"villages.kml", "3 features"}, Case{"villages_lonlat.csv", "Point, 3 features"},
                        Case{"villages_wkt.csv", "2 features"}}) {
    SCOPED_TRACE(c.file);
    auto r = run_cli({"info", io_fixture(c.file)});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(c.count), std::string::npos) << r.out;
  }
}

TEST(Formats, CsvWithLonLatColumnsIsAMapLayerWhenItsCrsIsStated) {
  test::TempDir dir;
  auto r = run_cli({"render", (test::test_data_dir() / "render_gbk/project_csv.yaml").string(), "--out",
                    dir.path().string(), "--format", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto text = test::run_shell("pdftotext '" + (dir / "project_csv.pdf").string() + "' -").out;
  EXPECT_NE(text.find("泾灵南村"), std::string::npos) << text;
}

TEST(Formats, GbkShapefileNamesAreRightOnTheRenderedMap) {
  test::TempDir dir;
  auto r = run_cli({"render", (test::test_data_dir() / "render_gbk/project.yaml").string(), "--out", dir.path().string(),
                    "--format", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto text = test::run_shell("pdftotext '" + (dir / "project.pdf").string() + "' -").out;
  for (const char* name : {"原隆村", "泾灵南村", "富坪村", "编码测试"}) EXPECT_NE(text.find(name), std::string::npos) << name << "\n" << text;
}
