#include "style/graduated_classifier.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "style/rule_matcher.hpp"

using namespace ruralatlas;

namespace {

core::Layer villages(const std::vector<core::Value>& pct) {
  core::Layer layer;
  layer.name = "villages";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"name", core::FieldType::String, 0}, {"tap_water_hh_pct", core::FieldType::Real, 0}};
  std::int64_t fid = 0;
  for (const auto& v : pct) layer.features.push_back({fid++, core::MultiPoint{{0.0, 0.0}}, {std::string("村"), v}});
  return layer;
}

style::LayerStyle graduated(style::RendererKind kind) {
  style::LayerStyle style;
  style.layer = "villages";
  style.renderer = kind;
  style.field = "tap_water_hh_pct";
  style::GraduatedSpec spec;
  spec.method = "manual";
  spec.breaks = {60, 80, 90};
  spec.ramp = "RdYlGn";
  spec.symbol = style::MarkerSymbol{};
  spec.label_format.unit = "%";
  spec.label_format.open_ends = true;
  style::Rule no_data;
  no_data.label = "无数据";
  no_data.symbols = {
      style::MarkerSymbol{style::MarkerShape::Circle, 1.0, style::Color{189, 189, 189}, std::nullopt, 0}};
  spec.no_data = no_data;
  style.graduated = spec;
  return style;
}

/// The rule index each feature is drawn with (its first matching rule).
std::vector<std::size_t> drawn_with(const style::LayerStyle& style, const core::Layer& layer) {
  std::vector<std::size_t> out, matched;
  for (const auto& f : layer.features) {
    style::match_rules(style, f.attributes, matched);
    out.push_back(matched.empty() ? 99 : matched.front());
  }
  return out;
}

}  // namespace

TEST(style_graduated_classifier, ManualBreaksBecomeRulesWithRampColoursAndNoData) {
  const auto layer = villages({50.0, 70.0, std::string("85%"), 90.0, 100.0, core::Value{}, std::string("-")});
  auto style = graduated(style::RendererKind::GraduatedColor);
  style::classify_graduated(style, style::numeric_values(layer, style.field));
  ASSERT_EQ(style.rules.size(), 5u);
  EXPECT_EQ(style.rules[0].label, "< 60%");
  EXPECT_EQ(style.rules[3].label, "≥ 90%");
  EXPECT_EQ(style.rules[4].label, "无数据");
  EXPECT_TRUE(style.rules[4].is_else);
  // RdYlGn 4-class: red for the lowest class, green for the highest.
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[0].symbols[0]).fill->to_hex(), "#d7191c");
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[3].symbols[0]).fill->to_hex(), "#1a9641");
  ASSERT_TRUE(style.classification);
  EXPECT_EQ(style.classification->classes[3].count, 2u);

  for (auto& rule : style.rules)
    if (rule.filter) rule.filter->bind(layer.fields);
  EXPECT_EQ(drawn_with(style, layer), (std::vector<std::size_t>{0, 1, 2, 3, 3, 4, 4}));
}

TEST(style_graduated_classifier, GraduatedSizeSpreadsSizesAndKeepsTheTemplateColour) {
  const auto layer = villages({10.0, 20.0, 30.0, 40.0, 50.0, 60.0});
  auto style = graduated(style::RendererKind::GraduatedSize);
  style.graduated->method = "equal-interval";
  style.graduated->classes = 3;
  style.graduated->min_size_mm = 1.0;
  style.graduated->max_size_mm = 3.0;
  style.graduated->label_format = {};
  style::classify_graduated(style, style::numeric_values(layer, style.field));
  ASSERT_EQ(style.rules.size(), 4u);
  const auto size = [&](std::size_t i) { return std::get<style::MarkerSymbol>(style.rules[i].symbols[0]).size_mm; };
  EXPECT_DOUBLE_EQ(size(0), 1.0);
  EXPECT_DOUBLE_EQ(size(1), 2.0);
  EXPECT_DOUBLE_EQ(size(2), 3.0);
  EXPECT_EQ(std::get<style::MarkerSymbol>(style.rules[1].symbols[0]).fill, style::MarkerSymbol{}.fill);
  EXPECT_EQ(style.rules[0].label, "10.00–26.67") << "one number format for every bound";
  // Breaks at 26.666… and 43.333…: the filters use the exact values.
  for (auto& rule : style.rules)
    if (rule.filter) rule.filter->bind(layer.fields);
  EXPECT_EQ(drawn_with(style, layer), (std::vector<std::size_t>{0, 0, 1, 1, 2, 2}));
}

TEST(style_graduated_classifier, UnknownRampOrFieldIsAnError) {
  const auto layer = villages({1.0, 2.0});
  auto style = graduated(style::RendererKind::GraduatedColor);
  style.graduated->ramp = "Bluez";
  EXPECT_THROW(style::classify_graduated(style, style::numeric_values(layer, style.field)), core::Error);
  EXPECT_THROW(style::numeric_values(layer, "no_such_field"), core::Error);
}
