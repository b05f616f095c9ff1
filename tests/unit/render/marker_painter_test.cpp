#include "render/marker_painter.hpp"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <array>

#include "render/font_setup.hpp"

using namespace ruralatlas;

namespace {

/// Markers at sub-pixel positions, drawn with raster sprites or as vector shapes, through a
/// painter translated by a fraction of a pixel (as a layout's map frame is).
QImage markers(const style::MarkerSymbol& marker, bool sprites) {
  render::ensure_gui_application();
  QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.translate(0.4, 0.3);
  render::MarkerPainter p(painter, marker, 10.0, sprites);
  for (int i = 0; i < 6; ++i) p.draw(QPointF(20.0 + 31.37 * i, 30.0 + 0.29 * i));
  return image;
}

}  // namespace

TEST(render_marker_painter, RasterSpritesMatchVectorShapes) {
  for (auto shape : {style::MarkerShape::Circle, style::MarkerShape::Square, style::MarkerShape::Triangle,
                     style::MarkerShape::Star}) {
    SCOPED_TRACE(static_cast<int>(shape));
    const style::MarkerSymbol marker{shape, 2.0, style::Color{215, 48, 31}, style::Color{255, 255, 255}, 0.2};
    const QImage sprite = markers(marker, true), vector = markers(marker, false);
    for (int i = 0; i < 6; ++i) {
      // Ink (how far from white the green channel is) and its centre, around each marker.
      auto ink = [&](const QImage& image) {
        double total = 0, sx = 0, sy = 0;
        const int cx = static_cast<int>(20.0 + 31.37 * i);
        for (int y = 10; y < 50; ++y)
          for (int x = cx - 15; x <= cx + 15; ++x) {
            const double w = (255 - image.pixelColor(x, y).green()) / 255.0;
            total += w;
            sx += w * (x + 0.5);
            sy += w * (y + 0.5);
          }
        return std::array<double, 3>{total, sx / total, sy / total};
      };
      const auto a = ink(sprite), b = ink(vector);
      EXPECT_GT(b[0], 40) << "a 2 mm marker, about 20 px across, inked";
      EXPECT_NEAR(a[0], b[0], 0.05 * b[0]) << "same amount of ink";
      EXPECT_NEAR(a[1], b[1], 0.3) << "x within a quarter pixel (plus rounding)";
      EXPECT_NEAR(a[2], b[2], 0.3) << "y within a quarter pixel";
      EXPECT_NEAR(b[1], 20.4 + 31.37 * i, shape == style::MarkerShape::Circle ? 0.05 : 1.0) << "vector: exact";
    }
  }
}

TEST(render_marker_painter, RadiusIncludesTheStroke) {
  render::ensure_gui_application();
  QImage image(10, 10, QImage::Format_ARGB32);
  QPainter painter(&image);
  const render::MarkerPainter p(
      painter, style::MarkerSymbol{style::MarkerShape::Circle, 2.0, std::nullopt, style::Color{0, 0, 0}, 0.4}, 10.0);
  EXPECT_DOUBLE_EQ(p.radius_px(), 12.0);
}
