#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/coverage_preset.hpp"
#include "project/criteria_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path write(const test::TempDir& dir, const std::string& text) {
  auto path = dir / "rules.yaml";
  std::ofstream(path) << text;
  return path;
}

std::string config_error(const std::filesystem::path& path) {
  try {
    project::read_criteria_file(path);
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    return e.what();
  }
  ADD_FAILURE() << "expected a configuration error";
  return {};
}

}  // namespace

TEST(CriteriaFile, ShippedDingxiFileHasTheSeventeenCriteriaAsTwentySixItems) {
  const auto file = project::read_criteria_file(test::source_dir() / "criteria/dingxi_village_exit.yaml");
  ASSERT_EQ(file.rules.size(), 26u);
  std::set<std::string> criteria;  // DX-V05a and DX-V05b are parts of criterion 5
  for (const auto& r : file.rules) criteria.insert(r.rule.id.substr(0, 6));
  EXPECT_EQ(criteria.size(), 17u);
  const auto& income = file.rules[0].rule;
  EXPECT_EQ(income.column, "poor_income_pc_yuan");
  EXPECT_EQ(income.op, analysis::CompareOp::Greater);
  EXPECT_EQ(income.threshold, 4000);  // the parameter poverty_line_yuan
  const auto& tap = file.rules[7].rule;
  EXPECT_EQ(tap.id, "DX-V05b");
  EXPECT_EQ(tap.op, analysis::CompareOp::GreaterEqual);
  EXPECT_EQ(tap.threshold, 90);
  EXPECT_EQ(tap.source_tag, "S2");
  EXPECT_EQ(file.rules[3].applies_to, "kind = 'village'");
}

TEST(CriteriaFile, ShippedMeasuresResolveTheirLayerFiles) {
  const auto file = project::read_criteria_file(test::source_dir() / "criteria/network_access.yaml");
  ASSERT_EQ(file.measures.size(), 3u);
  EXPECT_TRUE(std::filesystem::exists(file.measures[0].target));
  EXPECT_EQ(file.measures[2].filter, "phase = 'three'");
}

TEST(CriteriaFile, ErrorsNameFileLineAndWhatToFix) {
  test::TempDir dir;
  const auto op = config_error(write(dir, "name: t\nrules:\n  - id: A\n    label: a\n    column: x\n    op: '=>'\n    threshold: 1\n"));
  EXPECT_NE(op.find("rules.yaml:6"), std::string::npos) << op;
  EXPECT_NE(op.find("unknown operator '=>'"), std::string::npos) << op;
  const auto parameter = config_error(write(dir, "name: t\nparameters: {line: 4000}\nrules:\n  - {id: A, label: a, column: x, op: '>', threshold: lien}\n"));
  EXPECT_NE(parameter.find("rules.yaml:4"), std::string::npos) << parameter;
  EXPECT_NE(parameter.find("'lien'"), std::string::npos) << parameter;
  const auto twice = config_error(write(dir, "name: t\nrules:\n  - {id: A, label: a, column: x, op: '>', threshold: 1}\n  - {id: A, label: b, column: y, op: '>', threshold: 1}\n"));
  EXPECT_NE(twice.find("rules.yaml:4"), std::string::npos) << twice;
  const auto typo = config_error(write(dir, "name: t\nrules:\n  - {id: A, label: a, colunm: x, op: '>', threshold: 1}\n"));
  EXPECT_NE(typo.find("column"), std::string::npos) << typo;
}

TEST(CoveragePreset, ShippedPresetsReadAndNeedExactlyOneMeasure) {
  const auto rai = project::read_coverage_preset(test::source_dir() / "criteria/presets/rural_access_index.yaml");
  ASSERT_TRUE(rai.distance);
  EXPECT_EQ(rai.within_m, 2000);
  EXPECT_EQ(rai.zones.size(), 2u);
  const auto tap = project::read_coverage_preset(test::source_dir() / "criteria/presets/tap_water.yaml");
  EXPECT_FALSE(tap.distance);
  EXPECT_EQ(tap.covered_if, "tap_water_hh_pct >= 90");
  test::TempDir dir;
  auto both = dir / "both.yaml";
  std::ofstream(both) << "name: x\ndemand: v.yaml\ncovered_if: a = 1\ndistance: {target: r.yaml, within_m: 5}\nzones: [t.yaml]\n";
  EXPECT_THROW(project::read_coverage_preset(both), core::Error);
}
