#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/geometry.hpp"
#include "core/layer.hpp"

using namespace ruralatlas::core;

TEST(Geometry, EnvelopeOfLayerCoversAllFeaturesAndSkipsEmpty) {
  Layer layer;
  layer.features.push_back({1, MultiPoint{{1.0, 2.0}, {5.0, -1.0}}, {}});
  layer.features.push_back({2, Geometry{}, {}});
  layer.features.push_back({3, MultiLineString{{{-3.0, 0.0}, {0.0, 9.0}}}, {}});
  const auto e = layer.extent();
  EXPECT_DOUBLE_EQ(e.min_corner().x(), -3.0);
  EXPECT_DOUBLE_EQ(e.min_corner().y(), -1.0);
  EXPECT_DOUBLE_EQ(e.max_corner().x(), 5.0);
  EXPECT_DOUBLE_EQ(e.max_corner().y(), 9.0);
  EXPECT_TRUE(is_empty(Layer{}.extent()));
}

TEST(Geometry, KindOfNormalisedGeometries) {
  EXPECT_EQ(kind_of(Geometry{MultiPolygon{}}), GeometryKind::Polygon);
  EXPECT_EQ(kind_of(Geometry{}), GeometryKind::None);
}

TEST(Error, MessageNamesFileLineRowAndField) {
  Diagnostic d;
  d.file = "layers/villages.yaml";
  d.line = 7;
  d.layer = "villages";
  d.row = 12;
  d.field = "tap_water_hh_pct";
  d.message = "not a number";
  d.hint = "fix the cell";
  EXPECT_EQ(d.to_string(),
            "layers/villages.yaml:7: layer 'villages', row 12, field 'tap_water_hh_pct': not a number (fix the cell)");
}

TEST(Error, RequireFieldListsAvailableFields) {
  Layer layer;
  layer.name = "villages";
  layer.source = "v.shp";
  layer.fields = {{"vill_code", FieldType::String, 12}, {"name", FieldType::String, 0}};
  try {
    layer.require_field("village_code");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("v.shp"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("vill_code, name"), std::string::npos);
  }
}
