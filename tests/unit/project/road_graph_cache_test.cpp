#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "project/road_graph_cache.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
namespace fs = std::filesystem;

namespace {

analysis::RoadGraph small_graph() {
  analysis::RoadGraph g;
  g.nodes = {core::Point{500000.5, 4000000.25}, core::Point{500100, 4000000}, core::Point{500100, 4000075.125}};
  g.edges = {{0, 1, 99.5, 0}, {1, 2, 75.125, 1}};
  g.kinds = {{"county", "asphalt"}, {"village", "砂石"}};
  g.road_kind = {0, 1, 1};
  g.road_fid = {7, 8, 9};
  return g;
}

void expect_same(const analysis::RoadGraph& a, const analysis::RoadGraph& b) {
  ASSERT_EQ(a.nodes.size(), b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    EXPECT_EQ(a.nodes[i].x(), b.nodes[i].x());
    EXPECT_EQ(a.nodes[i].y(), b.nodes[i].y());
  }
  ASSERT_EQ(a.edges.size(), b.edges.size());
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    EXPECT_EQ(a.edges[i].from, b.edges[i].from);
    EXPECT_EQ(a.edges[i].to, b.edges[i].to);
    EXPECT_EQ(a.edges[i].length_m, b.edges[i].length_m);
    EXPECT_EQ(a.edges[i].road, b.edges[i].road);
  }
  ASSERT_EQ(a.kinds.size(), b.kinds.size());
  for (std::size_t i = 0; i < a.kinds.size(); ++i) {
    EXPECT_EQ(a.kinds[i].road_class, b.kinds[i].road_class);
    EXPECT_EQ(a.kinds[i].surface, b.kinds[i].surface);
  }
  EXPECT_EQ(a.road_kind, b.road_kind);
  EXPECT_EQ(a.road_fid, b.road_fid);
}

/// A shapefile-like source (the cache fingerprints its parts, never reads them).
project::LayerFileSpec roads_in(const test::TempDir& dir) {
  for (const auto* part : {"roads.shp", "roads.shx", "roads.dbf"}) std::ofstream(dir / part) << part;
  project::LayerFileSpec spec;
  spec.source = dir / "roads.shp";
  return spec;
}

core::Crs crs_of(const std::string& definition) {
  core::Crs crs;
  crs.definition = definition;
  return crs;
}
const core::Crs kGaussKruger = crs_of("EPSG:4544");

}  // namespace

TEST(RoadGraphCache, StoredGraphIsFoundUnderItsKeyOnly) {
  test::TempDir dir;
  const project::RoadGraphCache cache(dir / "cache");
  const auto spec = roads_in(dir);
  const auto key = project::RoadGraphCache::key_for(spec, kGaussKruger, {1.0, "road_class", "surface"});
  ASSERT_TRUE(key);
  EXPECT_FALSE(cache.find(*key));
  EXPECT_FALSE(cache.store(*key, small_graph()));
  const auto found = cache.find(*key);
  ASSERT_TRUE(found);
  expect_same(*found, small_graph());

  // Another tolerance, CRS or class field is another graph.
  for (const auto& other : {project::RoadGraphCache::key_for(spec, kGaussKruger, {2.0, "road_class", "surface"}),
                            project::RoadGraphCache::key_for(spec, crs_of("EPSG:4545"), {1.0, "road_class", "surface"}),
                            project::RoadGraphCache::key_for(spec, kGaussKruger, {1.0, "cls", "surface"})}) {
    ASSERT_TRUE(other);
    EXPECT_NE(*other, *key);
    EXPECT_FALSE(cache.find(*other));
  }
}

TEST(RoadGraphCache, ChangedRoadFileChangesTheKey) {
  test::TempDir dir;
  const auto spec = roads_in(dir);
  const auto before = project::RoadGraphCache::key_for(spec, kGaussKruger, {});
  // The .dbf (attributes: class, surface) edited in place: another size and time.
  fs::last_write_time(dir / "roads.dbf", fs::last_write_time(dir / "roads.dbf") + std::chrono::seconds(5));
  const auto after = project::RoadGraphCache::key_for(spec, kGaussKruger, {});
  ASSERT_TRUE(before && after);
  EXPECT_NE(*before, *after);
  project::LayerFileSpec database;
  database.source = "PG:dbname=roads";
  EXPECT_FALSE(project::RoadGraphCache::key_for(database, kGaussKruger, {}));
}

TEST(RoadGraphCache, TruncatedOrForeignEntryIsAMissNotACrash) {
  test::TempDir dir;
  const project::RoadGraphCache cache(dir / "cache");
  const std::string key = "test key";
  ASSERT_FALSE(cache.store(key, small_graph()));
  const auto path = cache.entry_path(key);
  const auto size = fs::file_size(path);
  for (const auto cut : {size - 1, size / 2, std::uintmax_t{12}}) {
    ASSERT_FALSE(cache.store(key, small_graph()));
    fs::resize_file(path, cut);
    EXPECT_FALSE(cache.find(key)) << "cut at " << cut;
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << "not a graph at all, just text";
  EXPECT_FALSE(cache.find(key));
}

TEST(RoadGraphCache, KeepsOnlyTheNewestEntries) {
  test::TempDir dir;
  const project::RoadGraphCache cache(dir / "cache", 2);
  for (const auto* key : {"a", "b", "c"}) {
    ASSERT_FALSE(cache.store(key, small_graph()));
    // Distinct modification times, oldest first.
    fs::last_write_time(cache.entry_path(key), fs::file_time_type::clock::now() - std::chrono::minutes(10 - key[0] + 'a'));
  }
  ASSERT_FALSE(cache.store("d", small_graph()));
  EXPECT_FALSE(fs::exists(cache.entry_path("a")));
  EXPECT_FALSE(fs::exists(cache.entry_path("b")));
  EXPECT_TRUE(fs::exists(cache.entry_path("c")));
  EXPECT_TRUE(cache.find("d"));
}

TEST(RoadGraphCache, UnwritableFolderIsReportedNotThrown) {
  test::TempDir dir;
  std::ofstream(dir / "plain-file") << "x";
  const project::RoadGraphCache cache(dir / "plain-file" / "cache");
  const auto problem = cache.store("k", small_graph());
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("plain-file"), std::string::npos) << *problem;
}
