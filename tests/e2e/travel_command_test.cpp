// End-to-end: network travel times on the sample data against an independent Dijkstra —
// tests/e2e/scripts/travel_reference.py re-weights the exported network from its geometry and
// the speed file and runs scipy.sparse.csgraph.dijkstra (Debian python3-scipy).
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

#include "core/value.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;
using test::run_shell;

namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST(TravelCommand, MinutesEqualScipyDijkstraOnTheSameNetwork) {
  test::TempDir dir;
  const auto villages = dir / "villages.gpkg", graph = dir / "graph.gpkg", areas = dir / "areas.gpkg";
  const auto table = dir / "townships.csv";
  auto r = run_cli({"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml",
                    "--facilities", "layers/clinics.yaml", "--filter", "level <> 'village_clinic'", "--within-min", "30",
                    "--weight", "population", "--by", "layers/townships.yaml", "--table", table.string(), "--out",
                    villages.string(), "--graph", graph.string(), "--areas", areas.string(), "--area-min", "15",
                    "--area-min", "30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Two components, as scipy.sparse.csgraph.connected_components finds on the exported graph.
  EXPECT_NE(r.out.find(" 2 components (largest 22530 nodes"), std::string::npos) << r.out;

  const auto check = run_shell("/usr/bin/python3 " + quoted(test::source_dir() / "tests/e2e/scripts/travel_reference.py") +
                               " " + quoted(graph) + " " + quoted(villages) + " " +
                               quoted(test::source_dir() / "networks/speeds.yaml") + " " +
                               quoted(test::source_dir() / "sample-data/clinics.shp") +
                               " clinic_id \"level <> 'village_clinic'\" " + quoted(areas) + " 2>&1");
  EXPECT_EQ(check.exit_code, 0) << check.out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(check.out, m, std::regex(R"(compared (\d+) reachable (\d+))"))) << check.out;
  EXPECT_EQ(std::stoul(m[1]), 4317u);
  EXPECT_GT(std::stoul(m[2]), 4000u);

  // Service areas (checked above: valid, holding every village reached in time): one per threshold.
  const auto area_layer = io::read_vector_layer(areas).layer;
  ASSERT_EQ(area_layer.features.size(), 2u);
  const auto area_km2 = area_layer.require_field("area_km2");
  EXPECT_GT(*core::to_number(area_layer.features[1].attributes[area_km2]),
            *core::to_number(area_layer.features[0].attributes[area_km2]));
  EXPECT_TRUE(std::filesystem::exists(table));
}

TEST(TravelCommand, MissingSpeedClassIsAConfigErrorNamingIt) {
  test::TempDir dir;
  const auto speeds = dir / "speeds.yaml";
  std::ofstream(speeds) << "speeds_kmh:\n  county: 60\n  village: 30\n";
  const auto out = dir / "villages.gpkg";
  auto r = run_cli({"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", speeds.string(),
                    "--facilities", "layers/clinics.yaml", "--out", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("road class 'township' has no speed"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(TravelCommand, VillagesInAnotherComponentAreUnreachableNotFar) {
  // The sample roads form two components (3715 and 602 villages attach to them, counted with
  // scipy.sparse.csgraph.connected_components on the exported graph); H640104 is in the small one.
  test::TempDir dir;
  const auto out = dir / "villages.gpkg";
  auto r = run_cli({"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml",
                    "--facilities", "layers/clinics.yaml", "--filter", "clinic_id = 'H640104'", "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3715 features unreachable"), std::string::npos) << r.out;
  const auto layer = io::read_vector_layer(out).layer;
  const auto minutes = layer.require_field("travel_min"), facility = layer.require_field("facility_id"),
             within = layer.require_field("within");
  std::size_t reached = 0;
  for (const auto& f : layer.features) {
    if (core::is_null(f.attributes[minutes])) {
      EXPECT_EQ(core::to_text(f.attributes[facility]), "");
      EXPECT_EQ(core::to_number(f.attributes[within]), 0.0);
      continue;
    }
    ++reached;
    EXPECT_EQ(core::to_text(f.attributes[facility]), "H640104");
  }
  EXPECT_EQ(reached, 602u);
}
