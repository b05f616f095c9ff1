#include <gtest/gtest.h>

#include "core/error.hpp"
#include "style/filter.hpp"
#include "style/color.hpp"

using namespace ruralatlas;

namespace {

const std::vector<core::Field> kFields = {{"tap_water_hh_pct", core::FieldType::Real, 0},
                                          {"road_class", core::FieldType::String, 0},
                                          {"hardened", core::FieldType::Integer, 0},
                                          {"名称", core::FieldType::String, 0}};

bool eval(const std::string& text, std::vector<core::Value> row) {
  auto filter = style::Filter::parse(text);
  filter.bind(kFields);
  return filter.matches(row);
}

std::vector<core::Value> row(core::Value pct, std::string cls, std::int64_t hardened = 1) {
  return {std::move(pct), std::move(cls), hardened, std::string("原隆村")};
}

}  // namespace

TEST(Filter, NumericComparisonsIncludingTextNumbers) {
  EXPECT_TRUE(eval("tap_water_hh_pct >= 90", row(90.0, "village")));
  EXPECT_FALSE(eval("tap_water_hh_pct < 90", row(90.0, "village")));
  EXPECT_TRUE(eval("tap_water_hh_pct < 90", row(std::string("85%"), "village")));
  EXPECT_TRUE(eval("tap_water_hh_pct <> 90", row(89.99, "village")));
  EXPECT_TRUE(eval("hardened = 1", row(1.0, "x", 1)));
}

TEST(Filter, NullComparesFalseButIsNullMatches) {
  EXPECT_FALSE(eval("tap_water_hh_pct < 90", row({}, "village")));
  EXPECT_FALSE(eval("tap_water_hh_pct >= 90", row({}, "village")));
  EXPECT_TRUE(eval("tap_water_hh_pct is null", row({}, "village")));
  EXPECT_FALSE(eval("tap_water_hh_pct IS NOT NULL", row({}, "village")));
}

TEST(Filter, TextInListBooleanLogicAndPrecedence) {
  EXPECT_TRUE(eval("road_class in ('county', 'township')", row(1.0, "township")));
  EXPECT_TRUE(eval("road_class not in ('county')", row(1.0, "village")));
  EXPECT_TRUE(eval("road_class = 'village' and hardened = 0 or tap_water_hh_pct > 50", row(60.0, "county")));
  EXPECT_FALSE(eval("road_class = 'village' and (hardened = 0 or tap_water_hh_pct > 50)", row(60.0, "county")));
  EXPECT_TRUE(eval("not road_class = 'county'", row(1.0, "village")));
  EXPECT_TRUE(eval("名称 = '原隆村'", row(1.0, "village")));
  EXPECT_TRUE(eval("road_class = 'it''s'", row(1.0, "it's")));
}

TEST(Filter, SyntaxErrorsSayWhere) {
  for (const char* bad : {"tap_water_hh_pct <", "(road_class = 'x'", "road_class = 'x", "road_class ~ 1", "= 3"}) {
    SCOPED_TRACE(bad);
    try {
      style::Filter::parse(bad);
      FAIL();
    } catch (const core::Error& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::Config);
      EXPECT_NE(std::string(e.what()).find("column"), std::string::npos) << e.what();
    }
  }
}

TEST(Filter, UnknownFieldListsTheLayersFields) {
  auto filter = style::Filter::parse("tap_water_pct < 90");
  try {
    filter.bind(kFields);
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("tap_water_hh_pct, road_class"), std::string::npos) << e.what();
  }
  EXPECT_EQ(style::Filter::parse("a < 1 and (b = 'x' or a > 3)").referenced_fields(), (std::vector<std::string>{"a", "b"}));
}

TEST(Color, ParsesHexAndRejectsJunk) {
  EXPECT_EQ(style::Color::parse("#d7301f"), (style::Color{0xd7, 0x30, 0x1f, 255}));
  EXPECT_EQ(style::Color::parse("#00000080")->a, 0x80);
  EXPECT_FALSE(style::Color::parse("red"));
  EXPECT_FALSE(style::Color::parse("#12345"));
  EXPECT_FALSE(style::Color::parse("#12345g"));
  EXPECT_EQ(style::Color::parse("#2c7fb8")->to_hex(), "#2c7fb8");
}
