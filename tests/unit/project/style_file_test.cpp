#include "project/style_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <regex>

#include "core/error.hpp"
#include "style/rule_matcher.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path write(const test::TempDir& dir, const std::string& text, const std::string& name = "s.yaml") {
  auto path = dir / name;
  std::ofstream(path) << text;
  return path;
}

/// The message of the Config error `read` throws, or a test failure.
std::string config_error(const std::function<void()>& read) {
  try {
    read();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "expected a configuration error";
  return {};
}

std::string style_error(const test::TempDir& dir, const std::string& text) {
  const auto path = write(dir, text);
  return config_error([&] { project::read_style_file(path); });
}

std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".yaml") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// A points layer with a numeric and a text field.
core::Layer villages(const std::vector<core::Value>& pct) {
  core::Layer layer;
  layer.name = "villages";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"name", core::FieldType::String, 0}, {"tap_water_hh_pct", core::FieldType::Real, 0}};
  std::int64_t fid = 0;
  for (const auto& v : pct) layer.features.push_back({fid++, core::MultiPoint{{0.0, 0.0}}, {std::string("村"), v}});
  return layer;
}

}  // namespace

TEST(style_file, EveryShippedStyleAndFixtureReads) {
  const auto shipped = yaml_files(test::source_dir() / "styles");
  EXPECT_GE(shipped.size(), 5u);
  for (const auto& dir : {test::source_dir() / "styles", test::test_data_dir() / "style"})
    for (const auto& path : yaml_files(dir)) {
      SCOPED_TRACE(path.string());
      const auto style = project::read_style_file(path);
      EXPECT_FALSE(style.layer.empty());
      EXPECT_TRUE(!style.rules.empty() || style.graduated || style.unique_values)
          << "rules, or a graduated or categories-from-the-data spec to expand";
    }
}

TEST(style_file, ShippedTapWaterStyleClassifiesAtTheThreshold) {
  auto style = project::read_style_file(test::source_dir() / "styles/villages_tap_water.yaml");
  EXPECT_EQ(style.title, "自来水入户率 (DX-V05b)");
  ASSERT_EQ(style.rules.size(), 3u);
  EXPECT_EQ(style.rules[0].label, "达标 ≥ 90%");
  EXPECT_EQ(style.rules[1].label, "未达标 < 90%");
  EXPECT_EQ(style.rules[2].label, "无数据");
  const auto layer = villages({90.0, 89.9, core::Value{}, std::string("-"), std::string("95%")});
  project::bind_style(style, layer, "styles/villages_tap_water.yaml");
  std::vector<std::size_t> drawn, matched;
  for (const auto& f : layer.features) {
    style::match_rules(style, f.attributes, matched);
    ASSERT_EQ(matched.size(), 1u);
    drawn.push_back(matched.front());
  }
  EXPECT_EQ(drawn, (std::vector<std::size_t>{0, 1, 2, 2, 0}));
}

TEST(style_file, CategorizedBecomesOneRulePerValue) {
  const auto style = project::read_style_file(test::source_dir() / "styles/relocation_sites.yaml");
  ASSERT_EQ(style.rules.size(), 2u);
  EXPECT_EQ(style.rules[0].filter->text(), "site_type = 'ecological'");
  EXPECT_EQ(style.rules[0].label, "生态移民");
  EXPECT_EQ(style.rules[1].label, "劳务移民");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[1].symbols[0]).shape, style::MarkerShape::Star);
}

TEST(style_file, CategorizedTemplateTakesRampColoursValueListsAndElse) {
  const auto style = project::read_style_file(test::test_data_dir() / "style/roads_surface_ramp.yaml");
  ASSERT_EQ(style.rules.size(), 4u);
  EXPECT_EQ(style.rules[0].filter->text(), "surface in ('asphalt', 'cement')");
  // Set2's first two colours for the first two template categories, the third for else.
  EXPECT_EQ(std::get<style::LineSymbol>(style.rules[0].symbols[0]).color.to_hex(), "#66c2a5");
  EXPECT_EQ(std::get<style::LineSymbol>(style.rules[1].symbols[0]).color.to_hex(), "#fc8d62");
  EXPECT_EQ(std::get<style::LineSymbol>(style.rules[2].symbols[0]).color.to_hex(), "#8c6d31") << "its own symbol";
  EXPECT_EQ(std::get<style::LineSymbol>(style.rules[2].symbols[0]).dash_mm, (std::vector<double>{1, 0.5}));
  EXPECT_TRUE(style.rules[3].is_else);
  EXPECT_EQ(std::get<style::LineSymbol>(style.rules[3].symbols[0]).color.to_hex(), "#8da0cb");
}

