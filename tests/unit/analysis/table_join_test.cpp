#include <gtest/gtest.h>

#include "analysis/table_join.hpp"
#include "core/error.hpp"

using namespace ruralatlas;

namespace {

core::Layer villages(std::initializer_list<const char*> codes) {
  core::Layer layer;
  layer.name = "villages";
  layer.fields = {{"vill_code", core::FieldType::String, 12}, {"name", core::FieldType::String, 0}};
  std::int64_t fid = 0;
  for (const char* code : codes)
    layer.features.push_back({fid++, core::MultiPoint{{0.0, 0.0}}, {std::string(code), std::string("村")}});
  return layer;
}

core::AttributeTable indicators(std::vector<std::vector<std::string>> rows) {
  core::AttributeTable table;
  table.source = "indicators.csv";
  table.fields = {{"village_code", core::FieldType::String, 0},
                  {"tap_water_hh_pct", core::FieldType::String, 0},
                  {"note", core::FieldType::String, 0}};
  std::int64_t source_row = 1;
  for (auto& r : rows) {
    std::vector<core::Value> values;
    for (auto& cell : r) values.emplace_back(cell.empty() ? core::Value{} : core::Value{cell});
    table.rows.push_back(std::move(values));
    table.source_rows.push_back(++source_row);
  }
  return table;
}

analysis::JoinSpec spec(analysis::DuplicatePolicy policy = analysis::DuplicatePolicy::Error) {
  analysis::JoinSpec s;
  s.layer_keys = {"vill_code"};
  s.table_keys = {"village_code"};
  s.duplicates = policy;
  return s;
}

}  // namespace

TEST(TableJoin, MatchesByTrimmedKeyAndTypesNumericColumns) {
  auto layer = villages({"640121104205", "640121104206", "640121104207"});
  auto table = indicators({{" 640121104205", "95.5", "a"}, {"640121104207", "85%", "b"}, {"640121999999", "10", "c"}});
  analysis::JoinReport report;
  auto out = analysis::join_table(layer, table, spec(), report);

  ASSERT_EQ(out.fields.size(), 4u);
  EXPECT_EQ(out.fields[2].name, "tap_water_hh_pct");
  EXPECT_EQ(out.fields[2].type, core::FieldType::Real);
  EXPECT_EQ(out.fields[3].type, core::FieldType::String);
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[0].attributes[2]), 95.5);
  EXPECT_TRUE(core::is_null(out.features[1].attributes[2]));
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[2].attributes[2]), 85.0);
  EXPECT_EQ(report.matched, 2u);
  ASSERT_EQ(report.features_without_row.size(), 1u);
  EXPECT_EQ(report.features_without_row[0], (std::pair<std::int64_t, std::string>{1, "640121104206"}));
  ASSERT_EQ(report.rows_without_feature.size(), 1u);
  EXPECT_EQ(report.rows_without_feature[0], (std::pair<std::int64_t, std::string>{4, "640121999999"}));
  for (const auto& f : out.features) EXPECT_EQ(f.attributes.size(), out.fields.size());
}

TEST(TableJoin, DuplicateKeysAreAnErrorListingKeysAndRows) {
  auto layer = villages({"640121104205"});
  auto table = indicators({{"640121104205", "95", ""}, {"640121104206", "1", ""}, {"640121104205", "80", ""}});
  analysis::JoinReport report;
  try {
    analysis::join_table(layer, table, spec(), report);
    FAIL() << "expected duplicate-key error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("indicators.csv"), std::string::npos) << what;
    EXPECT_NE(what.find("640121104205 (rows 2 4)"), std::string::npos) << what;
    EXPECT_NE(what.find("duplicates: first|sum|mean|count"), std::string::npos) << what;
  }
}

TEST(TableJoin, DuplicatePoliciesCombineRows) {
  auto layer = villages({"640121104205"});
  auto table = indicators({{"640121104205", "90", "x"}, {"640121104205", "80", "y"}, {"640121104205", "", "z"}});
  analysis::JoinReport report;
  auto first = analysis::join_table(layer, table, spec(analysis::DuplicatePolicy::First), report);
  EXPECT_DOUBLE_EQ(std::get<double>(first.features[0].attributes[2]), 90.0);
  ASSERT_EQ(report.duplicate_keys.size(), 1u);
  EXPECT_EQ(report.duplicate_keys[0].rows, 3u);
  auto sum = analysis::join_table(layer, table, spec(analysis::DuplicatePolicy::Sum), report);
  EXPECT_DOUBLE_EQ(std::get<double>(sum.features[0].attributes[2]), 170.0);
  EXPECT_EQ(core::to_text(sum.features[0].attributes[3]), "x");
  auto mean = analysis::join_table(layer, table, spec(analysis::DuplicatePolicy::Mean), report);
  EXPECT_DOUBLE_EQ(std::get<double>(mean.features[0].attributes[2]), 85.0) << "blank cells do not count";
  auto count = analysis::join_table(layer, table, spec(analysis::DuplicatePolicy::Count), report);
  EXPECT_EQ(count.fields.back().name, "join_rows");
  EXPECT_EQ(std::get<std::int64_t>(count.features[0].attributes.back()), 3);
}

