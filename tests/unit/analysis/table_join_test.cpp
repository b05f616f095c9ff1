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
  for (auto& r : rows) {
    std::vector<core::Value> values;
    for (auto& cell : r) values.emplace_back(cell.empty() ? core::Value{} : core::Value{cell});
    table.rows.push_back(std::move(values));
  }
  return table;
}

}  // namespace

TEST(TableJoin, MatchesByTrimmedKeyAndTypesNumericColumns) {
  auto layer = villages({"640121104205", "640121104206", "640121104207"});
  auto table = indicators({{" 640121104205", "95.5", "a"}, {"640121104207", "85%", "b"}, {"640121999999", "10", "c"}});
  analysis::JoinReport report;
  auto out = analysis::join_table(layer, table, {"vill_code", "village_code", {}, ""}, report);

  ASSERT_EQ(out.fields.size(), 4u);
  EXPECT_EQ(out.fields[2].name, "tap_water_hh_pct");
  EXPECT_EQ(out.fields[2].type, core::FieldType::Real);
  EXPECT_EQ(out.fields[3].type, core::FieldType::String);
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[0].attributes[2]), 95.5);
  EXPECT_TRUE(core::is_null(out.features[1].attributes[2]));
  EXPECT_DOUBLE_EQ(std::get<double>(out.features[2].attributes[2]), 85.0);
  EXPECT_EQ(report.matched, 2u);
  ASSERT_EQ(report.features_without_row, std::vector<std::string>{"640121104206"});
  ASSERT_EQ(report.rows_without_feature, std::vector<std::string>{"640121999999"});
  for (const auto& f : out.features) EXPECT_EQ(f.attributes.size(), out.fields.size());
}

TEST(TableJoin, DuplicateKeysAreAnErrorListingThem) {
  auto layer = villages({"640121104205"});
  auto table = indicators({{"640121104205", "95", ""}, {"640121104205", "80", ""}});
  analysis::JoinReport report;
  try {
    analysis::join_table(layer, table, {"vill_code", "village_code", {}, ""}, report);
    FAIL() << "expected duplicate-key error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("indicators.csv"), std::string::npos);
    EXPECT_NE(what.find("640121104205"), std::string::npos);
    EXPECT_NE(what.find("duplicate"), std::string::npos);
  }
}

TEST(TableJoin, UnknownKeyColumnNamesTheTable) {
  auto layer = villages({"640121104205"});
  auto table = indicators({});
  analysis::JoinReport report;
  EXPECT_THROW(analysis::join_table(layer, table, {"vill_code", "code", {}, ""}, report), core::Error);
}
