// End-to-end: coverage presets per township and county against sums computed here from the
// indicator CSV, grouped by the village code's prefix (6 digits county, 9 township) instead
// of by point-in-polygon; and the township table joined onto the polygons for a choropleth.
#include <array>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "io/table_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;

namespace {

struct Expected {
  double villages = 0, covered = 0, no_data = 0, population = 0, population_covered = 0;
};

/// Tap-water coverage (>= 90%) by code prefix, straight from the indicator CSV.
std::map<std::string, Expected> tap_water_by_prefix(std::size_t prefix) {
  const auto table = io::read_table(test::source_dir() / "sample-data/village_indicators.csv");
  const auto code = table.require_field("village_code"), tap = table.require_field("tap_water_hh_pct"),
             population = table.require_field("population");
  std::map<std::string, Expected> out;
  for (const auto& row : table.rows) {
    auto& e = out[core::to_text(row[code]).substr(0, prefix)];
    ++e.villages;
    const auto rate = core::to_number(row[tap]);
    if (!rate) {
      ++e.no_data;
      continue;
    }
    e.covered += *rate >= 90;
    if (auto p = core::to_number(row[population])) {
      e.population += *p;
      if (*rate >= 90) e.population_covered += *p;
    }
  }
  return out;
}

void expect_table_matches(const std::filesystem::path& csv, const std::string& key_column,
                          const std::map<std::string, Expected>& expected) {
  const auto table = io::read_table(csv);
  ASSERT_EQ(table.rows.size(), expected.size()) << csv;
  auto col = [&](const std::string& name) { return table.require_field(name); };
  const auto key = col(key_column), villages = col("villages"), covered = col("villages_covered"),
             no_data = col("villages_no_data"), share = col("villages_covered_pct"), population = col("population"),
             population_covered = col("population_covered"), population_share = col("population_covered_pct");
  for (const auto& row : table.rows) {
    const auto code = core::to_text(row[key]);
    const auto& e = expected.at(code);
    EXPECT_EQ(*core::to_number(row[villages]), e.villages) << code;
    EXPECT_EQ(*core::to_number(row[covered]), e.covered) << code;
    EXPECT_EQ(*core::to_number(row[no_data]), e.no_data) << code;
    EXPECT_NEAR(*core::to_number(row[share]), 100.0 * e.covered / (e.villages - e.no_data), 1e-9) << code;
    EXPECT_NEAR(*core::to_number(row[population]), e.population, 1e-6) << code;
    EXPECT_NEAR(*core::to_number(row[population_covered]), e.population_covered, 1e-6) << code;
    EXPECT_NEAR(*core::to_number(row[population_share]), 100.0 * e.population_covered / e.population, 1e-9) << code;
  }
}

}  // namespace

TEST(AccessCommand, TapWaterPresetPerTownshipAndCountyEqualsSumsFromTheIndicatorTable) {
  test::TempDir dir;
  auto r = run_cli({"access", "criteria/presets/tap_water.yaml", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_table_matches(dir / "tap_water_by_townships.csv", "town_code", tap_water_by_prefix(9));
  expect_table_matches(dir / "tap_water_by_counties.csv", "cnty_code", tap_water_by_prefix(6));
  EXPECT_TRUE(std::filesystem::exists(dir / "tap_water_by_townships.gpkg"));
}

TEST(AccessCommand, RuralAccessIndexCountsTheVillagesWithinTwoKilometresOfAHardenedRoad) {
  test::TempDir dir;
  auto r = run_cli({"access", "criteria/presets/rural_access_index.yaml", "criteria/presets/power_3ph.yaml", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // sample-data/README.md: 225 of 4,317 villages are more than 2 km from a hardened road.
  EXPECT_NE(r.out.find("villages covered 4092 of 4317"), std::string::npos) << r.out;
  const auto counties = io::read_table(dir / "rural_access_index_by_counties.csv");
  ASSERT_EQ(counties.rows.size(), 23u);
  double villages = 0, covered = 0;
  for (const auto& row : counties.rows) {
    villages += *core::to_number(row[counties.require_field("villages")]);
    covered += *core::to_number(row[counties.require_field("villages_covered")]);
  }
  EXPECT_EQ(villages, 4317.0);
  EXPECT_EQ(covered, 4092.0);
  EXPECT_TRUE(std::filesystem::exists(dir / "power_3ph_by_townships.csv"));
}

TEST(AccessCommand, TownshipChoroplethComputesItsPresetAsTheMapLoads) {
  // A copy of the project folders with no out/: the map needs no earlier `access` run.
  test::TempDir dir;
  const auto src = test::source_dir();
  for (const auto* folder : {"layers", "styles", "layouts", "projects", "criteria"})
    std::filesystem::copy(src / folder, dir / folder, std::filesystem::copy_options::recursive);
  std::filesystem::create_directory_symlink(src / "sample-data", dir / "sample-data");
  auto r = run_cli({"render", "projects/rural_access.yaml", "--out", "maps", "--format", "pdf"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out")) << "nothing written beside the inputs";

  // The legend's class counts equal the townships of each class in the `access` table.
  auto a = run_cli({"access", "criteria/presets/rural_access_index.yaml", "--out", (dir / "tables").string()});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  const auto table = io::read_table(dir / "tables/rural_access_index_by_townships.csv");
  const auto pct = table.require_field("population_covered_pct");
  std::array<std::size_t, 4> per_class{};  // the style's manual breaks: 80, 90, 95
  for (const auto& row : table.rows) {
    const auto p = core::to_number(row[pct]);
    ASSERT_TRUE(p.has_value());
    per_class[*p < 80 ? 0 : *p < 90 ? 1 : *p < 95 ? 2 : 3]++;
  }
  const auto text = test::run_shell("pdftotext -layout '" + (dir / "maps/rural_access.pdf").string() + "' -").out;
  for (auto n : per_class) EXPECT_NE(text.find("(" + std::to_string(n) + ")"), std::string::npos) << n << " in\n" << text;
}

TEST(AccessCommand, APresetTestingAMissingColumnNamesThePresetAndTheColumn) {
  test::TempDir dir;
  const auto preset = dir / "typo.yaml";
  std::ofstream(preset) << "name: typo\ndemand: " << (test::source_dir() / "layers/villages.yaml").string()
                        << "\ncovered_if: tap_water_pct >= 90\nzones: [" << (test::source_dir() / "layers/townships.yaml").string()
                        << "]\n";
  auto r = run_cli({"access", preset.string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("typo.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tap_water_pct"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out/typo_by_townships.csv"));
}