TEST(TableJoin, FullWidthDigitsAndLostLeadingZeros) {
  auto layer = villages({"640121104205", "000000000042"});
  auto table = indicators({{"６４０１２１１０４２０５", "91", ""}, {"42", "50", ""}});
  analysis::JoinReport report;
  auto s = spec();
  s.normalization.zero_pad = 12;
  auto out = analysis::join_table(layer, table, s, report);
  EXPECT_EQ(report.matched, 2u);
  s.normalization = {false, 0};
  analysis::join_table(layer, table, s, report);
  EXPECT_EQ(report.matched, 0u);
}

TEST(TableJoin, NonNumericCellsInANumericColumnAreReportedWithRow) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 20; ++i) rows.push_back({"6401211042" + std::to_string(10 + i), std::to_string(80 + i), ""});
  rows[7][1] = "n/a";
  rows[12][1] = "-";  // a dash is an accepted way to write "no value"
  auto table = indicators(rows);
  auto layer = villages({"640121104217"});
  analysis::JoinReport report;
  auto out = analysis::join_table(layer, table, spec(), report);
  EXPECT_EQ(out.fields[2].type, core::FieldType::Real);
  ASSERT_EQ(report.type_problems.size(), 1u);
  EXPECT_EQ(report.type_problems[0].row, 9);  // header is row 1, first data row is 2
  EXPECT_EQ(report.type_problems[0].column, "tap_water_hh_pct");
  EXPECT_EQ(report.type_problems[0].value, "n/a");
  EXPECT_TRUE(core::is_null(out.features[0].attributes[2]));
}

TEST(TableJoin, UnknownKeyColumnNamesTheTable) {
  auto layer = villages({"640121104205"});
  auto table = indicators({});
  analysis::JoinReport report;
  auto s = spec();
  s.table_keys = {"code"};
  EXPECT_THROW(analysis::join_table(layer, table, s, report), core::Error);
}

TEST(TableJoin, PercentagesOutside0To100AreReportedButKept) {
  auto layer = villages({"640121104205", "640121104206"});
  auto table = indicators({{"640121104205", "130", ""}, {"640121104206", "-5%", ""}, {"640121104207", "90", ""}});
  analysis::JoinReport report;
  auto out = analysis::join_table(layer, table, spec(), report);
  ASSERT_EQ(report.type_problems.size(), 2u);
  EXPECT_EQ(report.type_problems[0].row, 2);
  EXPECT_EQ(report.type_problems[0].value, "130");
  EXPECT_NE(report.type_problems[0].message.find("0–100"), std::string::npos);
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[0].attributes[2]), 130.0);
}

TEST(TableJoin, CompositeKeysOfSeveralColumns) {
  core::Layer layer;
  layer.fields = {{"town", core::FieldType::String, 0}, {"name", core::FieldType::String, 0}};
  layer.features.push_back({0, core::MultiPoint{{0.0, 0.0}}, {std::string("640121104"), std::string("原隆村")}});
  layer.features.push_back({1, core::MultiPoint{{0.0, 0.0}}, {std::string("640181100"), std::string("原隆村")}});
  core::AttributeTable table;
  table.fields = {{"township_code", core::FieldType::String, 0}, {"village", core::FieldType::String, 0},
                  {"hh", core::FieldType::String, 0}};
  table.rows = {{std::string("640121104"), std::string(" 原隆村"), std::string("1998")},
                {std::string("640181100"), std::string("新村"), std::string("5")}};
  table.source_rows = {2, 3};
  analysis::JoinSpec s;
  s.layer_keys = {"town", "name"};
  s.table_keys = {"township_code", "village"};
  analysis::JoinReport report;
  const auto out = analysis::join_table(layer, table, s, report);
  EXPECT_EQ(report.matched, 1u);
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[0].attributes[2]), 1998.0);
  ASSERT_EQ(report.features_without_row.size(), 1u);
  EXPECT_EQ(report.features_without_row[0].second, "640181100|原隆村");
  s.table_keys = {"township_code"};
  EXPECT_THROW(analysis::join_table(layer, table, s, report), core::Error);
}
