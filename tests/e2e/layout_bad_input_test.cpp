// End-to-end: bad layouts and atlas inputs through the real CLI — one clear message naming the
// file and item, the right exit code, and no output file; text too long for its box is drawn
// smaller or cut with a warning, never silently.
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::run_shell;
using ruralatlas::test::source_dir;
using ruralatlas::test::TempDir;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_file(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

std::size_t count_files(const std::filesystem::path& dir) {
  if (!std::filesystem::exists(dir)) return 0;
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

std::string root(const std::string& file) { return (source_dir() / file).string(); }

/// A one-layer map of the counties with `title`, through `layout`.
void write_county_map(const TempDir& dir, const std::string& layout, const std::string& title = "测试") {
  write_file(dir / "map.yaml", "title: \"" + title + "\"\nmap_crs: EPSG:4544\nlayout: " + layout +
                                   "\nlayers:\n  - {layer: " + root("layers/counties.yaml") +
                                   ", style: " + root("styles/counties_outline.yaml") + "}\n");
}

/// A point atlas of the villages of one township, drawn with the battle-map layout.
void write_village_atlas(const TempDir& dir, const std::string& villages_layer, const std::string& atlas_extra) {
  write_file(dir / "villages_style.yaml",
             "layer: villages\nrenderer: single\nsymbol: {marker: {shape: circle, size_mm: 2, fill: \"#d7301f\"}}\n");
  write_file(dir / "atlas.yaml",
             "title: 测试\nmap_crs: EPSG:4544\nlayout: " + root("layouts/a3_village_sheet.yaml") + "\nlayers:\n"
             "  - {layer: " + root("layers/counties.yaml") + ", style: " + root("styles/counties_boundary.yaml") + "}\n"
             "  - {layer: " + villages_layer + ", style: villages_style.yaml}\n"
             "atlas:\n  layer: villages\n  name_field: name\n  filter: \"township = '香水镇'\"\n" + atlas_extra);
}

}  // namespace

TEST(LayoutBadInput, ItemOutsideThePageNamesLayoutFileAndLineAndWritesNothing) {
  TempDir dir;
  write_file(dir / "layout.yaml", slurp(source_dir() / "layouts/a3_landscape.yaml") +
                                      "  - text: {x_mm: 400, y_mm: 280, width_mm: 40, height_mm: 10, text: 附注}\n");
  write_county_map(dir, "layout.yaml");
  const auto r = run_cli({"render", (dir / "map.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("layout\\.yaml:[0-9]+: .*\\(400, 280\\) to \\(440, 290\\) mm leaves "
                                                  "the printable area of the A3 page")))
      << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(LayoutBadInput, TitleTooLongShrinksWithAWarningAndFarTooLongIsCutWithOne) {
  TempDir dir;
  // a3_landscape's title box: 122 × 18 mm at 18 pt. Two lines' worth shrinks a little; a
  // paragraph cannot fit even at 60 % and is cut, with a warning saying so.
  write_county_map(dir, root("layouts/a3_landscape.yaml"), "宁夏回族自治区与甘肃省四市行政村自来水入户率与脱贫目标达标情况");
  auto r = run_cli({"render", (dir / "map.yaml").string(), "--out", (dir / "out").string(), "--format", "png",
                    "--dpi", "30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("warning: text \"宁夏回族自治区.*\" shrunk from 18\\.0 to 1[0-7](\\.5)? pt")))
      << r.err;
  std::string paragraph;
  for (int i = 0; i < 12; ++i) paragraph += "行政村自来水入户率与脱贫目标达标情况";
  write_county_map(dir, root("layouts/a3_landscape.yaml"), paragraph);
  r = run_cli({"render", (dir / "map.yaml").string(), "--out", (dir / "out").string(), "--format", "png", "--dpi", "30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("does not fit its 122.0 × 18.0 mm box and is cut off"), std::string::npos) << r.err;
}

TEST(AtlasBadInput, LayerWithoutFeaturesIsADataErrorAndWritesNothing) {
  TempDir dir;
  ASSERT_EQ(run_shell("ogr2ogr -where \"1 = 0\" '" + (dir / "villages.shp").string() + "' '" +
                      root("sample-data/villages.shp") + "'")
                .exit_code, 0);
  write_file(dir / "villages.yaml", "name: villages\nsource: villages.shp\nkey: vill_code\n");
  write_village_atlas(dir, "villages.yaml", "");
  const auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("villages.shp"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no page to print"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(AtlasBadInput, IndicatorTableOnALayerNotScoredSaysHowToScoreIt) {
  TempDir dir;
  write_village_atlas(dir, root("layers/villages.yaml"),
                      "  indicators: {criteria: " + root("criteria/dingxi_village_exit.yaml") + "}\n");
  const auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("atlas.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("of rule DX-V01a in layer 'villages'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("criteria: [dingxi_village_exit.yaml]"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(AtlasBadInput, CoverageTableOverAPointAtlasIsAConfigError) {
  TempDir dir;
  write_village_atlas(dir, root("layers/villages.yaml"), "  table: {layer: villages, covered: tap_water_hh_pct >= 90}\n");
  const auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("atlas layer 'villages' is points"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(AtlasBadInput, ServiceFilterOnAnUnknownFieldNamesTheLayerFile) {
  TempDir dir;
  write_file(dir / "sites.yaml", "name: villages\nsource: " + root("sample-data/reloc_sites.shp") +
                                     "\nservices:\n  network: " + root("layers/roads.yaml") + "\n  speeds: " +
                                     root("networks/speeds.yaml") + "\n  kinds:\n    - {label: 班车, column: bus_min, "
                                     "facilities: " + root("layers/villages.yaml") + ", filter: \"bus_count >= 1\"}\n");
  write_village_atlas(dir, "sites.yaml", "");
  const auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("sites.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bus_count"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}
