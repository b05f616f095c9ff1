// The CSV table writer against the table reader and the file's bytes: quoting, nulls,
// exact numbers, Chinese text, atomic overwrite rules.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/csv_table_writer.hpp"
#include "io/table_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

core::Layer sample_table() {
  core::Layer layer;
  layer.fields = {{"vill_code", core::FieldType::String, 0},
                  {"name", core::FieldType::String, 0},
                  {"population", core::FieldType::Integer, 0},
                  {"tap_pct", core::FieldType::Real, 0}};
  const auto row = [](std::string code, std::string name, core::Value pop, core::Value pct) {
    core::Feature f;
    f.attributes = {std::move(code), std::move(name), std::move(pop), std::move(pct)};
    return f;
  };
  layer.features = {row("640121104205", "原隆村", std::int64_t{1234}, 0.1),
                    row("640121104206", "say \"hi\", 村", core::Value{}, 87.125),
                    row("640121104207", "two\nlines", std::int64_t{-5}, 1e-7)};
  return layer;
}

std::string bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(CsvTableWriter, QuotesOnlyWhereNeededAndWritesNullsEmpty) {
  test::TempDir dir;
  io::write_csv_table(sample_table(), dir / "t.csv", false);
  EXPECT_EQ(bytes_of(dir / "t.csv"),
            "vill_code,name,population,tap_pct\n"
            "640121104205,原隆村,1234,0.1\n"
            "640121104206,\"say \"\"hi\"\", 村\",,87.125\n"
            "640121104207,\"two\nlines\",-5,1e-07\n");
}

TEST(CsvTableWriter, ReadsBackCellForCell) {
  test::TempDir dir;
  const auto layer = sample_table();
  io::write_csv_table(layer, dir / "t.csv", false);
  const auto table = io::read_table(dir / "t.csv");
  ASSERT_EQ(table.rows.size(), layer.features.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < layer.fields.size(); ++c)
      EXPECT_EQ(core::to_text(table.rows[r][c]), core::to_text(layer.features[r].attributes[c])) << r << "," << c;
  EXPECT_EQ(core::to_number(table.rows[2][3]), 1e-7);  // shortest form is still exact
}

TEST(CsvTableWriter, ExistingFileNeedsOverwrite) {
  test::TempDir dir;
  io::write_csv_table(sample_table(), dir / "t.csv", false);
  EXPECT_THROW(io::write_csv_table(sample_table(), dir / "t.csv", false), core::Error);
  io::write_csv_table(sample_table(), dir / "t.csv", true);
}
