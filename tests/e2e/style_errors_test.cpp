// Bad styles through the real CLI: a clear message, the right exit code and no output file,
// never a blank map. Uses the two-village fixture of the pixel test.
#include <fstream>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::test_data_dir;
using ruralatlas::test::TempDir;

namespace {

struct Rendered {
  ruralatlas::test::CliResult result;
  bool wrote_png = false;
};

/// Renders the fixture villages with `style` (YAML text) into a fresh folder.
Rendered render_villages_with(const std::string& style) {
  TempDir dir;
  const auto fixture = test_data_dir() / "style/pixel";
  std::ofstream(dir / "style.yaml") << style;
  std::ofstream(dir / "project.yaml") << "title: bad style\nmap_crs: EPSG:4544\nlayout: " << (fixture / "page.yaml").string()
                                      << "\nlayers:\n  - layer: " << (fixture / "villages.yaml").string()
                                      << "\n    style: " << (dir / "style.yaml").string() << "\n";
  Rendered r;
  r.result = run_cli({"render", (dir / "project.yaml").string(), "--out", (dir / "out").string(), "--format", "png"});
  r.wrote_png = std::filesystem::exists(dir / "out" / "project.png");
  return r;
}

}  // namespace

TEST(StyleErrors, MissingFontIsNamedWithHowToInstallIt) {
  const auto r = render_villages_with(
      "layer: villages\nsymbol: {marker: {size_mm: 2}}\nlabels: {field: name, font: No Such Font 9}\n");
  EXPECT_EQ(r.result.exit_code, 1) << r.result.err;
  EXPECT_NE(r.result.err.find("font 'No Such Font 9' is not installed"), std::string::npos) << r.result.err;
  EXPECT_FALSE(r.wrote_png);
}

TEST(StyleErrors, GraduatedOnTextNamesTheStyleAndSuggestsCategorized) {
  const auto r = render_villages_with(
      "layer: villages\nrenderer: graduated\nfield: name\nsymbol: {marker: {size_mm: 2}}\n");
  EXPECT_EQ(r.result.exit_code, 2) << r.result.err;
  EXPECT_NE(r.result.err.find("style.yaml"), std::string::npos) << r.result.err;
  EXPECT_NE(r.result.err.find("holds text (e.g. '未达标村')"), std::string::npos) << r.result.err;
  EXPECT_FALSE(r.wrote_png);
}

TEST(StyleErrors, MissingFieldListsTheLayersFields) {
  const auto r = render_villages_with(
      "layer: villages\nrenderer: graduated\nfield: tap_water_pct\nsymbol: {marker: {size_mm: 2}}\n");
  EXPECT_EQ(r.result.exit_code, 2) << r.result.err;
  EXPECT_NE(r.result.err.find("tap_water_hh_pct"), std::string::npos) << "lists or suggests the real field: " << r.result.err;
  EXPECT_FALSE(r.wrote_png);
}

TEST(StyleErrors, FewerDistinctValuesThanClassesDrawWithAWarning) {
  const auto r = render_villages_with(
      "layer: villages\nrenderer: graduated\nfield: vill_code\nmethod: quantile\nclasses: 4\n"
      "symbol: {marker: {size_mm: 2}}\n");
  EXPECT_EQ(r.result.exit_code, 0) << r.result.err;
  EXPECT_NE(r.result.err.find("2 distinct values, fewer than the 4 classes asked"), std::string::npos) << r.result.err;
  EXPECT_TRUE(r.wrote_png);
}
