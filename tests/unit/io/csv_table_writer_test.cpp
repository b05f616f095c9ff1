// The CSV table writer against the table reader and the file's bytes: quoting, nulls,
// exact numbers, Chinese text, atomic overwrite rules, geometry as WKT read back through GDAL.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/csv_table_writer.hpp"
#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
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

/// A CSV holds no CRS: read it as the Gauss-Kruger metres it was written in.
io::VectorReadOptions gk_csv() {
  io::VectorReadOptions options;
  options.assumed_crs = "EPSG:4544";
  return options;
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

TEST(CsvTableWriter, GeometryAsWktReadsBackThroughGdal) {
  test::TempDir dir;
  auto layer = sample_table();
  layer.name = "villages";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.features[0].geometry = core::MultiPoint{{448231.125, 4024457.0000000005}};
  layer.features[1].geometry = core::MultiPoint{{1, 2}, {3.5, -4}};
  // features[2] keeps no geometry: an empty WKT cell
  io::write_csv_table(layer, dir / "v.csv", false, true);
  const auto text = bytes_of(dir / "v.csv");
  EXPECT_EQ(text.substr(0, text.find('\n')), "WKT,vill_code,name,population,tap_pct");
  EXPECT_NE(text.find("\n\"MULTIPOINT ((1 2),(3.5 -4))\",640121104206,"), std::string::npos) << text;
  EXPECT_NE(text.find("\n,640121104207,"), std::string::npos) << text;

  const auto back = io::read_vector_layer(dir / "v.csv", gk_csv()).layer;
  ASSERT_EQ(back.features.size(), 3u);
  const auto& p = std::get<core::MultiPoint>(back.features[0].geometry);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].x(), 448231.125);
  EXPECT_EQ(p[0].y(), 4024457.0000000005);  // shortest exact form keeps every bit
  EXPECT_EQ(std::get<core::MultiPoint>(back.features[1].geometry).size(), 2u);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(back.features[2].geometry));
  EXPECT_EQ(core::to_text(back.features[1].attributes[back.field_index("name").value()]), "say \"hi\", 村");
}

TEST(CsvTableWriter, LinesAndPolygonsWithHolesAsWkt) {
  test::TempDir dir;
  core::Layer layer;
  layer.geometry_kind = core::GeometryKind::Polygon;
  layer.fields = {{"id", core::FieldType::Integer, 0}};
  core::Polygon square;
  boost::geometry::read_wkt("POLYGON((0 0,0 10,10 10,10 0,0 0),(2 2,4 2,4 4,2 4,2 2))", square);
  core::Feature f;
  f.attributes = {std::int64_t{1}};
  f.geometry = core::MultiPolygon{square};
  layer.features.push_back(f);
  io::write_csv_table(layer, dir / "p.csv", false, true);
  EXPECT_EQ(bytes_of(dir / "p.csv"),
            "WKT,id\n\"MULTIPOLYGON (((0 0,0 10,10 10,10 0,0 0),(2 2,4 2,4 4,2 4,2 2)))\",1\n");
  const auto back = io::read_vector_layer(dir / "p.csv", gk_csv()).layer;
  ASSERT_EQ(back.features.size(), 1u);
  EXPECT_DOUBLE_EQ(boost::geometry::area(std::get<core::MultiPolygon>(back.features[0].geometry)), 96.0);

  core::Layer roads;
  roads.geometry_kind = core::GeometryKind::Line;
  core::Feature road;
  road.geometry = core::MultiLineString{{{0, 0}, {1.25, 1}}, {{5, 5}, {6, 7}}};
  roads.features.push_back(road);
  io::write_csv_table(roads, dir / "r.csv", false, true);
  EXPECT_EQ(bytes_of(dir / "r.csv"), "WKT\n\"MULTILINESTRING ((0 0,1.25 1),(5 5,6 7))\"\n");
}
