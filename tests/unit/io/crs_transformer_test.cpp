// CrsTransformer against PROJ's own command-line tool: every expected number below was printed
// by cs2cs 9.1.1 (the command is next to it; cs2cs takes and prints EPSG axis order, so
// latitude/northing come first there, while our points are longitude/easting first).
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/crs_registry.hpp"
#include "io/crs_transformer.hpp"

using namespace ruralatlas;

namespace {
core::Crs crs(const char* text) { return io::crs_from_user_text(text); }
}  // namespace

TEST(CrsTransformer, Cgcs2000ToGaussKrugerZone105MatchesCs2cs) {
  io::CrsTransformer transformer(crs("EPSG:4490"), crs("EPSG:4544"));
  EXPECT_FALSE(transformer.is_identity());
  std::vector<core::Point> points{{106.1, 38.2}, {104.7, 36.55}};
  EXPECT_FALSE(transformer.transform(std::span<core::Point>(points)));
  // echo "38.2 106.1" | cs2cs -f %.4f EPSG:4490 EPSG:4544   →  4230269.7191  596354.1314
  EXPECT_NEAR(points[0].x(), 596354.1314, 1e-3);
  EXPECT_NEAR(points[0].y(), 4230269.7191, 1e-3);
  // echo "36.55 104.7" | cs2cs -f %.4f EPSG:4490 EPSG:4544  →  4046614.8075  473139.9245
  EXPECT_NEAR(points[1].x(), 473139.9245, 1e-3);
  EXPECT_NEAR(points[1].y(), 4046614.8075, 1e-3);
}

TEST(CrsTransformer, GaussKrugerBackToLonLatMatchesCs2cs) {
  io::CrsTransformer transformer(crs("EPSG:4544"), crs("EPSG:4490"));
  const auto p = transformer.transform(core::Point{590000, 3986000});
  ASSERT_TRUE(p);
  // echo "3986000 590000" | cs2cs -f %.9f EPSG:4544 EPSG:4490  →  35.999968484  105.998168404
  EXPECT_NEAR(p->x(), 105.998168404, 1e-8);
  EXPECT_NEAR(p->y(), 35.999968484, 1e-8);
}

TEST(CrsTransformer, Cgcs2000ToUtmOnWgs84MatchesCs2cs) {
  io::CrsTransformer transformer(crs("EPSG:4490"), crs("EPSG:32648"));
  const auto p = transformer.transform(core::Point{106.0, 36.0});
  ASSERT_TRUE(p);
  // echo "36.0 106.0" | cs2cs -f %.4f EPSG:4490 EPSG:32648  →  590129.0494  3984410.7881
  EXPECT_NEAR(p->x(), 590129.0494, 1e-3);
  EXPECT_NEAR(p->y(), 3984410.7881, 1e-3);
}

TEST(CrsTransformer, ProjStringTargetGivesTheSameNumbers) {
  io::CrsTransformer transformer(crs("EPSG:4490"),
                                 crs("+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m"));
  const auto p = transformer.transform(core::Point{106.1, 38.2});
  ASSERT_TRUE(p);
  EXPECT_NEAR(p->x(), 596354.1314, 1e-3);  // as EPSG:4544 above: the same projection
  EXPECT_NEAR(p->y(), 4230269.7191, 1e-3);
}

TEST(CrsTransformer, PointBeyondThePoleIsReportedByIndex) {
  io::CrsTransformer transformer(crs("EPSG:4490"), crs("EPSG:4544"));
  // echo "95 106" | cs2cs EPSG:4490 EPSG:4544  →  * * inf (Invalid latitude)
  std::vector<core::Point> points{{106.1, 38.2}, {106.0, 95.0}, {104.7, 36.55}};
  const auto failed = transformer.transform(std::span<core::Point>(points));
  ASSERT_TRUE(failed);
  EXPECT_EQ(*failed, 1u);
  EXPECT_FALSE(transformer.transform(core::Point{106.0, 95.0}));
}

TEST(CrsTransformer, SameCrsIsTheIdentity) {
  io::CrsTransformer transformer(crs("EPSG:4544"), crs("EPSG:4544"));
  EXPECT_TRUE(transformer.is_identity());
  core::Geometry g = core::MultiPoint{{1.5, 2.5}};
  EXPECT_TRUE(transformer.transform(g));
  EXPECT_DOUBLE_EQ(std::get<core::MultiPoint>(g).front().x(), 1.5);
}

TEST(CrsTransformer, EveryRingOfAPolygonIsTransformed) {
  io::CrsTransformer transformer(crs("EPSG:4544"), crs("EPSG:4490"));
  core::Polygon square;
  square.outer() = {{590000, 3986000}, {590000, 3987000}, {591000, 3987000}, {591000, 3986000}, {590000, 3986000}};
  square.inners().push_back({{590200, 3986200}, {590400, 3986200}, {590400, 3986400}, {590200, 3986400}, {590200, 3986200}});
  core::Geometry g = core::MultiPolygon{square};
  ASSERT_TRUE(transformer.transform(g));
  const auto& out = std::get<core::MultiPolygon>(g).front();
  EXPECT_NEAR(out.outer().front().x(), 105.998168404, 1e-8);  // cs2cs value above
  EXPECT_NEAR(out.outer().front().y(), 35.999968484, 1e-8);
  EXPECT_LT(out.inners().front().front().x(), 107.0) << "the hole is in degrees too";
}

TEST(CrsTransformer, UnusableDefinitionIsAnErrorNamingBothSystems) {
  core::Crs broken;
  broken.definition = "this is not a CRS";
  broken.name = "Broken";
  try {
    io::CrsTransformer transformer(broken, crs("EPSG:4490"));
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("Broken"), std::string::npos) << what;
    EXPECT_NE(what.find("EPSG:4490"), std::string::npos) << what;
  }
}
