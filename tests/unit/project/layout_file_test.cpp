// Layout templates: the shipped ones parse into the pages the lead's maps use, every key of
// the format reaches the PrintLayout, and mistakes are Config errors with file:line.
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/layout_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path fixture(const std::string& name) { return test::test_data_dir() / "layout" / name; }

/// The Config error `path` raises, as text; fails the test when it parses.
std::string error_of(const std::filesystem::path& path) {
  try {
    project::read_layout_file(path);
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config) << e.what();
    return e.what();
  }
  ADD_FAILURE() << path << " parsed without error";
  return {};
}

template <class T>
std::vector<const T*> items_of(const layout::PrintLayout& l) {
  std::vector<const T*> out;
  for (const auto& item : l.items)
    if (const auto* it = std::get_if<T>(&item)) out.push_back(it);
  return out;
}

}  // namespace

TEST(layout_file, A3LandscapeTemplate) {
  const auto l = project::read_layout_file(test::source_dir() / "layouts/a3_landscape.yaml");
  EXPECT_EQ(l.page.name, "A3");
  EXPECT_DOUBLE_EQ(l.page.width_mm, 420);
  EXPECT_DOUBLE_EQ(l.page.height_mm, 297);
  EXPECT_DOUBLE_EQ(l.page.margins.left_mm, 8);
  const auto frames = items_of<layout::MapFrameItem>(l);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0]->map, "main");
  EXPECT_TRUE(frames[0]->round_scale);
  EXPECT_LE(frames[0]->rect.right_mm(), 420.0 * 2 / 3 + 1) << "map on the left two-thirds";
  EXPECT_GE(frames[0]->rect.height_mm, 260) << "at nearly full height";
  for (const auto& item : l.items) {
    if (std::holds_alternative<layout::MapFrameItem>(item) || std::holds_alternative<layout::TextItem>(item)) continue;
    EXPECT_GE(layout::item_rect(item).x_mm, frames[0]->rect.right_mm()) << "furniture in the right panel";
  }
  EXPECT_EQ(items_of<layout::LegendItem>(l).size(), 1u);
  EXPECT_EQ(items_of<layout::ScaleBarItem>(l).size(), 1u);
  ASSERT_EQ(items_of<layout::NorthArrowItem>(l).size(), 1u);
  EXPECT_EQ(items_of<layout::NorthArrowItem>(l)[0]->label, "北");
  bool title = false, source = false;
  for (const auto* t : items_of<layout::TextItem>(l)) {
    title = title || t->text == "{title}";
    source = source || t->text == "{source}；坐标系：{crs}；制图日期：{date}";
  }
  EXPECT_TRUE(title);
  EXPECT_TRUE(source);
}

TEST(layout_file, A4PortraitTemplate) {
  const auto l = project::read_layout_file(test::source_dir() / "layouts/a4_portrait.yaml");
  EXPECT_EQ(l.page.name, "A4");
  EXPECT_DOUBLE_EQ(l.page.width_mm, 210);
  EXPECT_DOUBLE_EQ(l.page.height_mm, 297);
  EXPECT_NE(l.main_frame(), nullptr);
  EXPECT_EQ(items_of<layout::LegendItem>(l).size(), 1u);
}

TEST(layout_file, EveryKeyReachesTheLayout) {
  const auto l = project::read_layout_file(fixture("custom_page.yaml"));
  EXPECT_EQ(l.page.name, "custom");
  EXPECT_DOUBLE_EQ(l.page.width_mm, 500);
  EXPECT_DOUBLE_EQ(l.page.margins.top_mm, 10);
  EXPECT_DOUBLE_EQ(l.page.margins.right_mm, 12);
  EXPECT_DOUBLE_EQ(l.page.margins.bottom_mm, 14);
  EXPECT_DOUBLE_EQ(l.page.margins.left_mm, 16);

  const auto& frame = *items_of<layout::MapFrameItem>(l).at(0);
  ASSERT_TRUE(frame.extent);
  EXPECT_DOUBLE_EQ(frame.extent->min_corner().x(), 360000);
  EXPECT_DOUBLE_EQ(frame.extent->max_corner().y(), 4310000);
  EXPECT_EQ(frame.scale_denominator, 2'000'000);
  EXPECT_DOUBLE_EQ(frame.border_mm, 0.5);
  EXPECT_EQ(frame.border_color, (style::Color{0, 0, 0}));

  const auto& text = *items_of<layout::TextItem>(l).at(0);
  EXPECT_EQ(text.align, layout::Align::Center);
  EXPECT_EQ(text.valign, layout::VAlign::Middle);
  EXPECT_FALSE(text.shrink_to_fit);
  EXPECT_EQ(text.color, (style::Color{0x10, 0x20, 0x30}));

  const auto& legend = *items_of<layout::LegendItem>(l).at(0);
  EXPECT_EQ(legend.title, "图例");
  EXPECT_FALSE(legend.show_counts);
  EXPECT_DOUBLE_EQ(legend.min_text_pt, 7);
  EXPECT_EQ(legend.max_columns, 2);

  const auto& bar = *items_of<layout::ScaleBarItem>(l).at(0);
  EXPECT_EQ(bar.options.segments, 4);
  EXPECT_FALSE(bar.options.subdivide_first);
  EXPECT_EQ(bar.options.units, layout::ScaleBarUnits::Kilometres);
  EXPECT_FALSE(bar.show_fraction);
  EXPECT_DOUBLE_EQ(bar.bar_height_mm, 2);

  EXPECT_DOUBLE_EQ(items_of<layout::NorthArrowItem>(l).at(0)->rotation_deg, -1.5);
  const auto& locator = *items_of<layout::LocatorItem>(l).at(0);
  EXPECT_EQ(locator.map, "locator");
  EXPECT_EQ(locator.highlight, (style::Color{255, 0, 0}));
  EXPECT_DOUBLE_EQ(locator.border_mm, 0);
}

