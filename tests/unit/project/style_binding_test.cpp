// Styles meeting their data: the bad inputs of issue #5 (graduated on text, empty or constant
// fields, fewer values than classes, categories from 10,000 values) give a clear error or a
// documented fallback with a warning; categories from the data and breaks shared by several
// styles. Expected colours are ColorBrewer's published hex values.
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "project/style_file.hpp"
#include "style/rule_matcher.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path write(const test::TempDir& dir, const std::string& name, const std::string& text) {
  auto path = dir / name;
  std::ofstream(path) << text;
  return path;
}

/// Points with a text field `name`, a numeric `value` and a text `category`.
core::Layer points(const std::vector<core::Value>& values, const std::vector<std::string>& categories = {}) {
  core::Layer layer;
  layer.name = "sites";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"name", core::FieldType::String, 0},
                  {"value", core::FieldType::Real, 0},
                  {"category", core::FieldType::String, 0}};
  for (std::size_t i = 0; i < values.size(); ++i)
    layer.features.push_back({static_cast<std::int64_t>(i), core::MultiPoint{{0.0, 0.0}},
                              {std::string("安置点") + std::to_string(i), values[i],
                               i < categories.size() ? categories[i] : std::string()}});
  return layer;
}

const char* kGraduated = R"(layer: sites
renderer: graduated
field: value
method: jenks
classes: 4
ramp: Blues
symbol: {marker: {size_mm: 2}}
)";

/// The Config error binding throws, naming the style file, or a test failure.
std::string bind_error(style::LayerStyle& style, const core::Layer& layer) {
  try {
    project::bind_style(style, layer, "sites_style.yaml");
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config) << e.what();
    EXPECT_NE(std::string(e.what()).find("sites_style.yaml"), std::string::npos) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "expected an error";
  return {};
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST(style_binding, GraduatedOnATextFieldSaysItNeedsNumbers) {
  test::TempDir dir;
  const auto text = std::string(kGraduated);
  auto style = project::read_style_file(write(dir, "s.yaml", text.substr(0, text.find("field:")) + "field: name\n" +
                                                              text.substr(text.find("method:"))));
  const auto what = bind_error(style, points({1.0, 2.0}));
  EXPECT_NE(what.find("holds text (e.g. '安置点0')"), std::string::npos) << what;
  EXPECT_NE(what.find("categorized"), std::string::npos) << what;
}

TEST(style_binding, AllNullFieldIsAnErrorNotABlankMap) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", kGraduated));
  const auto what = bind_error(style, points({core::Value{}, std::string(""), std::string("-")}));
  EXPECT_NE(what.find("empty in all 3 features"), std::string::npos) << what;
}

TEST(style_binding, ConstantValuesGiveOneClassAndAWarning) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", kGraduated));
  project::bind_style(style, points({85.0, 85.0, 85.0}), "s.yaml");
  ASSERT_EQ(style.rules.size(), 1u);
  EXPECT_EQ(style.rules[0].label, "85");
  EXPECT_NE(joined(style.warnings).find("every value of 'value' is 85"), std::string::npos) << joined(style.warnings);
}

TEST(style_binding, FewerDistinctValuesThanClassesAreSaid) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", kGraduated));
  project::bind_style(style, points({1.0, 1.0, 5.0, 9.0, 9.0}), "s.yaml");
  EXPECT_EQ(style.rules.size(), 3u);
  EXPECT_NE(joined(style.warnings).find("3 distinct values, fewer than the 4 classes asked; the map shows 3"), std::string::npos)
      << joined(style.warnings);
}

TEST(style_binding, FeaturesWithoutANumberFallIntoAGreyNoDataClass) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", kGraduated));
  const auto layer = points({10.0, 20.0, 30.0, 40.0, core::Value{}, std::string("n/a")});
  project::bind_style(style, layer, "s.yaml");
  ASSERT_EQ(style.rules.size(), 5u);
  EXPECT_EQ(style.rules.back().label, "无数据");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules.back().symbols[0]).fill->to_hex(), "#bdbdbd");
  std::vector<std::size_t> matched;
  for (std::size_t f : {4u, 5u}) {
    style::match_rules(style, layer.features[f].attributes, matched);
    EXPECT_EQ(matched, (std::vector<std::size_t>{4})) << "feature " << f;
  }
  EXPECT_NE(joined(style.warnings).find("1 features have 'value' that is not a number (e.g. 'n/a')"),
            std::string::npos)
      << joined(style.warnings);
}

