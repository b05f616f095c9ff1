// Which extent a frame shows and at what scale, checked by hand: 1:N = ground metres shown
// across the frame ÷ frame metres on paper.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "layout/map_frame_view.hpp"
#include "layout_fixture.hpp"

using namespace ruralatlas;

namespace {

layout::MapContent content_of(const test::SquarePage& f) { return *f.content.find_map(layout::kMainMap); }

layout::MapFrameItem frame(double w_mm, double h_mm) {
  layout::MapFrameItem it;
  it.rect = {0, 0, w_mm, h_mm};
  it.margin_pct = 0;
  return it;
}

}  // namespace

TEST(layout_map_frame_view, FitsTheExtentOnItsTighterAxis) {
  test::SquarePage f;
  // 10 km square in 100 × 50 mm: the height binds, 10 km on 50 mm = 1:200,000.
  const auto view = layout::frame_view(frame(100, 50), content_of(f), 4.0);
  EXPECT_NEAR(view.scale_denominator(), 200'000, 1e-6);
  // 10 % margin on each side: 12 km on 50 mm.
  auto padded = frame(100, 50);
  padded.margin_pct = 10;
  EXPECT_NEAR(layout::frame_view(padded, content_of(f), 4.0).scale_denominator(), 240'000, 1e-6);
}

TEST(layout_map_frame_view, ScaleDoesNotDependOnDeviceResolution) {
  test::SquarePage f;
  const auto low = layout::frame_view(frame(180, 170), content_of(f), 2.0);
  const auto pdf = layout::frame_view(frame(180, 170), content_of(f), 300 / 25.4);
  EXPECT_NEAR(low.scale_denominator(), pdf.scale_denominator(), 1e-6);
  EXPECT_NEAR(low.scale_denominator(), 10'000 / 0.170, 1e-6);
}

TEST(layout_map_frame_view, FixedAndRoundedScales) {
  test::SquarePage f;
  auto fixed = frame(200, 250);
  fixed.scale_denominator = 100'000;
  const auto view = layout::frame_view(fixed, content_of(f), 4.0);
  EXPECT_NEAR(view.scale_denominator(), 100'000, 1e-6);
  // Centred on the square: 200 mm at 1:100,000 = 20 km wide around x = 5 km.
  EXPECT_NEAR(view.extent().min_corner().x(), -5'000, 1e-6);
  EXPECT_NEAR(view.extent().max_corner().y(), 5'000 + 12'500, 1e-6);

  auto rounded = frame(180, 170);  // fits at 1:58,823.5 → 1:59,000
  rounded.round_scale = true;
  EXPECT_NEAR(layout::frame_view(rounded, content_of(f), 4.0).scale_denominator(), 59'000, 1e-6);
  EXPECT_DOUBLE_EQ(layout::round_scale_up(1'978'628), 2'000'000);
  EXPECT_DOUBLE_EQ(layout::round_scale_up(2'000'000), 2'000'000);
  EXPECT_DOUBLE_EQ(layout::round_scale_up(2'009'478), 2'100'000);
  EXPECT_DOUBLE_EQ(layout::round_scale_up(58'823.5), 59'000);
  EXPECT_DOUBLE_EQ(layout::round_scale_up(999), 1'000);
}

TEST(layout_map_frame_view, ExtentFromALayerOrExplicit) {
  test::SquarePage f;
  auto by_layer = frame(100, 100);
  by_layer.extent_layer = "square";
  EXPECT_NEAR(layout::frame_view(by_layer, content_of(f), 4.0).scale_denominator(), 100'000, 1e-6);

  auto explicit_extent = frame(100, 100);
  explicit_extent.extent = core::Envelope{{0, 0}, {50'000, 50'000}};
  EXPECT_NEAR(layout::frame_view(explicit_extent, content_of(f), 4.0).scale_denominator(), 500'000, 1e-6);

  auto wrong = frame(100, 100);
  wrong.extent_layer = "villages";
  try {
    layout::frame_view(wrong, content_of(f), 4.0);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("villages"), std::string::npos) << e.what();
  }
}

TEST(layout_map_frame_view, NothingToFrameIsAnError) {
  layout::MapContent empty;
  EXPECT_THROW(layout::frame_view(frame(100, 100), empty, 4.0), core::Error);
}