TEST(layout_file, TypoedKeyNamesLineAndSuggests) {
  const auto message = error_of(fixture("typo_key.yaml"));
  EXPECT_TRUE(std::regex_search(message, std::regex("typo_key\\.yaml:10: unknown key 'count'"))) << message;
  EXPECT_NE(message.find("did you mean 'counts'?"), std::string::npos) << message;
}

TEST(layout_file, TypoedItemKindSuggestsTheKind) {
  const auto message = error_of(fixture("typo_item_kind.yaml"));
  EXPECT_TRUE(std::regex_search(message, std::regex("typo_item_kind\\.yaml:4: unknown key 'scalebar'"))) << message;
  EXPECT_NE(message.find("did you mean 'scale_bar'?"), std::string::npos) << message;
}

TEST(layout_file, UnknownVariableWouldPrintLiterally) {
  const auto message = error_of(fixture("unknown_variable.yaml"));
  EXPECT_TRUE(std::regex_search(message, std::regex("unknown_variable\\.yaml:4: .*\\{titel\\}"))) << message;
  EXPECT_NE(message.find("did you mean {title}?"), std::string::npos) << message;
}

TEST(layout_file, ItemOutsideTheMarginsAndDanglingReferences) {
  const auto outside = error_of(fixture("outside_margins.yaml"));
  EXPECT_TRUE(std::regex_search(outside, std::regex("outside_margins\\.yaml:3: .*printable area"))) << outside;
  const auto dangling = error_of(fixture("scale_bar_without_frame.yaml"));
  EXPECT_TRUE(std::regex_search(dangling, std::regex("scale_bar_without_frame\\.yaml:4: .*overview"))) << dangling;
}

TEST(layout_file, BadValuesAreConfigErrorsWithLines) {
  test::TempDir dir;
  auto write = [&](const std::string& body) {
    const auto path = dir / "l.yaml";
    std::ofstream(path) << body;
    return path;
  };
  const std::string frame = "  - map_frame: {x_mm: 10, y_mm: 10, width_mm: 100, height_mm: 100";
  struct Case {
    std::string body, expected;
  };
  for (const auto& c : std::vector<Case>{
           {"page: {size: B5}\nitems:\n" + frame + "}\n", "l.yaml:1: 'size': unknown page size 'B5'"},
           {"page: {size: A4, orientation: sideways}\nitems:\n" + frame + "}\n", "l.yaml:1: 'orientation'"},
           {"page: {size: A4}\nitems:\n" + frame + ", scale: 1:abc}\n", "l.yaml:3: 'scale'"},
           {"page: {size: A4}\nitems:\n" + frame + ", extent: [1, 2, 3]}\n", "l.yaml:3: 'extent'"},
           {"page: {size: A4}\nitems:\n" + frame + ", margin_pct: many}\n", "l.yaml:3: 'margin_pct': expected a number"},
           {"page: {size: A4}\nitems:\n  - text: {x_mm: 1, y_mm: 1, width_mm: 5, height_mm: 5, text: t}\n",
            "a layout needs a map_frame item"},
           {"page: {size: A4}\nitems:\n" + frame + "}\n  - text: {x_mm: 1, y_mm: 1, width_mm: 5, text: t}\n",
            "l.yaml:4: missing required key 'height_mm'"},
           {"page: {size: custom, width_mm: 300}\nitems:\n" + frame + "}\n", "missing required key 'height_mm'"},
       }) {
    const auto message = error_of(write(c.body));
    EXPECT_NE(message.find(c.expected), std::string::npos) << "expected '" << c.expected << "' in: " << message;
  }
}
