#include <gtest/gtest.h>

#include "layout/text_variables.hpp"

using namespace ruralatlas::layout;

TEST(layout_text_variables, SubstitutesKnownAndKeepsUnknown) {
  const TextVariables vars{{"title", "宁夏、甘肃四市 村级自来水入户率"}, {"date", "2026-11-24"}, {"scale", "1:2,000,000"}};
  EXPECT_EQ(substitute_variables("{title}", vars), "宁夏、甘肃四市 村级自来水入户率");
  EXPECT_EQ(substitute_variables("制图日期：{date}；比例尺 {scale}", vars), "制图日期：2026-11-24；比例尺 1:2,000,000");
  EXPECT_EQ(substitute_variables("{nope} {date}", vars), "{nope} 2026-11-24");
  EXPECT_EQ(substitute_variables("{{date}} {", vars), "{date} {");
  EXPECT_EQ(substitute_variables("{ {date}", vars), "{ 2026-11-24");
}

TEST(layout_text_variables, ListsNamesUsed) {
  EXPECT_EQ(variables_in("{source}；坐标系：{crs}；{{x}}"), (std::vector<std::string>{"source", "crs"}));
  EXPECT_TRUE(variables_in("no braces").empty());
  const auto& known = known_text_variables();
  for (const char* name : {"title", "subtitle", "source", "date", "crs", "scale"})
    EXPECT_NE(std::find(known.begin(), known.end(), name), known.end()) << name;
}

TEST(layout_text_variables, FallbackStandsInForAnEmptyValueOnly) {
  const TextVariables vars{{"field:failing", ""}, {"field:name", "下寺村"}};
  EXPECT_EQ(substitute_variables("未达标：{field:failing|无}", vars), "未达标：无");
  EXPECT_EQ(substitute_variables("{field:name|无名}", vars), "下寺村");
  EXPECT_EQ(substitute_variables("{field:failing}", vars), "");
  EXPECT_EQ(substitute_variables("{nope|x}", vars), "{nope|x}") << "an unknown name is left as written";
  EXPECT_EQ(variables_in("{field:failing|无} {title}"), (std::vector<std::string>{"field:failing", "title"}));
}
