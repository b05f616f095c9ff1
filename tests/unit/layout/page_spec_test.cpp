#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/page_spec.hpp"

using namespace ruralatlas::layout;

TEST(layout_page_spec, IsoSizesInMillimetres) {
  struct Case {
    PaperSize paper;
    double short_mm, long_mm;
  };
  for (const auto& c : {Case{PaperSize::A0, 841, 1189}, Case{PaperSize::A1, 594, 841}, Case{PaperSize::A2, 420, 594},
                        Case{PaperSize::A3, 297, 420}, Case{PaperSize::A4, 210, 297}}) {
    const auto portrait = iso_page(c.paper, Orientation::Portrait);
    const auto landscape = iso_page(c.paper, Orientation::Landscape);
    EXPECT_DOUBLE_EQ(portrait.width_mm, c.short_mm);
    EXPECT_DOUBLE_EQ(portrait.height_mm, c.long_mm);
    EXPECT_DOUBLE_EQ(landscape.width_mm, c.long_mm);
    EXPECT_DOUBLE_EQ(landscape.height_mm, c.short_mm);
    EXPECT_EQ(portrait.orientation(), Orientation::Portrait);
    EXPECT_EQ(landscape.orientation(), Orientation::Landscape);
    EXPECT_EQ(landscape.name, paper_size_name(c.paper));
  }
}

TEST(layout_page_spec, NamesCustomSizesAndMargins) {
  EXPECT_EQ(paper_size_from_name("A3"), PaperSize::A3);
  EXPECT_EQ(paper_size_from_name("a4"), PaperSize::A4);
  EXPECT_EQ(paper_size_from_name("custom"), PaperSize::Custom);
  EXPECT_FALSE(paper_size_from_name("B5"));
  EXPECT_DOUBLE_EQ(iso_page("A3", true)->width_mm, 420);
  EXPECT_FALSE(iso_page("custom", true));

  const auto page = custom_page(500, 300, MarginsMm{10, 15, 20, 5});
  EXPECT_EQ(page.name, "custom");
  const auto inside = page.printable_rect();
  EXPECT_DOUBLE_EQ(inside.x_mm, 5);
  EXPECT_DOUBLE_EQ(inside.y_mm, 10);
  EXPECT_DOUBLE_EQ(inside.width_mm, 480);
  EXPECT_DOUBLE_EQ(inside.height_mm, 270);
  EXPECT_TRUE(inside.contains(RectMm{5, 10, 480, 270}));
  EXPECT_FALSE(inside.contains(RectMm{4, 10, 100, 100}));
  EXPECT_THROW(custom_page(0, 300), ruralatlas::core::Error);
  EXPECT_THROW(iso_page(PaperSize::Custom, Orientation::Portrait), ruralatlas::core::Error);
}
