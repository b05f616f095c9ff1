// The attribute table's filter match: UTF-8 compared ignoring case, Chinese text included.
#include <gtest/gtest.h>

#include "gui/caseless_text_search.hpp"

using ruralatlas::gui::CaselessNeedle;

TEST(CaselessTextSearch, FindsChineseText) {
  const CaselessNeedle needle("会宁");
  EXPECT_TRUE(needle.found_in("会宁县城关镇"));
  EXPECT_TRUE(needle.found_in("甘肃省白银市会宁县"));
  EXPECT_FALSE(needle.found_in("宁会村"));
  EXPECT_FALSE(needle.found_in("会"));
  EXPECT_FALSE(needle.found_in(""));
}

TEST(CaselessTextSearch, IgnoresCaseOfLatinLetters) {
  const CaselessNeedle needle("well");
  EXPECT_TRUE(needle.found_in("Well Water"));
  EXPECT_TRUE(needle.found_in("DEEP WELL"));
  EXPECT_FALSE(needle.found_in("wel l"));
  // Beyond ASCII: Ǆ (U+01C4) and ǆ (U+01C6) fold alike, as do É and é.
  EXPECT_TRUE(CaselessNeedle("ǆe").found_in("ǄEMAL"));
  EXPECT_TRUE(CaselessNeedle("ÉCOLE").found_in("une école"));
}

TEST(CaselessTextSearch, MalformedBytesMatchOnlyThemselves) {
  const std::string broken = "ab\xe4\xbc";  // a cut-off 3-byte sequence
  EXPECT_TRUE(CaselessNeedle("AB").found_in(broken));
  EXPECT_TRUE(CaselessNeedle(broken).found_in("xAB\xe4\xbc"));
  EXPECT_FALSE(CaselessNeedle("会").found_in(broken));
}

TEST(CaselessTextSearch, EmptyNeedleIsEmpty) {
  EXPECT_TRUE(CaselessNeedle("").empty());
  EXPECT_FALSE(CaselessNeedle("x").empty());
}
