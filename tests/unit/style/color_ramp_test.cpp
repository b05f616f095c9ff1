#include "style/color_ramp.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

using namespace ruralatlas;

namespace {

std::vector<std::string> hex(const std::vector<style::Color>& colors) {
  std::vector<std::string> out;
  for (const auto& c : colors) out.push_back(c.to_hex());
  return out;
}

double lightness(const style::Color& c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }

}  // namespace

// Expected palettes typed from colorbrewer2.org, not from our table.
TEST(style_color_ramp, ColorBrewerPalettesPerClassCount) {
  const auto ylgnbu = style::ColorRamp::brewer("YlGnBu");
  ASSERT_TRUE(ylgnbu);
  EXPECT_EQ(hex(ylgnbu->colors(9)), (std::vector<std::string>{"#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4",
                                                              "#1d91c0", "#225ea8", "#253494", "#081d58"}));
  // The 5-class palette is its own design, not a sample of the 9-class one.
  EXPECT_EQ(hex(ylgnbu->colors(5)), (std::vector<std::string>{"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"}));
  EXPECT_EQ(hex(style::ColorRamp::brewer("Blues")->colors(3)),
            (std::vector<std::string>{"#deebf7", "#9ecae1", "#3182bd"}));
  EXPECT_EQ(hex(style::ColorRamp::brewer("Reds")->colors(4)),
            (std::vector<std::string>{"#fee5d9", "#fcae91", "#fb6a4a", "#cb181d"}));
  const auto rdylgn = hex(style::ColorRamp::brewer("RdYlGn")->colors(11));
  EXPECT_EQ(rdylgn.front(), "#a50026");
  EXPECT_EQ(rdylgn[5], "#ffffbf");
  EXPECT_EQ(rdylgn.back(), "#006837");
  EXPECT_EQ(hex(style::ColorRamp::brewer("rdylgn")->colors(5)),
            (std::vector<std::string>{"#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641"}))
      << "names are case-insensitive";
}

TEST(style_color_ramp, QualitativeSchemesGiveTheirFirstColours) {
  EXPECT_EQ(hex(style::ColorRamp::brewer("Set2")->colors(3)),
            (std::vector<std::string>{"#66c2a5", "#fc8d62", "#8da0cb"}));
  EXPECT_EQ(hex(style::ColorRamp::brewer("Dark2")->colors(2)), (std::vector<std::string>{"#1b9e77", "#d95f02"}));
  EXPECT_EQ(style::ColorRamp::brewer("Paired")->colors(12).back().to_hex(), "#b15928");
  EXPECT_THROW(style::ColorRamp::brewer("Set2")->colors(9), core::Error);
}

TEST(style_color_ramp, ReversalAndInterpolationBeyondThePalettes) {
  const auto blues = *style::ColorRamp::brewer("Blues");
  auto forward = blues.colors(7), backward = blues.colors(7, true);
  std::reverse(backward.begin(), backward.end());
  EXPECT_EQ(forward, backward);
  const auto twelve = blues.colors(12);
  ASSERT_EQ(twelve.size(), 12u);
  EXPECT_EQ(twelve.front().to_hex(), "#f7fbff");
  EXPECT_EQ(twelve.back().to_hex(), "#08306b");
  for (std::size_t i = 1; i < twelve.size(); ++i) EXPECT_LT(lightness(twelve[i]), lightness(twelve[i - 1])) << i;
  EXPECT_EQ(blues.colors(1).size(), 1u);
  EXPECT_EQ(blues.colors(0).size(), 0u);
}

TEST(style_color_ramp, CustomStopsInterpolateLinearly) {
  style::ColorRamp grey({style::Color{0, 0, 0}, style::Color{255, 255, 255}});
  EXPECT_EQ(hex(grey.colors(3)), (std::vector<std::string>{"#000000", "#808080", "#ffffff"}));
  EXPECT_EQ(grey.at(0.25).to_hex(), "#404040");
  EXPECT_EQ(grey.at(-1).to_hex(), "#000000");
  EXPECT_EQ(grey.at(2).to_hex(), "#ffffff");
  EXPECT_FALSE(style::ColorRamp::brewer("NoSuchScheme"));
  EXPECT_THROW(style::ColorRamp({}), core::Error);
  const auto names = style::ColorRamp::brewer_names();
  for (const char* required : {"YlGnBu", "Blues", "Reds", "RdYlGn", "Set2", "Paired", "Dark2"})
    EXPECT_NE(std::find(names.begin(), names.end(), required), names.end()) << required;
}
