// End-to-end: `ruralatlas scorecard` on the sample data against an independent scorecard
// (tests/data/criteria/scorecard_oracle.py: Debian's python3 with the csv module, the 26
// items typed in from the domain table, villages grouped by their town_code attribute),
// and `ruralatlas access` presets against the coverage command and hand-summed tables.
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;
using test::run_shell;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

/// Rows of a CSV keyed by the text of `key_column`.
std::map<std::string, std::vector<core::Value>> rows_by(const std::filesystem::path& csv, const std::string& key_column,
                                                        core::AttributeTable& table) {
  table = io::read_table(csv);
  const auto key = table.require_field(key_column);
  std::map<std::string, std::vector<core::Value>> rows;
  for (const auto& row : table.rows) rows[core::to_text(row[key])] = row;
  return rows;
}

double number(const std::vector<core::Value>& row, const core::AttributeTable& table, const std::string& column) {
  return core::to_number(row[table.require_field(column)]).value_or(-1.0);
}

}  // namespace

TEST(ScorecardCommand, VillageAndTownshipScoresEqualAnIndependentComputation) {
  test::TempDir dir;
  auto r = run_cli({"scorecard", "criteria/dingxi_village_exit.yaml", "--out", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("4317 villages, 26 rules"), std::string::npos) << r.out;
  for (const auto* name : {"scorecard_villages.csv", "scorecard_villages.gpkg", "scorecard_townships.csv", "scorecard_townships.gpkg"})
    EXPECT_TRUE(std::filesystem::exists(dir / "out" / name)) << name;

  const auto src = test::source_dir();
  ASSERT_EQ(run_shell("ogr2ogr -f CSV " + quoted(dir / "villages.csv") + " " + quoted(src / "sample-data/villages.shp") + " 2>&1").exit_code, 0);
  auto oracle = run_shell("/usr/bin/python3 " + quoted(test::test_data_dir() / "criteria/scorecard_oracle.py") + " " +
                          quoted(src / "sample-data/village_indicators.csv") + " " + quoted(dir / "villages.csv") + " " +
                          quoted(dir.path()) + " 2>&1");
  ASSERT_EQ(oracle.exit_code, 0) << oracle.out;

  core::AttributeTable expected_v, actual_v;
  const auto expected_villages = rows_by(dir / "villages.csv", "code", expected_v);
  const auto actual_villages = rows_by(dir / "out/scorecard_villages.csv", "vill_code", actual_v);
  ASSERT_EQ(actual_villages.size(), 4317u);
  ASSERT_EQ(expected_villages.size(), 4317u);
  std::size_t with_failures = 0;
  for (const auto& [code, want] : expected_villages) {
    const auto it = actual_villages.find(code);
    ASSERT_NE(it, actual_villages.end()) << code;
    EXPECT_EQ(number(it->second, actual_v, "items_met"), number(want, expected_v, "met")) << code;
    EXPECT_EQ(number(it->second, actual_v, "items_failed"), number(want, expected_v, "failed")) << code;
    EXPECT_EQ(number(it->second, actual_v, "items_no_data"), number(want, expected_v, "no_data")) << code;
    EXPECT_EQ(number(it->second, actual_v, "items_applicable"), number(want, expected_v, "applicable")) << code;
    with_failures += number(want, expected_v, "failed") > 0;
  }
  EXPECT_GT(with_failures, 100u);  // the comparison is not between two empty scorecards

  core::AttributeTable expected_t, actual_t;
  const auto expected_towns = rows_by(dir / "townships.csv", "town_code", expected_t);
  const auto actual_towns = rows_by(dir / "out/scorecard_townships.csv", "town_code", actual_t);
  ASSERT_EQ(actual_towns.size(), 327u);
  ASSERT_EQ(expected_towns.size(), 327u);
  for (const auto& [code, want] : expected_towns) {
    const auto it = actual_towns.find(code);
    ASSERT_NE(it, actual_towns.end()) << code;
    const auto& got = it->second;
    EXPECT_EQ(number(got, actual_t, "villages"), number(want, expected_t, "villages")) << code;
    EXPECT_EQ(number(got, actual_t, "meeting_all"), number(want, expected_t, "meeting_all")) << code;
    EXPECT_NEAR(number(got, actual_t, "mean_items_met"), number(want, expected_t, "mean_items_met"), 1e-9) << code;
    EXPECT_EQ(core::to_text(got[actual_t.require_field("most_failed_id")]),
              core::to_text(want[expected_t.require_field("most_failed_id")])) << code;
    EXPECT_EQ(number(got, actual_t, "most_failed_villages"), number(want, expected_t, "most_failed_villages")) << code;
  }
  const auto gpkg = io::read_vector_layer(dir / "out/scorecard_townships.gpkg").layer;
  EXPECT_EQ(gpkg.features.size(), 327u);
  EXPECT_EQ(gpkg.geometry_kind, core::GeometryKind::Polygon);
}

TEST(ScorecardCommand, ComputedMeasuresFeedRulesLikeIndicatorColumns) {
  test::TempDir dir;
  auto r = run_cli({"scorecard", "criteria/network_access.yaml", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The coverage command (checked against SpatiaLite in coverage_command_test) gives the
  // same hardened-road distances; the rule must flag exactly those within 2 km.
  auto c = run_cli({"coverage", "layers/villages.yaml", "--target", "layers/roads.yaml", "--filter",
                    "surface in ('asphalt', 'cement')", "--out", (dir / "coverage.csv").string()});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  core::AttributeTable scores, coverage;
  const auto by_code = rows_by(dir / "scorecard_villages.csv", "vill_code", scores);
  const auto distances = rows_by(dir / "coverage.csv", "vill_code", coverage);
  ASSERT_EQ(by_code.size(), 4317u);
  std::size_t failing = 0;
  for (const auto& [code, row] : distances) {
    const double d = number(row, coverage, "distance_m");
    const auto& got = by_code.at(code);
    EXPECT_NEAR(number(got, scores, "hardened_road_m"), d, 0.005) << code;
    EXPECT_EQ(core::to_text(got[scores.require_field("na_road")]), d <= 2000 ? "pass" : "fail") << code;
    failing += d > 2000;
  }
  EXPECT_EQ(failing, 225u);  // sample-data/README.md: 225 villages more than 2 km from a hardened road
}

TEST(ScorecardCommand, BadRulesAndValuesAreReportedWithFileLineAndRow) {
  test::TempDir dir;
  const auto src = test::source_dir().string();
  std::ofstream(dir / "missing.yaml") << "name: t\nrules:\n  - id: A\n    label: a\n    column: tap_water_pct\n    op: '>='\n    threshold: 90\n";
  auto missing = run_cli({"scorecard", (dir / "missing.yaml").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("missing.yaml:5"), std::string::npos) << missing.err;
  EXPECT_NE(missing.err.find("tap_water_pct"), std::string::npos) << missing.err;

  std::ofstream(dir / "op.yaml") << "name: t\nrules:\n  - {id: A, label: a, column: tap_water_hh_pct, op: 'at least', threshold: 90}\n";
  auto op = run_cli({"scorecard", (dir / "op.yaml").string()});
  EXPECT_EQ(op.exit_code, 2);
  EXPECT_NE(op.err.find("op.yaml:3"), std::string::npos) << op.err;
  EXPECT_NE(op.err.find("unknown operator 'at least'"), std::string::npos) << op.err;

  std::ofstream(dir / "indicators.csv") << "village_code,tap_water_hh_pct\n640104001002,95\n640104001003,about 80\n";
  std::ofstream(dir / "villages.yaml") << "name: villages\nsource: " << src << "/sample-data/villages.shp\nkey: vill_code\n"
                                       << "joins:\n  - {table: indicators.csv, table_key: village_code}\n";
  std::ofstream(dir / "tap.yaml") << "name: t\nrules:\n  - {id: A, label: a, column: tap_water_hh_pct, op: '>=', threshold: 90}\n";
  auto text = run_cli({"scorecard", (dir / "tap.yaml").string(), "--villages", (dir / "villages.yaml").string(), "--out",
                       (dir / "out").string()});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.err.find("640104001003"), std::string::npos) << text.err;
  EXPECT_NE(text.err.find("'about 80' is not a number"), std::string::npos) << text.err;
  EXPECT_NE(text.err.find("row "), std::string::npos) << text.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out/scorecard_villages.csv"));  // nothing half-written

  // Measures load concurrently; a name that clashes with a column or another measure is still
  // reported against its line, and nothing is written.
  const auto roads = src + "/layers/roads.yaml";
  std::ofstream(dir / "clash.yaml") << "name: t\nmeasures:\n  - {name: township, target: " << roads << "}\n"
                                    << "rules:\n  - {id: R, label: r, column: township, op: '=', threshold: 1}\n";
  auto clash = run_cli({"scorecard", (dir / "clash.yaml").string(), "--villages", (dir / "villages.yaml").string()});
  EXPECT_EQ(clash.exit_code, 2);
  EXPECT_NE(clash.err.find("clash.yaml:3"), std::string::npos) << clash.err;
  EXPECT_NE(clash.err.find("would replace the column"), std::string::npos) << clash.err;
  std::ofstream(dir / "twice.yaml") << "name: t\nmeasures:\n  - {name: road_m, target: " << roads << "}\n"
                                    << "  - {name: road_m, target: " << roads << ", filter: \"surface = 'asphalt'\"}\n"
                                    << "rules:\n  - {id: R, label: r, column: road_m, op: '<=', threshold: 2000}\n";
  auto twice = run_cli({"scorecard", (dir / "twice.yaml").string(), "--villages", (dir / "villages.yaml").string(),
                        "--out", (dir / "out").string()});
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("twice.yaml:4"), std::string::npos) << twice.err;
  EXPECT_NE(twice.err.find("'road_m' is defined twice"), std::string::npos) << twice.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out/scorecard_villages.csv"));

  // A zones file that cannot be read stops the run before the village tables are written.
  auto zones = run_cli({"scorecard", (dir / "tap.yaml").string(), "--by", (dir / "no_such_zones.yaml").string(),
                        "--out", (dir / "out").string()});
  EXPECT_NE(zones.exit_code, 0);
  EXPECT_NE(zones.err.find("no_such_zones.yaml"), std::string::npos) << zones.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out/scorecard_villages.csv"));
}
