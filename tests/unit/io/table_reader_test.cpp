#include <fstream>

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

namespace {
std::filesystem::path write_file(const test::TempDir& dir, const char* name, const std::string& bytes) {
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}
std::string error_text(const std::filesystem::path& path, const io::TableReadOptions& options) {
  try {
    io::read_table(path, options);
  } catch (const core::Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an error reading " << path;
  return {};
}
}  // namespace

TEST(TableReader, XlsxSheetByNameWithSpreadsheetRowNumbers) {
  io::TableReadOptions options;
  options.sheet = "指标";
  options.key_columns = {"village_code"};
  const auto table = io::read_table(fixture("sheets.xlsx"), options);
  ASSERT_EQ(table.rows.size(), 4u) << "the blank row 4 is not a record";
  // Rows as Excel numbers them (see make_io_fixtures.sh): header 1, blank row 4.
  EXPECT_EQ(table.source_rows, (std::vector<std::int64_t>{2, 3, 5, 6}));
  EXPECT_EQ(cell(table, 0, "village_code"), "640121104205");  // typed as a number
  EXPECT_EQ(cell(table, 1, "village_code"), "640121104206");  // typed as 640121104206.0
  EXPECT_EQ(cell(table, 2, "village_code"), "640121104207");  // "6.40121104207E+11": every digit there
  EXPECT_EQ(cell(table, 3, "village_code"), "640121104208");  // text
  EXPECT_EQ(cell(table, 2, "name"), "富坪村");
  EXPECT_EQ(cell(table, 0, "tap_water_hh_pct"), "96.5");
  EXPECT_EQ(cell(table, 3, "tap_water_hh_pct"), "85%");
  EXPECT_TRUE(core::is_null(table.rows[1][table.require_field("tap_water_hh_pct")]));
  for (const auto& f : table.fields) EXPECT_EQ(f.type, core::FieldType::String) << f.name;
}

TEST(TableReader, FirstSheetByDefaultAndMissingSheetListsTheSheets) {
  io::TableReadOptions options;
  const auto notes = io::read_table(fixture("sheets.xlsx"), options);
  ASSERT_EQ(notes.fields.size(), 1u);
  EXPECT_EQ(notes.fields[0].name, "说明");
  EXPECT_EQ(cell(notes, 0, "说明"), "本表为测试数据");
  options.sheet = "indicators";
  const auto what = error_text(fixture("sheets.xlsx"), options);
  EXPECT_NE(what.find("sheets.xlsx"), std::string::npos) << what;
  EXPECT_NE(what.find("说明, 指标"), std::string::npos) << what;
}

TEST(TableReader, CsvRowNumbersCountBlankLinesAndNotQuotedLineBreaks) {
  test::TempDir dir;
  const auto csv = write_file(dir, "t.csv", "code,name\n640121104205,a\n\n640121104206,\"two\nlines\"\n6.40121E+11,d\n");
  io::TableReadOptions options;
  EXPECT_EQ(io::read_table(csv, options).source_rows, (std::vector<std::int64_t>{2, 4, 5}));
  options.key_columns = {"code"};
  const auto what = error_text(csv, options);
  EXPECT_NE(what.find("t.csv"), std::string::npos) << what;
  EXPECT_NE(what.find("row 5"), std::string::npos) << what;
  EXPECT_NE(what.find("field 'code'"), std::string::npos) << what;
  EXPECT_NE(what.find("lost digits"), std::string::npos) << what;
}

TEST(TableReader, CodesEndingInZerosOrWithDecimalsAreNotGuessed) {
  test::TempDir dir;
  io::TableReadOptions options;
  options.key_columns = {"code"};
  // 12 digits from a mantissa of 6: the other 6 were never in the file.
  EXPECT_NE(error_text(write_file(dir, "a.csv", "code\n6.40121E+11\n"), options).find("lost digits"), std::string::npos);
  // Not a whole number either way.
  EXPECT_FALSE(error_text(write_file(dir, "b.csv", "code\n6.401211042051E+11\n"), options).empty());
  const auto kept = io::read_table(write_file(dir, "c.csv", "code\n640121104205.000\n0640121\n"), options);
  EXPECT_EQ(cell(kept, 0, "code"), "640121104205");
  EXPECT_EQ(cell(kept, 1, "code"), "0640121") << "leading zeros of a text code stay";
}

TEST(TableReader, OneColumnCsv) {
  // GDAL 3.6 alone refuses a CSV without a separator in its header line.
  test::TempDir dir;
  io::TableReadOptions options;
  options.key_columns = {"village_code"};
  const auto table =
      io::read_table(write_file(dir, "codes.csv", "\xef\xbb\xbfvillage_code\r\n640121104205\r\n640121104206.0\r\n"), options);
  ASSERT_EQ(table.fields.size(), 1u);
  EXPECT_EQ(table.fields[0].name, "village_code");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(cell(table, 1, "village_code"), "640121104206");
  EXPECT_EQ(table.rows[1].size(), 1u);
  EXPECT_NE(table.source.find("codes.csv"), std::string::npos);
}

TEST(TableReader, SemicolonCsvWithCommasInValues) {
  test::TempDir dir;
  const auto table = io::read_table(write_file(dir, "s.csv", "code;name\n640121104205;原隆村, 红寺堡区\n"));
  ASSERT_EQ(table.fields.size(), 2u);
  EXPECT_EQ(cell(table, 0, "name"), "原隆村, 红寺堡区");
}

TEST(TableReader, MissingFileAndNotATable) {
  const auto missing = error_text(fixture("nope.csv"), {});
  EXPECT_NE(missing.find("nope.csv"), std::string::npos) << missing;
  EXPECT_NE(missing.find("not found"), std::string::npos) << missing;
  const auto garbage = error_text(fixture("not_gis.shp"), {});
  EXPECT_NE(garbage.find("not_gis.shp"), std::string::npos) << garbage;
}
