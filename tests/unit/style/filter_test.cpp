#include "style/filter.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

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

/// The message of the Config error `parse` throws, or a test failure.
std::string syntax_error(const std::string& text) {
  try {
    style::Filter::parse(text);
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no syntax error for `" << text << "`";
  return {};
}

}  // namespace

TEST(style_filter, NumericComparisonsIncludingTextNumbers) {
  struct Case {
    const char* filter;
    core::Value pct;
    bool expected;
  };
  const Case cases[] = {
      {"tap_water_hh_pct >= 90", 90.0, true},
      {"tap_water_hh_pct < 90", 90.0, false},
      {"tap_water_hh_pct < 90", std::string("85%"), true},  // core::to_number reads "85%" as 85
      {"tap_water_hh_pct < 90", std::string(" 89.5 "), true},
      {"tap_water_hh_pct <> 90", 89.99, true},
      {"tap_water_hh_pct != 90", 90.0, false},
      {"tap_water_hh_pct == 90", std::int64_t{90}, true},
      {"tap_water_hh_pct = 90.0", std::string("90"), true},
      {"tap_water_hh_pct > -1e1", -5.0, true},
      {"tap_water_hh_pct <= .5", 0.5, true},
      {"tap_water_hh_pct > +3", 3.0, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.filter);
    EXPECT_EQ(eval(c.filter, row(c.pct, "village")), c.expected);
  }
  EXPECT_TRUE(eval("hardened = 1", row(1.0, "x", 1)));
  EXPECT_TRUE(eval("hardened in (0, 1)", row(1.0, "x", 0)));
}

TEST(style_filter, NullAndBlankCompareUnknownButIsNullMatches) {
  for (const core::Value& missing : {core::Value{}, core::Value{std::string()}, core::Value{std::string("  ")}}) {
    EXPECT_FALSE(eval("tap_water_hh_pct < 90", row(missing, "village")));
    EXPECT_FALSE(eval("tap_water_hh_pct >= 90", row(missing, "village")));
    EXPECT_FALSE(eval("tap_water_hh_pct != 90", row(missing, "village")));
    EXPECT_FALSE(eval("tap_water_hh_pct in (1, 2)", row(missing, "village")));
    EXPECT_FALSE(eval("tap_water_hh_pct not in (1, 2)", row(missing, "village")));
    EXPECT_TRUE(eval("tap_water_hh_pct is null", row(missing, "village")));
    EXPECT_FALSE(eval("tap_water_hh_pct IS NOT NULL", row(missing, "village")));
  }
  EXPECT_FALSE(eval("tap_water_hh_pct is null", row(0.0, "village")));
  EXPECT_TRUE(eval("tap_water_hh_pct is not null", row(0.0, "village")));
}

TEST(style_filter, ThreeValuedLogicKeepsMissingValuesOutOfNegations) {
  const auto missing = row({}, "village");
  // not(unknown) is unknown: a village without data is not "failing".
  EXPECT_FALSE(eval("not tap_water_hh_pct >= 90", missing));
  EXPECT_FALSE(eval("not (tap_water_hh_pct >= 90)", missing));
  // unknown or true = true; unknown and false = false, so its negation is true.
  EXPECT_TRUE(eval("tap_water_hh_pct < 90 or road_class = 'village'", missing));
  EXPECT_FALSE(eval("tap_water_hh_pct < 90 and road_class = 'village'", missing));
  EXPECT_TRUE(eval("not (tap_water_hh_pct < 90 and road_class = 'county')", missing));
  EXPECT_FALSE(eval("not (tap_water_hh_pct < 90 or road_class = 'county')", missing));
}

