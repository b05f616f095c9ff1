// A map reads each layer file once (issue #5: large layers must not be loaded twice): a
// project drawing the counties twice, and the 15-minute map whose service areas and travel
// times need the roads, villages and clinics it also draws.
#include <gtest/gtest.h>

#include <map>

#include "io/crs_registry.hpp"
#include "project/layer_cache.hpp"
#include "project/map_pipeline.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

struct Loaded {
  project::LoadedMap map;
  std::map<std::string, int> reads;  ///< "reading X" progress steps by layer name
};

Loaded load(const std::string& project_file) {
  Loaded out;
  const auto spec = project::read_project_file(std::filesystem::path(RA_SOURCE_DIR) / "projects" / project_file);
  out.map = project::load_map(spec, [&](const std::string& step) {
    if (step.rfind("reading ", 0) == 0) ++out.reads[step.substr(8)];
  });
  return out;
}

const project::MapLayer* find(const project::LoadedMap& map, const std::string& name, int nth = 0) {
  for (const auto& l : map.layers)
    if (l.layer->name == name && nth-- == 0) return &l;
  return nullptr;
}

}  // namespace

TEST(MapLayersReadOnce, ALayerFileDrawnTwiceIsOneLayer) {
  const auto loaded = load("investment_over_gaps.yaml");
  const auto* below = find(loaded.map, "counties", 0);
  const auto* above = find(loaded.map, "counties", 1);
  ASSERT_NE(below, nullptr);
  ASSERT_NE(above, nullptr);
  EXPECT_EQ(below->layer.get(), above->layer.get());
  EXPECT_EQ(loaded.reads.at("counties"), 1);
  EXPECT_EQ(loaded.reads.at("projects"), 1);
  // Each entry keeps its own style: the same data drawn two ways.
  EXPECT_NE(&below->style, &above->style);
}

TEST(MapLayersReadOnce, TravelTimesAndServiceAreasReadTheRoadsTheMapDraws) {
  const std::filesystem::path layers = std::filesystem::path(RA_SOURCE_DIR) / "layers";
  std::vector<std::string> notes;
  std::map<std::string, int> steps;
  project::LayerCache cache(io::crs_from_user_text("EPSG:4544"), [&](const std::string& s) { ++steps[s]; }, notes);
  // The sites' minutes to clinics, buses (villages) and towns (seats) over the roads.
  const auto sites = cache.get(layers / "relocation_sites_services.yaml");
  EXPECT_EQ(cache.loads(), 5u);  // the sites, roads, clinics, villages, seats
  EXPECT_TRUE(sites->field_index("clinic_min").has_value());
  // The map then draws the roads and villages, and the 15-minute areas around the sites:
  // the areas are the only new load (the sites as drawn and the roads are shared).
  const auto roads = cache.get(layers / "roads.yaml");
  const auto villages = cache.get(layers / "villages.yaml");
  const auto areas = cache.get(layers / "relocation_15min_areas.yaml");
  EXPECT_EQ(cache.loads(), 7u);  // + relocation_sites.yaml (no services) + the areas
  EXPECT_FALSE(areas->features.empty());
  EXPECT_EQ(steps["reading roads"], 1);
  EXPECT_EQ(steps["reading villages"], 1);
  EXPECT_EQ(roads.get(), cache.get(layers / "roads.yaml").get());
}

TEST(MapLayersReadOnce, TheFifteenMinuteMapReadsEachLayerOnce) {
  const auto loaded = load("relocation_15min.yaml");
  for (const char* name : {"roads", "villages", "clinics", "seats", "counties", "townships"})
    EXPECT_EQ(loaded.reads.count(name) ? loaded.reads.at(name) : 0, 1) << name;
  const auto* sites = find(loaded.map, "relocation_sites");
  ASSERT_NE(sites, nullptr);
  EXPECT_TRUE(sites->layer->field_index("services_missing").has_value());
}
