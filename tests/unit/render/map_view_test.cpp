#include "render/map_view.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

using namespace ruralatlas;

TEST(render_map_view, ScaleDenominatorIsIndependentOfResolution) {
  // 100 km across 400 mm of paper is 1:250,000 at any resolution.
  for (double dpi : {72.0, 150.0, 300.0, 1200.0}) {
    SCOPED_TRACE(dpi);
    const double px = 400.0 / 25.4 * dpi;
    const render::MapView view(core::Envelope{{500000, 4000000}, {600000, 4000001}}, QSizeF(px, px / 2), dpi);
    EXPECT_NEAR(view.scale_denominator(), 250000.0, 1e-6 * 250000.0);
    EXPECT_NEAR(view.px_per_mm(), dpi / 25.4, 1e-12);
  }
  // Map units of 0.3048 m (a foot-based CRS): the same paper distance shows fewer units.
  const render::MapView feet(core::Envelope{{0, 0}, {1000, 1}}, QSizeF(1000, 500), 254.0, 0.3048);
  EXPECT_NEAR(feet.scale_denominator(), 1000 * 0.3048 / 0.1, 1e-9);  // 1000 ft on 100 mm
}

TEST(render_map_view, RoundTripAndOrientation) {
  const render::MapView view(core::Envelope{{500000, 4000000}, {600000, 4050000}}, QSizeF(1000, 500), 96.0);
  const core::Point p{512345.678, 4012345.678};
  const auto back = view.to_map(view.to_device(p));
  EXPECT_NEAR(back.x(), p.x(), 1e-6);
  EXPECT_NEAR(back.y(), p.y(), 1e-6);
  // North is up: the extent's upper-left corner is the device origin.
  const QPointF origin = view.to_device(core::Point{500000, 4050000});
  EXPECT_NEAR(origin.x(), 0, 1e-9);
  EXPECT_NEAR(origin.y(), 0, 1e-9);
  EXPECT_NEAR(view.to_device(core::Point{600000, 4000000}).y(), 500, 1e-9);
}

TEST(render_map_view, ExtentWidenedToKeepUnitsSquareAndCentred) {
  // A 100 × 100 extent in a 200 × 100 frame: widened to 200 × 100 around the same centre.
  const render::MapView view(core::Envelope{{0, 0}, {100, 100}}, QSizeF(200, 100), 96.0);
  EXPECT_NEAR(view.extent().min_corner().x(), -50, 1e-9);
  EXPECT_NEAR(view.extent().max_corner().x(), 150, 1e-9);
  EXPECT_NEAR(view.extent().min_corner().y(), 0, 1e-9);
  EXPECT_NEAR(view.map_units_per_px(), 1.0, 1e-12);
  EXPECT_EQ(view.frame_rect(), QRectF(0, 0, 200, 100));
}

TEST(render_map_view, FixedScaleAndBadInput) {
  const auto fixed = render::MapView::at_scale(core::Point{0, 0}, 50000, QSizeF(1000, 1000), 254.0);
  EXPECT_NEAR(fixed.scale_denominator(), 50000.0, 1e-6);
  EXPECT_NEAR(fixed.extent().max_corner().x() - fixed.extent().min_corner().x(), 5000.0, 1e-6);  // 100 mm at 1:50k
  EXPECT_THROW(render::MapView(core::Envelope{{0, 0}, {1, 1}}, QSizeF(0, 100), 96.0), core::Error);
  EXPECT_THROW(render::MapView(core::Envelope{{0, 0}, {1, 1}}, QSizeF(100, 100), 0.0), core::Error);
  EXPECT_THROW(render::MapView(core::empty_envelope(), QSizeF(100, 100), 96.0), core::Error);
  EXPECT_THROW(render::MapView::at_scale(core::Point{0, 0}, -5, QSizeF(10, 10), 96.0), core::Error);
}
