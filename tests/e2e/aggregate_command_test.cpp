// End-to-end: village rows aggregated to townships by point-in-polygon must equal an
// independent computation — GDAL's SQLite dialect grouping the joined villages by their
// township code attribute.
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "io/table_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;

namespace {

struct Expected {
  double count = 0, households = 0;
  std::optional<double> rate;  ///< no village of the township has both numbers
};

std::map<std::string, Expected> sql_oracle(const std::filesystem::path& villages_gpkg, const std::filesystem::path& dir) {
  const auto csv = dir / "oracle.csv";
  const std::string sql =
      "SELECT town_code, COUNT(*) AS n, SUM(households) AS hh, "
      "100.0 * SUM(CASE WHEN tap_water_hh IS NOT NULL AND households IS NOT NULL THEN tap_water_hh END) / "
      "SUM(CASE WHEN tap_water_hh IS NOT NULL AND households IS NOT NULL THEN households END) AS rate "
      "FROM villages GROUP BY town_code";
  const auto r = test::run_shell("ogr2ogr -f CSV '" + csv.string() + "' '" + villages_gpkg.string() +
                                 "' -dialect SQLite -sql \"" + sql + "\" 2>&1");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::map<std::string, Expected> out;
  const auto table = io::read_table(csv);
  for (const auto& row : table.rows)
    out[core::to_text(row[0])] = {*core::to_number(row[1]), *core::to_number(row[2]), core::to_number(row[3])};
  return out;
}

}  // namespace

TEST(AggregateCommand, TownshipTapWaterRatesEqualSqlOnTheJoinedVillages) {
  test::TempDir dir;
  ASSERT_EQ(run_cli({"join", "layers/villages.yaml", "--out", (dir / "villages.gpkg").string()}).exit_code, 0);
  const auto expected = sql_oracle(dir / "villages.gpkg", dir.path());
  ASSERT_EQ(expected.size(), 327u);

  const auto out = dir / "townships.csv";
  auto r = run_cli({"aggregate", "layers/villages.yaml", "--to", "layers/townships.yaml", "--stat", "count", "--stat",
                    "sum:households", "--stat", "rate:tap_water_hh/households", "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("4317 points into 327 zones; 0 outside every zone"), std::string::npos) << r.err;
  const auto table = io::read_table(out);
  ASSERT_EQ(table.rows.size(), 327u);
  const auto code = table.require_field("town_code"), n = table.require_field("village_count"),
             hh = table.require_field("households_sum"), rate = table.require_field("tap_water_hh_rate_pct");
  for (const auto& row : table.rows) {
    const auto& e = expected.at(core::to_text(row[code]));
    SCOPED_TRACE(core::to_text(row[code]));
    EXPECT_EQ(*core::to_number(row[n]), e.count);
    EXPECT_DOUBLE_EQ(*core::to_number(row[hh]), e.households);
    const auto ours = core::to_number(row[rate]);
    ASSERT_EQ(ours.has_value(), e.rate.has_value());
    if (ours) {
      EXPECT_NEAR(*ours, *e.rate, 1e-9);
    }
  }
}

TEST(AggregateCommand, BadStatisticIsAUsageError) {
  auto r = run_cli({"aggregate", "layers/villages.yaml", "--to", "layers/townships.yaml", "--stat", "median:x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("median:x"), std::string::npos) << r.err;
  auto missing = run_cli({"aggregate", "layers/villages.yaml", "--to", "layers/townships.yaml", "--stat", "sum:no_such"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no_such"), std::string::npos) << missing.err;
}
