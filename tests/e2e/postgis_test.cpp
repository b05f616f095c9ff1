// End-to-end through PostGIS: a private server (scripts/postgis_test_server.sh) loaded with
// the sample data by ogr2ogr; the same join and render as from files; coverage distances
// against PostGIS's own ST_Distance; a server that is down.
#include <fstream>
#include <map>
#include <random>

#include <gtest/gtest.h>

#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;
using test::run_shell;

namespace {

class PostGis : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new test::TempDir;
    const int port = 40000 + static_cast<int>(std::random_device{}() % 20000);
    auto started = run_shell("'" + (test::source_dir() / "scripts/postgis_test_server.sh").string() + "' start '" +
                             (s_dir->path() / "pg").string() + "' " + std::to_string(port) + " 2>&1");
    if (started.exit_code != 0) {
      s_error = "could not start PostgreSQL: " + started.out;
      return;
    }
    s_connection = started.out.substr(0, started.out.find('\n'));
    for (const char* name : {"villages", "townships", "counties", "roads", "reloc_sites"}) load(name + std::string(".shp"), name, "");
    load("village_indicators.csv", "village_indicators", "-oo AUTODETECT_TYPE=NO");
  }

  static void load(const std::string& file, const std::string& table, const std::string& options) {
    auto r = run_shell("ogr2ogr -f PostgreSQL '" + s_connection + "' '" + (test::source_dir() / "sample-data" / file).string() +
                       "' -nln " + table + " -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom " + options + " 2>&1");
    if (r.exit_code != 0) s_error += "loading " + file + ": " + r.out;
  }

  static void TearDownTestSuite() {
    run_shell("'" + (test::source_dir() / "scripts/postgis_test_server.sh").string() + "' stop '" +
              (s_dir->path() / "pg").string() + "'");
    delete s_dir;
  }

  void SetUp() override { ASSERT_TRUE(s_error.empty()) << s_error; }

  /// A layer file pointing at a PostGIS table, written next to the server.
  static std::string layer_file(const std::string& name, const std::string& extra = "") {
    const auto path = s_dir->path() / (name + ".yaml");
    std::ofstream(path) << "name: " << name << "\nsource: \"" << s_connection << "\"\nsource_layer: " << name << "\n" << extra;
    return path.string();
  }

  static inline test::TempDir* s_dir = nullptr;
  static inline std::string s_connection, s_error;
};

}  // namespace

TEST_F(PostGis, InfoListsTheTables) {
  auto r = run_cli({"info", s_connection});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("driver: PostgreSQL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Point, 4317 features"), std::string::npos) << r.out;
}