TEST(style_filter, TextThatIsNotANumberIsNotOrderedAgainstNumbers) {
  // "-" and "n/a" mark missing values in statistical tables: neither passing nor failing.
  for (const char* text : {"-", "n/a", "缺"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(eval("tap_water_hh_pct < 90", row(std::string(text), "v")));
    EXPECT_FALSE(eval("tap_water_hh_pct >= 90", row(std::string(text), "v")));
    EXPECT_FALSE(eval("tap_water_hh_pct = 90", row(std::string(text), "v")));
    EXPECT_TRUE(eval("tap_water_hh_pct != 90", row(std::string(text), "v")));
  }
  // Quoted literals compare as text, whatever they look like.
  EXPECT_TRUE(eval("road_class = '010'", row(1.0, "010")));
  EXPECT_FALSE(eval("road_class = '10'", row(1.0, "010")));
  EXPECT_TRUE(eval("road_class >= 'b'", row(1.0, "county")));
}

TEST(style_filter, TextInListBooleanLogicAndPrecedence) {
  EXPECT_TRUE(eval("road_class in ('county', 'township')", row(1.0, "township")));
  EXPECT_FALSE(eval("road_class in ('county', 'township')", row(1.0, "village")));
  EXPECT_TRUE(eval("road_class not in ('county')", row(1.0, "village")));
  EXPECT_TRUE(eval("road_class = 'village' and hardened = 0 or tap_water_hh_pct > 50", row(60.0, "county")));
  EXPECT_FALSE(eval("road_class = 'village' and (hardened = 0 or tap_water_hh_pct > 50)", row(60.0, "county")));
  EXPECT_TRUE(eval("not road_class = 'county'", row(1.0, "village")));
  EXPECT_TRUE(eval("not not road_class = 'village'", row(1.0, "village")));
  EXPECT_TRUE(eval("名称 = '原隆村'", row(1.0, "village")));
  EXPECT_TRUE(eval("road_class = 'it''s'", row(1.0, "it's")));
  EXPECT_TRUE(eval("road_class = \"county\"", row(1.0, "county"))) << "double-quoted text value";
  EXPECT_TRUE(eval("\"road_class\" = 'county'", row(1.0, "county"))) << "double-quoted field name";
  EXPECT_TRUE(eval("ROAD_CLASS = 'county' AND Hardened IN (1) Or tap_water_hh_pct Is Null", row(1.0, "county")));
}

TEST(style_filter, SyntaxErrorsSayWhere) {
  struct Case {
    const char* filter;
    const char* column;  // 1-based, in characters
  };
  const Case cases[] = {
      {"tap_water_hh_pct <", "column 19"},
      {"(road_class = 'x'", "column 18"},
      {"road_class = 'x", "column 14"},
      {"road_class ~ 1", "column 12"},
      {"= 3", "column 1"},
      {"road_class = county", "column 14"},
      {"名称 = ", "column 6"},
      {"road_class in 'a'", "column 15"},
      {"hardened is 1", "column 13"},
      {"hardened not = 1", "column 14"},
      {"a = 1 b = 2", "column 7"},
      {"and = 1", "column 1"},
      {"", "column 1"},
      {"a = 1 and", "column 10"},
      {"a = 12abc", "column 7"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.filter);
    const auto what = syntax_error(c.filter);
    EXPECT_NE(what.find(c.column), std::string::npos) << what;
  }
  EXPECT_NE(syntax_error("road_class = county").find("write 'county'"), std::string::npos);
}

TEST(style_filter, UnknownFieldSuggestsAndListsTheLayersFields) {
  auto filter = style::Filter::parse("tap_water_pct < 90");
  try {
    filter.bind(kFields);
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    const std::string what = e.what();
    EXPECT_NE(what.find("did you mean 'tap_water_hh_pct'?"), std::string::npos) << what;
    EXPECT_NE(what.find("tap_water_hh_pct, road_class"), std::string::npos) << what;
  }
  EXPECT_EQ(style::Filter::parse("a < 1 and (b = 'x' or a > 3)").referenced_fields(),
            (std::vector<std::string>{"a", "b"}));
}

TEST(style_filter, UnboundFilterIsAnInternalErrorAndDefaultMatchesAll) {
  auto filter = style::Filter::parse("hardened = 1");
  try {
    filter.matches(row(1.0, "x"));
    FAIL();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Internal);
  }
  EXPECT_TRUE(style::Filter().matches({}));
}

TEST(style_filter, CopiesBindIndependently) {
  const auto parsed = style::Filter::parse("road_class = 'county'");
  auto a = parsed, b = parsed;
  a.bind(kFields);
  b.bind({{"road_class", core::FieldType::String, 0}});
  EXPECT_TRUE(a.matches(row(1.0, "county")));
  EXPECT_TRUE(b.matches({std::string("county")}));
  EXPECT_FALSE(b.matches({std::string("village")}));
}

TEST(style_filter, FieldReferencesAndTextLiteralsRoundTrip) {
  EXPECT_EQ(style::Filter::field_reference("road_class"), "road_class");
  EXPECT_EQ(style::Filter::field_reference("名称"), "名称");
  EXPECT_EQ(style::Filter::field_reference("2020 pop"), "\"2020 pop\"");
  EXPECT_EQ(style::Filter::field_reference("In"), "\"In\"");
  EXPECT_EQ(style::Filter::text_literal("it's"), "'it''s'");
  const std::vector<core::Field> odd = {{"2020 pop", core::FieldType::String, 0}};
  auto filter =
      style::Filter::parse(style::Filter::field_reference("2020 pop") + " = " + style::Filter::text_literal("it's"));
  filter.bind(odd);
  EXPECT_TRUE(filter.matches({std::string("it's")}));
}