TEST(style_binding, CategoriesFromTheDataInValueOrderWithRampColours) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", R"(layer: sites
renderer: categorized
field: category
categories: auto
ramp: Set2
value_labels: {labour: 劳务移民}
symbol: {marker: {size_mm: 2}}
)"));
  EXPECT_TRUE(style.rules.empty()) << "categories wait for the data";
  const auto layer = points({1.0, 2.0, 3.0, 4.0, 5.0}, {"labour", "ecological", "labour", "", "urban"});
  project::bind_style(style, layer, "s.yaml");
  ASSERT_EQ(style.rules.size(), 4u);
  EXPECT_EQ(style.rules[0].label, "ecological");
  EXPECT_EQ(style.rules[1].label, "劳务移民");
  EXPECT_EQ(style.rules[1].feature_count, 2u);
  EXPECT_EQ(style.rules[2].label, "urban");
  EXPECT_EQ(style.rules[3].label, "无数据");
  // ColorBrewer Set2, first three colours.
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[0].symbols[0]).fill->to_hex(), "#66c2a5");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[1].symbols[0]).fill->to_hex(), "#fc8d62");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[2].symbols[0]).fill->to_hex(), "#8da0cb");
  std::vector<std::size_t> matched;
  style::match_rules(style, layer.features[2].attributes, matched);
  EXPECT_EQ(matched, (std::vector<std::size_t>{1}));
}

TEST(style_binding, CategoriesFromTenThousandValuesAreRefused) {
  test::TempDir dir;
  auto style = project::read_style_file(write(dir, "s.yaml", R"(layer: sites
renderer: categorized
field: value
categories: auto
symbol: {marker: {size_mm: 2}}
)"));
  std::vector<core::Value> values;
  for (int i = 0; i < 10000; ++i) values.emplace_back(static_cast<double>(i));
  const auto what = bind_error(style, points(values));
  EXPECT_NE(what.find("has 10000 distinct values"), std::string::npos) << what;
  EXPECT_NE(what.find("renderer: graduated"), std::string::npos) << what;
}

TEST(style_binding, SharedBreaksFileGivesEveryStyleTheSameClasses) {
  test::TempDir dir;
  write(dir, "exit_classes.yaml", "# shared by every year's map\nbreaks: [60, 80, 90]\nunit: \"%\"\n");
  const std::string style_text = "layer: sites\nrenderer: graduated\nfield: value\nbreaks_from: exit_classes.yaml\n"
                                 "colors: [\"#d7191c\", \"#fdae61\", \"#a6d96a\", \"#1a9641\"]\n"
                                 "symbol: {marker: {size_mm: 2}}\n";
  auto year_2019 = project::read_style_file(write(dir, "a.yaml", style_text));
  auto year_2020 = project::read_style_file(write(dir, "b.yaml", style_text));
  project::bind_style(year_2019, points({55.0, 65.0, 70.0}), "a.yaml");
  project::bind_style(year_2020, points({88.0, 95.0, 99.0}), "b.yaml");
  for (const auto* style : {&year_2019, &year_2020}) {
    ASSERT_EQ(style->rules.size(), 4u);
    EXPECT_EQ(style->classification->breaks, (std::vector<double>{60, 80, 90}));
    EXPECT_EQ(style->rules[0].label, "< 60%");
    EXPECT_EQ(style->rules[2].label, "80–90%");
    EXPECT_EQ(style->rules[3].label, "≥ 90%");
  }
  EXPECT_EQ(year_2019.classification->classes[1].count, 2u);
  EXPECT_EQ(year_2020.classification->classes[3].count, 2u);

  // Breaks given twice, or a method that is not manual, are configuration errors.
  for (const char* extra : {"breaks: [1, 2]\n", "method: jenks\n"}) {
    try {
      project::read_style_file(write(dir, "c.yaml", style_text + extra));
      ADD_FAILURE() << extra;
    } catch (const core::Error& e) {
      EXPECT_NE(std::string(e.what()).find("breaks_from"), std::string::npos) << e.what();
    }
  }
  write(dir, "bad_classes.yaml", "breaks: [90, 60]\n");
  try {
    project::read_style_file(write(dir, "d.yaml", "layer: sites\nrenderer: graduated\nfield: value\n"
                                                  "breaks_from: bad_classes.yaml\nsymbol: {marker: {size_mm: 2}}\n"));
    ADD_FAILURE() << "unordered shared breaks";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad_classes.yaml"), std::string::npos) << e.what();
  }
}

TEST(style_binding, AGivenNoDataClassNothingFallsIntoIsLeftOut) {
  test::TempDir dir;
  auto style = project::read_style_file(
      write(dir, "s.yaml", std::string(kGraduated) + "no_data: {symbol: {marker: {fill: \"#000000\"}}}\n"));
  project::bind_style(style, points({1.0, 2.0, 3.0, 4.0}), "s.yaml");
  EXPECT_EQ(style.rules.size(), 4u);
  for (const auto& rule : style.rules) EXPECT_FALSE(rule.is_else) << rule.label;
  project::bind_style(style, points({1.0, 2.0, 3.0, 4.0, core::Value{}}), "s.yaml");
  ASSERT_EQ(style.rules.size(), 5u) << "reclassified with a missing value";
  EXPECT_EQ(style.rules.back().label, "无数据");
}
