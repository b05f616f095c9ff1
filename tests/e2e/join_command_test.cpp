// End-to-end: `ruralatlas join` reports exact numbers on a fixture with known problems.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;

namespace {
std::string fixture(const char* name) { return (test::test_data_dir() / "join" / name).string(); }
std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST(JoinCommand, DuplicateKeysFailOneToOneJoinNamingKeyAndRows) {
  auto r = run_cli({"join", fixture("villages_strict.yaml")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("indicators.csv"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("640121104202 (rows 3 4)"), std::string::npos) << r.err;
}

TEST(JoinCommand, ReportCountsAreExact) {
  test::TempDir dir;
  const auto report = dir / "report.csv";
  const auto joined = dir / "joined.gpkg";
  auto r = run_cli({"join", fixture("villages_sum.yaml"), "--report", report.string(), "--out", joined.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("features        5   matched        4   without a row      1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("table rows      6   without a feature      1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("duplicated keys   1   non-numeric cells in numeric columns      1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("640121104204 (fid 3)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("640121999999 (row 6)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("row 5 tap_water_hh_pct='n/a'"), std::string::npos) << r.out;

  const auto csv = slurp(report);
  EXPECT_NE(csv.find("indicators.csv,feature_without_row,640121104204,3,,vill_code"), std::string::npos) << csv;
  EXPECT_NE(csv.find("indicators.csv,row_without_feature,640121999999,,6,village_code"), std::string::npos) << csv;
  EXPECT_NE(csv.find("indicators.csv,duplicate_key,640121104202,,3,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("indicators.csv,duplicate_key,640121104202,,4,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("indicators.csv,type_problem,,,5,tap_water_hh_pct,n/a"), std::string::npos) << csv;

  // The joined layer: households summed over the duplicated rows, full-width key matched.
  const auto layer = io::read_vector_layer(joined).layer;
  ASSERT_EQ(layer.features.size(), 5u);
  const auto hh = layer.require_field("households");
  EXPECT_DOUBLE_EQ(*core::to_number(layer.features[1].attributes[hh]), 240.0);
  EXPECT_DOUBLE_EQ(*core::to_number(layer.features[4].attributes[hh]), 310.0);
  EXPECT_TRUE(core::is_null(layer.features[3].attributes[hh]));
}

TEST(JoinCommand, StrictFailsOnUnmatchedAndOutputsAreNotOverwritten) {
  test::TempDir dir;
  const auto joined = dir / "joined.gpkg";
  auto strict = run_cli({"join", fixture("villages_sum.yaml"), "--strict"});
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("2 unmatched"), std::string::npos) << strict.err;
  ASSERT_EQ(run_cli({"join", fixture("villages_sum.yaml"), "--out", joined.string()}).exit_code, 0);
  auto again = run_cli({"join", fixture("villages_sum.yaml"), "--out", joined.string()});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("--overwrite"), std::string::npos) << again.err;
  EXPECT_EQ(run_cli({"join", fixture("villages_sum.yaml"), "--out", joined.string(), "--overwrite"}).exit_code, 0);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u) << "no temporary files left";
}

TEST(JoinCommand, SampleVillagesJoinCompletely) {
  auto r = run_cli({"join", "layers/villages.yaml", "--strict"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("features     4317   matched     4317   without a row      0"), std::string::npos) << r.out;
}
