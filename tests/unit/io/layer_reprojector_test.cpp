#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/layer_reprojector.hpp"

using namespace ruralatlas;

namespace {
core::Layer layer_of(std::vector<core::Geometry> geometries) {
  core::Layer layer;
  layer.name = "villages";
  layer.source = "villages.shp";
  layer.crs = io::crs_from_user_text("EPSG:4490");
  std::int64_t fid = 10;
  for (auto& g : geometries) layer.features.push_back({fid++, std::move(g), {}});
  return layer;
}
}  // namespace

TEST(LayerReprojector, MovesEveryFeatureAndSetsTheCrs) {
  auto layer = layer_of({core::MultiPoint{{106.1, 38.2}}, core::Geometry{}, core::MultiPoint{{104.7, 36.55}}});
  const auto target = io::crs_from_user_text("EPSG:4544");
  const auto out = io::reproject(layer, target);
  EXPECT_EQ(out.crs.epsg, 4544);
  ASSERT_EQ(out.features.size(), 3u);
  // echo "36.55 104.7" | cs2cs -f %.4f EPSG:4490 EPSG:4544  →  4046614.8075  473139.9245
  const auto& p = std::get<core::MultiPoint>(out.features[2].geometry).front();
  EXPECT_NEAR(p.x(), 473139.9245, 1e-3);
  EXPECT_NEAR(p.y(), 4046614.8075, 1e-3);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(out.features[1].geometry));
  EXPECT_DOUBLE_EQ(std::get<core::MultiPoint>(layer.features[2].geometry).front().x(), 104.7) << "input untouched";
}

TEST(LayerReprojector, PointThatCannotBeTransformedNamesTheFeature) {
  auto layer = layer_of({core::MultiPoint{{106.1, 38.2}}, core::MultiPoint{{106.0, 95.0}}});
  try {
    io::reproject(std::move(layer), io::crs_from_user_text("EPSG:4544"));
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::InputData);
    EXPECT_EQ(e.diagnostic().row, 11);
    const std::string what = e.what();
    EXPECT_NE(what.find("villages.shp"), std::string::npos) << what;
    EXPECT_NE(what.find("feature 11"), std::string::npos) << what;
    EXPECT_NE(what.find("EPSG:4544"), std::string::npos) << what;
  }
}
