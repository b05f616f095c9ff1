#include "render/symbol_swatch.hpp"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include "render/font_setup.hpp"

using namespace ruralatlas;

namespace {

QImage swatch(const std::vector<style::Symbol>& symbols, core::GeometryKind kind) {
  render::ensure_gui_application();
  QImage image(100, 40, QImage::Format_ARGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  render::draw_symbol_swatch(painter, QRectF(0, 0, 100, 40), symbols, kind, 10.0);
  return image;
}

}  // namespace

TEST(render_symbol_swatch, DrawsByGeometryKind) {
  style::FillSymbol fill;
  fill.fill = style::Color{0, 0, 255};
  fill.outline = style::Color{0, 0, 0};
  auto image = swatch({fill}, core::GeometryKind::Polygon);
  EXPECT_EQ(image.pixelColor(50, 20), QColor(0, 0, 255));
  EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white)) << "inset from the box";

  style::LineSymbol road{style::Color{200, 0, 0}, 0.5, {}, style::Color{255, 255, 0}, 1.5};
  image = swatch({road}, core::GeometryKind::Line);
  EXPECT_EQ(image.pixelColor(50, 20), QColor(200, 0, 0));
  EXPECT_EQ(image.pixelColor(50, 14), QColor(255, 255, 0)) << "casing beneath, 1.5 mm = 15 px wide";
  EXPECT_EQ(image.pixelColor(50, 5), QColor(Qt::white));

  // An empty layer (kind None): a marker symbol still draws as a marker.
  style::MarkerSymbol marker{style::MarkerShape::Triangle, 3.0, style::Color{0, 128, 0}, std::nullopt, 0};
  image = swatch({marker}, core::GeometryKind::None);
  EXPECT_EQ(image.pixelColor(50, 22), QColor(0, 128, 0));
  EXPECT_EQ(image.pixelColor(10, 20), QColor(Qt::white));
}
