#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/table_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {
std::filesystem::path fixture(const char* name) { return test::test_data_dir() / "io" / name; }
std::string cell(const core::AttributeTable& t, std::size_t row, const char* column) {
  return core::to_text(t.rows[row][t.require_field(column)]);
}
}  // namespace

TEST(TableReader, CsvWithBomKeepsTextAndMarksEmptyAsNull) {
  io::TableReadOptions options;
  options.key_columns = {"village_code"};
  const auto table = io::read_table(fixture("indicators_bom.csv"), options);
  ASSERT_EQ(table.fields.front().name, "village_code") << "BOM stripped from the first header";
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(cell(table, 0, "village_code"), "640121104205");
  EXPECT_EQ(cell(table, 1, "tap_water_hh_pct"), "85%");
  EXPECT_TRUE(core::is_null(table.rows[1][table.require_field("note")]));
  EXPECT_EQ(cell(table, 2, "note"), "空");
  EXPECT_EQ(table.source_rows, (std::vector<std::int64_t>{2, 3, 4}));
}

TEST(TableReader, GbkCsvIsConvertedToUtf8) {
  const auto table = io::read_table(fixture("indicators_gbk.csv"));
  EXPECT_EQ(cell(table, 0, "name"), "原隆村");
  EXPECT_EQ(cell(table, 1, "name"), "富坪村");
}

TEST(TableReader, XlsxCodeTypedAsNumberKeepsAll12Digits) {
  io::TableReadOptions options;
  options.key_columns = {"village_code"};
  const auto table = io::read_table(fixture("codes_as_numbers.xlsx"), options);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(cell(table, 0, "village_code"), "640121104205");
  EXPECT_EQ(cell(table, 1, "village_code"), "620421100001");
  EXPECT_EQ(cell(table, 0, "tap_water_hh_pct"), "96.5");
}

TEST(TableReader, ScientificNotationCodeIsAnErrorWithRowAndColumn) {
  io::TableReadOptions options;
  options.key_columns = {"village_code"};
  try {
    io::read_table(fixture("codes_scientific.xlsx"), options);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("codes_scientific.xlsx"), std::string::npos) << what;
    EXPECT_NE(what.find("row 2"), std::string::npos) << what;
    EXPECT_NE(what.find("village_code"), std::string::npos) << what;
  }
}

TEST(TableReader, MissingKeyColumnListsTheColumns) {
  io::TableReadOptions options;
  options.key_columns = {"vill_code"};
  try {
    io::read_table(fixture("indicators_bom.csv"), options);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("village_code, tap_water_hh_pct, note"), std::string::npos) << e.what();
  }
}

TEST(TableReader, RowWithMoreCellsThanTheHeaderIsAnError) {
  try {
    io::read_table(fixture("ragged.csv"));
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("ragged.csv"), std::string::npos) << what;
    EXPECT_NE(what.find("row 4"), std::string::npos) << what;
    EXPECT_NE(what.find("4 cells but the header has 3"), std::string::npos) << what;
  }
}

TEST(TableReader, OdsSheetByNameAndByPosition) {
  io::TableReadOptions options;
  options.key_columns = {"village_code"};
  options.sheet = "指标";
  const auto by_name = io::read_table(fixture("indicators.ods"), options);
  ASSERT_EQ(by_name.rows.size(), 3u);
  EXPECT_EQ(cell(by_name, 0, "village_code"), "640121104205");
  options.sheet = "1";
  EXPECT_EQ(io::read_table(fixture("indicators.ods"), options).rows.size(), 3u);
  options.sheet = "2";
  EXPECT_THROW(io::read_table(fixture("indicators.ods"), options), core::Error);
}

TEST(TableReader, GeoPackageAttributeTableWithNumericTypesKeepsCodesAsText) {
  io::TableReadOptions options;
  options.sheet = "indicators";
  options.key_columns = {"village_code"};
  const auto table = io::read_table(fixture("indicators_table.gpkg"), options);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(cell(table, 0, "village_code"), "640121104205");
  EXPECT_EQ(cell(table, 2, "note"), "空");
}
