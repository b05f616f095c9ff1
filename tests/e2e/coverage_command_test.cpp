// End-to-end: nearest-distance coverage on the sample data against an independent
// computation — SpatiaLite's ST_Distance (GEOS) through GDAL's SQLite dialect, on roads that
// GDAL itself reprojected to the same Gauss-Kruger zone.
#include <map>

#include <gtest/gtest.h>

#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;
using test::run_shell;

TEST(CoverageCommand, DistancesEqualSpatialiteStDistance) {
  test::TempDir dir;
  const auto villages = dir / "villages.gpkg";
  auto r = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter", "hardened = 1",
                    "--within", "2000", "--weight", "population", "--out", villages.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("distances in EPSG:4544"), std::string::npos) << r.out;

  const auto both = dir / "both.gpkg";
  ASSERT_EQ(run_shell("ogr2ogr -f GPKG '" + both.string() + "' '" + (test::source_dir() / "sample-data/roads.shp").string() + "' -t_srs EPSG:4544 -nln roads 2>&1").exit_code, 0);
  ASSERT_EQ(run_shell("ogr2ogr -append '" + both.string() + "' '" + villages.string() + "' -nln villages 2>&1").exit_code, 0);
  const auto oracle = dir / "oracle.csv";
  const std::string sql =
      "SELECT v.vill_code AS code, MIN(ST_Distance(v.geom, r.geom)) AS d FROM villages v, roads r "
      "WHERE r.hardened = 1 AND v.fid % 20 = 0 GROUP BY v.vill_code";
  auto q = run_shell("ogr2ogr -f CSV '" + oracle.string() + "' '" + both.string() + "' -dialect SQLite -sql \"" + sql + "\" 2>&1");
  ASSERT_EQ(q.exit_code, 0) << q.out;

  std::map<std::string, double> expected;
  for (const auto& row : io::read_table(oracle).rows) expected[core::to_text(row[0])] = *core::to_number(row[1]);
  ASSERT_GT(expected.size(), 200u);
  const auto layer = io::read_vector_layer(villages).layer;
  const auto code = layer.require_field("vill_code"), distance = layer.require_field("distance_m"),
             covered = layer.require_field("covered");
  std::size_t compared = 0;
  for (const auto& f : layer.features) {
    auto it = expected.find(core::to_text(f.attributes[code]));
    if (it == expected.end()) continue;
    const double d = *core::to_number(f.attributes[distance]);
    EXPECT_NEAR(d, it->second, 0.01) << it->first;
    EXPECT_EQ(*core::to_number(f.attributes[covered]), d <= 2000.0 ? 1.0 : 0.0);
    ++compared;
  }
  EXPECT_EQ(compared, expected.size());
}

TEST(CoverageCommand, TownshipSummaryFeedsAChoroplethTable) {
  test::TempDir dir;
  const auto table = dir / "townships.csv";
  auto r = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter", "hardened = 1",
                    "--weight", "population", "--by", "layers/townships.yaml", "--table", table.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = io::read_table(table);
  ASSERT_EQ(rows.rows.size(), 327u);
  const auto n = rows.require_field("village_count"), c = rows.require_field("covered_count"),
             share = rows.require_field("covered_share_pct"), pop = rows.require_field("covered_population_pct");
  double villages = 0, covered = 0;
  for (const auto& row : rows.rows) {
    villages += *core::to_number(row[n]);
    covered += *core::to_number(row[c]);
    if (auto s = core::to_number(row[share])) {
      EXPECT_NEAR(*s, 100.0 * *core::to_number(row[c]) / *core::to_number(row[n]), 1e-9);
    }
    if (auto p = core::to_number(row[pop])) {
      EXPECT_GE(*p, 0.0);
      EXPECT_LE(*p, 100.0);
    }
  }
  EXPECT_EQ(villages, 4317.0);
  EXPECT_NE(r.out.find("features covered " + std::to_string(static_cast<int>(covered)) + " of 4317"), std::string::npos) << r.out;
}

TEST(CoverageCommand, BadInputs) {
  auto filter = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter", "surfce = 'x'"});
  EXPECT_EQ(filter.exit_code, 2);
  EXPECT_NE(filter.err.find("surfce"), std::string::npos) << filter.err;
  auto degrees = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--crs", "EPSG:4490"});
  EXPECT_EQ(degrees.exit_code, 2);
  EXPECT_NE(degrees.err.find("geographic"), std::string::npos) << degrees.err;
  auto weight = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--weight", "people"});
  EXPECT_EQ(weight.exit_code, 1);
  EXPECT_NE(weight.err.find("people"), std::string::npos) << weight.err;
}

TEST(CoverageCommand, EmptyTargetLayerLeavesEveryVillageUncoveredAndSaysSo) {
  auto r = run_cli({"coverage", "layers/villages.yaml", "--target", (test::test_data_dir() / "io/empty_roads.yaml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("features covered 0 of 4317"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4317 features have no target at all"), std::string::npos) << r.out;
}

TEST(CoverageCommand, GapListPutsTheMostPeopleFirst) {
  test::TempDir dir;
  const auto gaps = dir / "gaps.csv";
  auto r = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter", "hardened = 1",
                    "--weight", "population", "--gaps", gaps.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto table = io::read_table(gaps);
  ASSERT_FALSE(table.rows.empty());
  const auto population = table.require_field("population"), covered = table.require_field("covered"),
             distance = table.require_field("distance_m");
  double previous = std::numeric_limits<double>::infinity();
  for (const auto& row : table.rows) {
    EXPECT_EQ(core::to_text(row[covered]), "0");
    EXPECT_GT(*core::to_number(row[distance]), 2000.0);
    const double p = core::to_number(row[population]).value_or(0.0);
    EXPECT_LE(p, previous);
    previous = p;
  }
  EXPECT_NE(r.out.find(std::to_string(table.rows.size()) + " uncovered features listed"), std::string::npos) << r.out;
}
