// A PostGIS server as entered in the window becomes the GDAL string that opens it, with the
// password only when asked; a typed "PG:…" string is split back into the same fields.
#include "project/database_connection.hpp"

#include <gtest/gtest.h>

using ruralatlas::project::DatabaseConnection;

TEST(DatabaseConnection, GdalSourceCarriesThePasswordOnlyWhenAsked) {
  DatabaseConnection c;
  c.host = "/tmp/pg sock";
  c.port = 5433;
  c.database = "ruralatlas";
  c.user = "planner";
  c.password = "it's";
  EXPECT_EQ(c.gdal_source(false), "PG:host='/tmp/pg sock' port=5433 dbname=ruralatlas user=planner");
  EXPECT_EQ(c.gdal_source(true), "PG:host='/tmp/pg sock' port=5433 dbname=ruralatlas user=planner password='it\\'s'");
  EXPECT_EQ(c.server(), "/tmp/pg sock:5433/ruralatlas");
}

TEST(DatabaseConnection, ParsesWhatItWritesAndRefusesOtherSources) {
  DatabaseConnection c;
  c.host = "/tmp/pg sock";
  c.database = "ruralatlas";
  c.user = "postgres";
  c.password = "it's";
  const auto back = DatabaseConnection::parse(c.gdal_source(true));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->host, c.host);
  EXPECT_EQ(back->port, 5432);
  EXPECT_EQ(back->database, c.database);
  EXPECT_EQ(back->user, c.user);
  EXPECT_EQ(back->password, c.password);
  EXPECT_FALSE(DatabaseConnection::parse("sample-data/villages.shp"));
}
