#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/crs_registry.hpp"

using namespace ruralatlas;

TEST(CrsRegistry, EpsgCodesFillEveryField) {
  const auto geographic = io::crs_from_user_text("EPSG:4490");
  EXPECT_EQ(geographic.epsg, 4490);
  EXPECT_EQ(geographic.name, "China Geodetic Coordinate System 2000");  // projinfo EPSG:4490
  EXPECT_TRUE(geographic.is_geographic);
  // GRS 1980 semi-major axis 6378137 m × π/180: metres per degree along the equator.
  EXPECT_NEAR(geographic.metres_per_unit, 111319.49, 0.01);
  EXPECT_NE(geographic.definition.find("GEOGCRS"), std::string::npos) << "WKT2";

  const auto projected = io::crs_from_user_text("EPSG:4544");
  EXPECT_EQ(projected.epsg, 4544);
  EXPECT_EQ(projected.name, "CGCS2000 / 3-degree Gauss-Kruger CM 105E");
  EXPECT_FALSE(projected.is_geographic);
  EXPECT_DOUBLE_EQ(projected.metres_per_unit, 1.0);
  EXPECT_EQ(projected.label(), "EPSG:4544");
}

TEST(CrsRegistry, ProjStringIsAcceptedButNotGuessedAtWithoutADatum) {
  const auto crs = io::crs_from_user_text("+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs");
  // projinfo --identify on this string: five candidates at 25 % each (EPSG:8018, 7848, ...), none
  // of them CGCS2000: an ellipsoid alone does not say which datum, so no code is claimed.
  EXPECT_FALSE(crs.epsg);
  EXPECT_FALSE(crs.is_geographic);
  EXPECT_DOUBLE_EQ(crs.metres_per_unit, 1.0);
}

TEST(CrsRegistry, FeetAreNotMetres) {
  // NAD83 / Texas North (ftUS): 1200/3937 m per US survey foot.
  const auto crs = io::crs_from_user_text("EPSG:2275");
  EXPECT_NEAR(crs.metres_per_unit, 1200.0 / 3937.0, 1e-12);
}

TEST(CrsRegistry, Wkt2OfAnEpsgCrsKeepsItsCode) {
  const auto wkt = io::crs_from_user_text("EPSG:4544").definition;
  EXPECT_EQ(io::crs_from_user_text(wkt).epsg, 4544);
}

TEST(CrsRegistry, FileNamesAreNotRead) {
  EXPECT_THROW(io::crs_from_user_text("/etc/hostname"), core::Error);
}

TEST(CrsRegistry, EmptyAndGarbageAreConfigErrorsNamingTheText) {
  for (const char* text : {"", "EPSG:", "CGCS2000 please"}) {
    SCOPED_TRACE(text);
    try {
      io::crs_from_user_text(text);
      FAIL() << "expected an error";
    } catch (const core::Error& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::Config);
      EXPECT_NE(std::string(e.what()).find(std::string("'") + text + "'"), std::string::npos) << e.what();
    }
  }
}

// The .prj texts ArcGIS writes for CGCS2000 (no authority codes in them).
TEST(CrsRegistry, EsriGeographicCgcs2000IsIdentified) {
  const auto crs = io::crs_from_user_text(
      "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
      "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
      "UNIT[\"Degree\",0.0174532925199433]]");
  EXPECT_EQ(crs.epsg, 4490);
  EXPECT_TRUE(crs.is_geographic);
}

TEST(CrsRegistry, EsriZonePrefixedGaussKrugerIsIdentified) {
  const auto crs = io::crs_from_user_text(
      "PROJCS[\"CGCS2000_3_Degree_GK_Zone_35\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
      "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
      "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",35500000.0],"
      "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",1.0],"
      "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
  EXPECT_EQ(crs.epsg, 4523);  // projinfo EPSG:4523: CGCS2000 / 3-degree Gauss-Kruger zone 35, x_0=35500000
  EXPECT_FALSE(crs.is_geographic);
}