TEST(style_file, RoadsDrawCountyRoadsOnTopButListThemFirst) {
  const auto style = project::read_style_file(test::source_dir() / "styles/roads_by_class.yaml");
  ASSERT_EQ(style.rules.size(), 4u);
  EXPECT_EQ(style.rules[0].label, "县道");
  EXPECT_GT(style.rules[0].level, style.rules[2].level);
  const auto& county = std::get<style::LineSymbol>(style.rules[0].symbols[0]);
  ASSERT_TRUE(county.casing);
  EXPECT_GT(county.casing_width_mm, county.width_mm);
  EXPECT_FALSE(std::get<style::LineSymbol>(style.rules[3].symbols[0]).dash_mm.empty()) << "unhardened roads dashed";
}

TEST(style_file, GraduatedIsClassifiedOnceTheLayerIsKnown) {
  auto style = project::read_style_file(test::test_data_dir() / "style/villages_tap_water_manual.yaml");
  EXPECT_EQ(style.renderer, style::RendererKind::GraduatedColor);
  EXPECT_TRUE(style.rules.empty()) << "classes wait for the data";
  ASSERT_TRUE(style.graduated);
  EXPECT_EQ(style.graduated->breaks, (std::vector<double>{60, 80, 90}));
  const auto layer = villages({50.0, 75.0, 85.0, 92.0, 99.0, core::Value{}});
  project::bind_style(style, layer, "villages_tap_water_manual.yaml");  // classifies, then binds
  ASSERT_EQ(style.rules.size(), 5u);
  EXPECT_EQ(style.rules[0].label, "< 60%");
  EXPECT_EQ(style.rules[3].label, "≥ 90%");
  EXPECT_EQ(style.rules[4].label, "无数据");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[3].symbols[0]).fill->to_hex(), "#1a9641");
  EXPECT_EQ(style.classification->classes[3].count, 2u);
  std::vector<std::size_t> matched;
  style::match_rules(style, layer.features[5].attributes, matched);
  EXPECT_EQ(matched, (std::vector<std::size_t>{4}));

  // The field must exist in the layer: the error names the style file.
  auto jenks = project::read_style_file(test::test_data_dir() / "style/villages_households_jenks.yaml");
  const auto what = config_error([&] { project::classify_style(jenks, layer, "villages_households_jenks.yaml"); });
  EXPECT_NE(what.find("villages_households_jenks.yaml"), std::string::npos) << what;
  EXPECT_NE(what.find("households"), std::string::npos) << what;
}

