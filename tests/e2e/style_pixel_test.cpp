// Pixel tests through the real CLI: the shipped tap-water and road styles on two villages and
// two roads at known coordinates (tests/data/style/pixel). The page is 100 mm square, the map
// fills it with the extent 500000–510000 E, 4000000–4010000 N (EPSG:4544), so at 254 dpi
// (10 px/mm) a point (x, y) lands on pixel ((x - 500000) / 10, (4010000 - y) / 10).
#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::test_data_dir;
using ruralatlas::test::TempDir;

namespace {

QPoint pixel_of(double x, double y) {
  return {static_cast<int>((x - 500000) / 10), static_cast<int>((4010000 - y) / 10)};
}

void expect_colour(const QImage& image, QPoint p, const char* hex, const char* what) {
  const QColor got = image.pixelColor(p), want(hex);
  EXPECT_TRUE(std::abs(got.red() - want.red()) <= 8 && std::abs(got.green() - want.green()) <= 8 &&
              std::abs(got.blue() - want.blue()) <= 8)
      << what << " at (" << p.x() << ", " << p.y() << "): got " << got.name().toStdString() << ", want " << hex;
}

}  // namespace

TEST(StylePixels, FailingVillageAndRoadClassesInTheirColoursAtTheirPixels) {
  TempDir out;
  const auto result = run_cli({"render", (test_data_dir() / "style/pixel/pixel.yaml").string(), "--out",
                               out.path().string(), "--format", "png", "--dpi", "254"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const QImage image(QString::fromStdString((out.path() / "pixel.png").string()));
  ASSERT_EQ(image.size(), QSize(1000, 1000));
  // styles/villages_tap_water.yaml: 72.5% fails the 90% line (#d7301f), 96% passes (#2c7fb8).
  expect_colour(image, pixel_of(502500, 4007500), "#d7301f", "failing village");
  expect_colour(image, pixel_of(507500, 4002500), "#2c7fb8", "passing village");
  // styles/roads_by_class.yaml: county road #9e3a26, township road #f08c2e; the county road
  // is drawn over the township road where they cross.
  expect_colour(image, pixel_of(501000, 4005000), "#9e3a26", "county road");
  expect_colour(image, pixel_of(505000, 4001000), "#f08c2e", "township road");
  expect_colour(image, pixel_of(505000, 4005000), "#9e3a26", "crossing");
  expect_colour(image, pixel_of(508000, 4008000), "#ffffff", "empty paper");
}
