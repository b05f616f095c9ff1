#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/layout_file.hpp"
#include "project/style_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {
std::filesystem::path write(const test::TempDir& dir, const std::string& text) {
  auto path = dir / "s.yaml";
  std::ofstream(path) << text;
  return path;
}
std::string config_error(const std::function<void()>& read) {
  try {
    read();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    return e.what();
  }
  ADD_FAILURE() << "expected a configuration error";
  return {};
}
}  // namespace

TEST(StyleFile, EveryShippedStyleAndLayoutReads) {
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "styles")) {
    SCOPED_TRACE(entry.path().string());
    const auto style = project::read_style_file(entry.path());
    EXPECT_FALSE(style.rules.empty());
  }
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "layouts")) {
    SCOPED_TRACE(entry.path().string());
    EXPECT_FALSE(project::read_layout_file(entry.path()).items.empty());
  }
}

TEST(StyleFile, CategorizedBecomesOneRulePerValue) {
  const auto style = project::read_style_file(test::source_dir() / "styles/relocation_sites.yaml");
  ASSERT_EQ(style.rules.size(), 2u);
  EXPECT_EQ(style.rules[0].filter->text(), "site_type = 'ecological'");
  EXPECT_EQ(style.rules[1].label, "劳务移民社区");
}

TEST(StyleFile, TypoedKeyHasLineAndSuggestion) {
  test::TempDir dir;
  auto path = write(dir, "layer: villages\nrenderer: single\nsymbol:\n  marker: {shape: circle, size_mm: 2, fil: \"#ff0000\"}\n");
  const auto what = config_error([&] { project::read_style_file(path); });
  EXPECT_NE(what.find("s.yaml:4"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'fill'?"), std::string::npos) << what;
}

TEST(StyleFile, BadColourShapeAndFilterNameFileAndLine) {
  test::TempDir dir;
  auto colour = write(dir, "layer: v\nsymbol:\n  fill: {color: \"#12zz45\"}\n");
  EXPECT_NE(config_error([&] { project::read_style_file(colour); }).find("s.yaml:3"), std::string::npos);
  auto shape = write(dir, "layer: v\nsymbol:\n  marker: {shape: hexagon}\n");
  EXPECT_NE(config_error([&] { project::read_style_file(shape); }).find("hexagon"), std::string::npos);
  auto filter = write(dir, "layer: v\nrenderer: rule-based\nrules:\n  - label: x\n    filter: \"a <\"\n    symbol: {marker: {}}\n");
  const auto what = config_error([&] { project::read_style_file(filter); });
  EXPECT_NE(what.find("s.yaml:5"), std::string::npos) << what;
}

TEST(StyleFile, FilterOnAFieldTheLayerLacksNamesTheStyleFile) {
  auto style = project::read_style_file(test::source_dir() / "styles/villages_tap_water.yaml");
  core::Layer layer;
  layer.name = "villages";
  layer.fields = {{"vill_code", core::FieldType::String, 12}};
  const auto what = config_error([&] { project::bind_style(style, layer, "styles/villages_tap_water.yaml"); });
  EXPECT_NE(what.find("styles/villages_tap_water.yaml"), std::string::npos) << what;
  EXPECT_NE(what.find("tap_water_hh_pct"), std::string::npos) << what;
}