TEST_F(PostGis, JoinWithATableInTheDatabaseMatchesEverything) {
  const auto villages = layer_file("villages", "key: vill_code\njoins:\n  - table: \"" + s_connection +
                                                   "\"\n    sheet: village_indicators\n    table_key: village_code\n");
  auto r = run_cli({"join", villages, "--strict"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("features     4317   matched     4317   without a row      0"), std::string::npos) << r.out;
}

TEST_F(PostGis, RenderFromTheDatabaseGivesTheSameLegendCountsAsFromFiles) {
  const auto villages = layer_file("villages", "key: vill_code\njoins:\n  - table: \"" + s_connection +
                                                   "\"\n    sheet: village_indicators\n    table_key: village_code\n");
  const auto counties = layer_file("counties");
  const auto project = s_dir->path() / "project.yaml";
  std::ofstream(project) << "title: 数据库制图\nmap_crs: EPSG:4544\ndate: \"2026-11-24\"\nlayout: "
                         << (test::source_dir() / "layouts/a4_portrait.yaml").string() << "\nlayers:\n  - layer: " << counties
                         << "\n    style: " << (test::source_dir() / "styles/counties_outline.yaml").string()
                         << "\n  - layer: " << villages << "\n    style: "
                         << (test::source_dir() / "styles/villages_tap_water.yaml").string() << "\n";
  test::TempDir out;
  auto db = run_cli({"render", project.string(), "--out", out.path().string(), "--format", "pdf"});
  ASSERT_EQ(db.exit_code, 0) << db.err;
  auto files = run_cli({"render", "projects/tap_water.yaml", "--out", out.path().string(), "--format", "pdf"});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  const auto db_text = run_shell("pdftotext '" + (out / "project.pdf").string() + "' -").out;
  const auto file_text = run_shell("pdftotext '" + (out / "tap_water.pdf").string() + "' -").out;
  EXPECT_NE(db_text.find("数据库制图"), std::string::npos);
  for (const char* legend : {"达标 ≥ 90% (", "未达标 < 90% (", "无数据 ("}) {
    const auto a = db_text.find(legend), b = file_text.find(legend);
    ASSERT_NE(a, std::string::npos) << legend;
    ASSERT_NE(b, std::string::npos) << legend;
    EXPECT_EQ(db_text.substr(a, db_text.find(')', a) - a), file_text.substr(b, file_text.find(')', b) - b));
  }
}

TEST_F(PostGis, MissingTableNamesWhatExists) {
  auto r = run_cli({"join", layer_file("villagez", "joins:\n  - table: x.csv\n    table_key: k\n    layer_key: k\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no layer, table or sheet named 'villagez'"), std::string::npos) << r.err;
}

TEST(PostGisDown, ServerThatIsDownIsOneClearError) {
  test::TempDir dir;
  const std::string connection = "PG:host=" + dir.path().string() + " port=45999 dbname=ruralatlas user=postgres password=secret";
  auto r = run_cli({"info", connection});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot connect to the PostGIS database"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("secret"), std::string::npos) << "password masked: " << r.err;
}

// The acceptance check: every village's distance to the nearest hardened road equals
// PostGIS's ST_Distance, found by a KNN (<->) search over a GiST index, on the same projected
// roads (reprojected by ogr2ogr, not by RuralAtlas) within 0.01 m; and the road it names is at
// that distance too (several roads are often equally near: those meeting at a village).
TEST_F(PostGis, CoverageDistancesEqualPostgisStDistanceWithKnn) {
  const auto villages = s_dir->path() / "coverage_villages.gpkg";
  auto r = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter", "hardened = 1",
                    "--within", "2000", "--out", villages.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [file, table] : {std::pair{(test::source_dir() / "sample-data/roads.shp").string(), "roads_gk"},
                                    std::pair{villages.string(), "villages_gk"}}) {
    auto load = run_shell("ogr2ogr -f PostgreSQL '" + s_connection + "' '" + file + "' -nln " + table +
                          " -t_srs EPSG:4544 -lco GEOMETRY_NAME=geom -overwrite 2>&1");
    ASSERT_EQ(load.exit_code, 0) << load.out;
  }
  const auto oracle = s_dir->path() / "postgis_distances.csv";
  const std::string sql =
      "SELECT v.vill_code AS code, n.d, (SELECT ST_Distance(v.geom, o.geom) FROM roads_gk o "
      "WHERE o.road_id::text = v.nearest_id AND o.hardened = 1) AS d_named FROM villages_gk v CROSS JOIN LATERAL "
      "(SELECT ST_Distance(v.geom, r.geom) AS d FROM roads_gk r WHERE r.hardened = 1 "
      "ORDER BY v.geom <-> r.geom LIMIT 1) n";
  auto q = run_shell("ogr2ogr -f CSV '" + oracle.string() + "' '" + s_connection + "' -sql \"" + sql + "\" 2>&1");
  ASSERT_EQ(q.exit_code, 0) << q.out;

  std::map<std::string, double> expected;
  for (const auto& row : io::read_table(oracle).rows) {
    expected[core::to_text(row[0])] = *core::to_number(row[1]);
    const auto d_named = core::to_number(row[2]);
    ASSERT_TRUE(d_named.has_value()) << core::to_text(row[0]) << ": the nearest_id is not a hardened road";
    EXPECT_NEAR(*d_named, *core::to_number(row[1]), 0.01) << core::to_text(row[0]) << ": the named road is farther";
  }
  ASSERT_EQ(expected.size(), 4317u);
  const auto layer = io::read_vector_layer(villages).layer;
  const auto code = layer.require_field("vill_code"), distance = layer.require_field("distance_m");
  std::size_t compared = 0;
  for (const auto& f : layer.features) {
    const double d_postgis = expected.at(core::to_text(f.attributes[code]));
    EXPECT_NEAR(*core::to_number(f.attributes[distance]), d_postgis, 0.01) << core::to_text(f.attributes[code]);
    ++compared;
  }
  EXPECT_EQ(compared, 4317u);
}
