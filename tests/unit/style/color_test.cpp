#include "style/color.hpp"

#include <gtest/gtest.h>

using namespace ruralatlas;

TEST(style_color, ParsesHexAndRejectsJunk) {
  EXPECT_EQ(style::Color::parse("#d7301f"), (style::Color{0xd7, 0x30, 0x1f, 255}));
  EXPECT_EQ(style::Color::parse("#D7301F"), (style::Color{0xd7, 0x30, 0x1f, 255}));
  EXPECT_EQ(style::Color::parse("#00000080")->a, 0x80);
  EXPECT_FALSE(style::Color::parse("red"));
  EXPECT_FALSE(style::Color::parse("#12345"));
  EXPECT_FALSE(style::Color::parse("#12345g"));
  EXPECT_FALSE(style::Color::parse("d7301f"));
  EXPECT_FALSE(style::Color::parse(""));
  EXPECT_EQ(style::Color::parse("#2c7fb8")->to_hex(), "#2c7fb8");
  EXPECT_EQ(style::Color::parse("#2c7fb880")->to_hex(), "#2c7fb880");
}