TEST(style_file, TypoedKeyHasLineAndSuggestion) {
  test::TempDir dir;
  auto what = style_error(
      dir, "layer: villages\nrenderer: single\nsymbol:\n  marker: {shape: circle, size_mm: 2, fil: \"#ff0000\"}\n");
  EXPECT_NE(what.find("s.yaml:4"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'fill'?"), std::string::npos) << what;
  what = style_error(dir, "layer: villages\ntitle: x\nsymbol: {marker: {}}\nlabls: {field: name}\n");
  EXPECT_NE(what.find("s.yaml:4"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'labels'?"), std::string::npos) << what;
  what = style_error(dir, "layer: v\nrenderer: graduated\nfield: x\nmethod: jenks\nclases: 5\nsymbol: {marker: {}}\n");
  EXPECT_NE(what.find("s.yaml:5"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'classes'?"), std::string::npos) << what;
}

TEST(style_file, BadValuesNameFileAndLine) {
  test::TempDir dir;
  struct Case {
    const char* yaml;
    const char* where;
    const char* says;
  };
  const Case cases[] = {
      {"layer: v\nsymbol:\n  fill: {color: \"#12zz45\"}\n", "s.yaml:3", "#12zz45"},
      {"layer: v\nsymbol:\n  marker: {shape: hexagon}\n", "s.yaml:3", "hexagon"},
      {"layer: v\nsymbol:\n  fill: {hatch: diagonal}\n", "s.yaml:3", "diagonal"},
      {"layer: v\nsymbol:\n  marker: {size_mm: -2}\n", "s.yaml:3", "size_mm"},
      {"layer: v\nsymbol:\n  marker: {size_mm: big}\n", "s.yaml:3", "big"},
      {"layer: v\nsymbol:\n  line: {color: \"#000000\", width_mm: 1, casing: \"#ffffff\", casing_width_mm: 0.5}\n",
       "s.yaml:3", "wider"},
      {"layer: v\nrenderer: rule-based\nrules:\n  - label: x\n    filter: \"a <\"\n    symbol: {marker: {}}\n",
       "s.yaml:5", "column 4"},
      {"layer: v\nrenderer: rule-based\nrules:\n  - filter: a = 1\n    else: true\n    symbol: {marker: {}}\n",
       "s.yaml:5", "not both"},
      {"layer: v\nrenderer: heatmap\nsymbol: {marker: {}}\n", "s.yaml:2", "heatmap"},
      {"layer: v\nrenderer: graduated\nfield: x\nmethod: jenk\nsymbol: {marker: {}}\n", "s.yaml:4",
       "did you mean 'jenks'?"},
      {"layer: v\nrenderer: graduated\nfield: x\nramp: Bluez\nsymbol: {marker: {}}\n", "s.yaml:4", "Bluez"},
      {"layer: v\nrenderer: graduated\nfield: x\nmethod: manual\nbreaks: [90, 60]\nsymbol: {marker: {}}\n", "s.yaml:5",
       "ascending"},
      {"layer: v\nrenderer: graduated\nfield: x\nmethod: manual\nbreaks: [60, 90]\ncolors: [\"#000000\"]\nsymbol: "
       "{marker: {}}\n",
       "s.yaml:6", "3 classes"},
      {"layer: v\nrenderer: graduated-size\nfield: x\nsymbol: {fill: {color: \"#000000\"}}\n", "s.yaml:4",
       "marker or line"},
      {"layer: v\nrenderer: categorized\nfield: k\ncategories:\n  - label: no value\n    symbol: {marker: {}}\n",
       "s.yaml:5", "value"},
      {"layer: v\nrenderer: categorized\nfield: k\ncategories:\n  - value: a\n", "s.yaml:5", "symbol"},
      {"layer: v\nrenderer: categorized\nfield: k\nsymbol: {marker: {}}\ncategories:\n  - value: a\n  - value: b\n",
       "s.yaml:4", "look alike"},
      {"layer: v\nsymbol: {marker: {}}\nopacity: 1.5\n", "s.yaml:3", "between 0 and 1"},
      {"layer: v\nsymbol: {marker: {}}\nmin_scale: 500000\nmax_scale: 100000\n", "s.yaml:4", "larger than min_scale"},
      {"layer: v\nsymbol: {marker: {}}\nlabels: {size_pt: 8}\n", "s.yaml:3", "field"},
      {"title: no layer\nsymbol: {marker: {}}\n", "s.yaml", "layer"},
      {"layer: v\nsymbol: {marker: {}, line: {}}\n", "s.yaml:2", "line"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.yaml);
    const auto what = style_error(dir, c.yaml);
    EXPECT_NE(what.find(c.where), std::string::npos) << what;
    EXPECT_NE(what.find(c.says), std::string::npos) << what;
  }
}

TEST(style_file, FilterOnAFieldTheLayerLacksNamesTheStyleFile) {
  auto style = project::read_style_file(test::source_dir() / "styles/villages_tap_water.yaml");
  core::Layer layer;
  layer.name = "villages";
  layer.fields = {{"vill_code", core::FieldType::String, 12}, {"tap_water_pct", core::FieldType::Real, 0}};
  const auto what = config_error([&] { project::bind_style(style, layer, "styles/villages_tap_water.yaml"); });
  EXPECT_NE(what.find("styles/villages_tap_water.yaml"), std::string::npos) << what;
  EXPECT_NE(what.find("tap_water_hh_pct"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'tap_water_pct'?"), std::string::npos) << what;
}
