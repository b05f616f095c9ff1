// Which features become atlas pages and what they are called: filter, skipped geometry,
// duplicate names, no pages at all; and per-page file names.
#include <gtest/gtest.h>

#include <boost/geometry.hpp>

#include "core/error.hpp"
#include "project/atlas_export.hpp"
#include "project/atlas_page_list.hpp"

using namespace ruralatlas;

namespace {

core::Geometry square(double x0, double y0) {
  core::Polygon p;
  boost::geometry::read_wkt("POLYGON((0 0,0 1,1 1,1 0,0 0))", p);
  boost::geometry::correct(p);
  for (auto& pt : p.outer()) pt = core::Point(pt.x() + x0, pt.y() + y0);
  return core::MultiPolygon{p};
}

/// Townships: code, name, county; the fourth has no geometry.
core::Layer townships() {
  core::Layer layer;
  layer.name = "townships";
  layer.source = "townships.shp";
  layer.geometry_kind = core::GeometryKind::Polygon;
  layer.fields = {{"town_code", core::FieldType::String}, {"township", core::FieldType::String},
                  {"county", core::FieldType::String}};
  layer.features.push_back({0, square(0, 0), {std::string("101"), std::string("新集乡"), std::string("甲县")}});
  layer.features.push_back({1, square(2, 0), {std::string("102"), std::string("城关镇"), std::string("甲县")}});
  layer.features.push_back({2, square(4, 0), {std::string("201"), std::string("新集乡"), std::string("乙县")}});
  layer.features.push_back({3, std::monostate{}, {std::string("202"), std::string("空镇"), std::string("乙县")}});
  return layer;
}

project::AtlasSpec spec(std::string filter = {}) {
  project::AtlasSpec s;
  s.layer = "townships";
  s.name_field = "township";
  s.filter = std::move(filter);
  s.file = "atlas.yaml";
  return s;
}

}  // namespace

TEST(atlas_page_list, OnePagePerFeatureInLayerOrderWithExtents) {
  const auto list = project::list_atlas_pages(townships(), spec());
  ASSERT_EQ(list.pages.size(), 3u);
  EXPECT_EQ(list.pages[1].name, "城关镇");
  EXPECT_EQ(list.pages[1].feature, 1u);
  EXPECT_DOUBLE_EQ(list.pages[1].extent.min_corner().x(), 2.0);
  EXPECT_DOUBLE_EQ(list.pages[1].extent.max_corner().x(), 3.0);
}

TEST(atlas_page_list, DuplicateNamesGetTheirKeyAndOneWarning) {
  const auto list = project::list_atlas_pages(townships(), spec());
  EXPECT_EQ(list.pages[0].name, "新集乡 (101)");
  EXPECT_EQ(list.pages[2].name, "新集乡 (201)");
  std::size_t about_names = 0;
  for (const auto& w : list.warnings)
    if (w.find("used by several features (新集乡)") != std::string::npos) ++about_names;
  EXPECT_EQ(about_names, 1u);
}

TEST(atlas_page_list, EmptyGeometryIsSkippedWithAWarningNamingTheFeature) {
  const auto list = project::list_atlas_pages(townships(), spec());
  for (const auto& p : list.pages) EXPECT_NE(p.name, "空镇");
  bool named = false;
  for (const auto& w : list.warnings) named |= w.find("'空镇' (feature 3)") != std::string::npos;
  EXPECT_TRUE(named);
}

TEST(atlas_page_list, FilterSelectsPagesAndNamesStayUnchangedWhenUnique) {
  const auto list = project::list_atlas_pages(townships(), spec("county = '乙县'"));
  ASSERT_EQ(list.pages.size(), 1u);
  EXPECT_EQ(list.pages[0].name, "新集乡");  // unique among the pages printed
}

TEST(atlas_page_list, NoPageLeftIsAnInputErrorNamingTheFilter) {
  try {
    project::list_atlas_pages(townships(), spec("county = '丙县'"));
    FAIL() << "no error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::InputData);
    EXPECT_NE(std::string(e.what()).find("county = '丙县'"), std::string::npos) << e.what();
  }
}

TEST(atlas_page_list, UnknownNameFieldIsAConfigErrorListingTheFields) {
  auto s = spec();
  s.name_field = "name";
  try {
    project::list_atlas_pages(townships(), s);
    FAIL() << "no error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    EXPECT_NE(std::string(e.what()).find("town_code, township, county"), std::string::npos) << e.what();
  }
}

TEST(atlas_page_file, NumberedAndSafeForEveryFileSystem) {
  EXPECT_EQ(project::page_file_stem(7, 327, "城关镇"), "007_城关镇");
  EXPECT_EQ(project::page_file_stem(12, 40, "a/b:c"), "12_a_b_c");
  EXPECT_EQ(project::page_file_stem(1, 1, "x"), "1_x");
}
