#include <gtest/gtest.h>

#include "core/value.hpp"

using ruralatlas::core::to_number;
using ruralatlas::core::to_text;
using ruralatlas::core::Value;

TEST(Value, NumbersFromTextIncludingPercentAndSpaces) {
  EXPECT_DOUBLE_EQ(*to_number(Value{std::string("85%")}), 85.0);
  EXPECT_DOUBLE_EQ(*to_number(Value{std::string(" 12.5 ")}), 12.5);
  EXPECT_DOUBLE_EQ(*to_number(Value{std::int64_t{7}}), 7.0);
  EXPECT_DOUBLE_EQ(*to_number(Value{3.25}), 3.25);
}

TEST(Value, BlankDashAndTextAreNotNumbers) {
  EXPECT_FALSE(to_number(Value{std::string("")}));
  EXPECT_FALSE(to_number(Value{std::string("-")}));
  EXPECT_FALSE(to_number(Value{std::string("n/a")}));
  EXPECT_FALSE(to_number(Value{std::string("12abc")}));
  EXPECT_FALSE(to_number(Value{}));
}

TEST(Value, CodesKeepAllDigitsAsText) {
  EXPECT_EQ(to_text(Value{std::string("640121104205")}), "640121104205");
  EXPECT_EQ(to_text(Value{std::int64_t{640121104205}}), "640121104205");
  EXPECT_EQ(to_text(Value{640121104205.0}), "640121104205");
  EXPECT_EQ(to_text(Value{}), "");
}
