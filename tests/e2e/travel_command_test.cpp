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

namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(TravelCommand, SecondRunReadsTheGraphCacheAndGivesTheSameTimes) {
  test::TempDir dir;
  // A copy of the sample roads, so the test can change them without touching the sample data.
  for (const auto* part : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    std::filesystem::copy_file(test::source_dir() / ("sample-data/roads" + std::string(part)), dir / ("roads" + std::string(part)));
  std::ofstream(dir / "roads.yaml") << "name: roads\nsource: roads.shp\nkey: road_id\n";
  const auto cache = dir / "cache";
  auto travel = [&](const std::string& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"travel", "layers/villages.yaml", "--network", (dir / "roads.yaml").string(),
                                     "--speeds", "networks/speeds.yaml", "--facilities", "layers/clinics.yaml",
                                     "--filter", "level <> 'village_clinic'", "--graph-cache", cache.string(),
                                     "--out", (dir / out).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args);
  };
  auto first = travel("first.csv");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("road network (read and built in"), std::string::npos) << first.out;
  auto second = travel("second.csv");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("road network (from the graph cache in"), std::string::npos) << second.out;
  // The same network report and, village by village, the same minutes and facilities.
  EXPECT_NE(second.out.find(" 2 components (largest 22530 nodes"), std::string::npos) << second.out;
  EXPECT_EQ(file_text(dir / "first.csv"), file_text(dir / "second.csv"));
  EXPECT_GT(file_text(dir / "first.csv").size(), 100000u);

  // Roads edited (a newer .dbf): built again, not read from the cache.
  std::filesystem::last_write_time(dir / "roads.dbf",
                                   std::filesystem::last_write_time(dir / "roads.dbf") + std::chrono::seconds(10));
  auto edited = travel("third.csv");
  ASSERT_EQ(edited.exit_code, 0) << edited.err;
  EXPECT_NE(edited.out.find("road network (read and built in"), std::string::npos) << edited.out;

  auto without = travel("fourth.csv", {"--no-graph-cache"});
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_NE(without.out.find("road network (read and built in"), std::string::npos) << without.out;
  EXPECT_EQ(file_text(dir / "first.csv"), file_text(dir / "fourth.csv"));
}

TEST(TravelCommand, UnwritableGraphCacheIsANoteNotAFailure) {
  test::TempDir dir;
  std::ofstream(dir / "plain-file") << "x";
  const auto out = dir / "villages.csv";
  auto r = run_cli({"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml",
                    "--facilities", "layers/clinics.yaml", "--graph-cache", (dir / "plain-file" / "cache").string(),
                    "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("note: the road graph was not cached"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(out));
}

TEST(TravelCommand, FilterOnAMissingColumnNamesTheFileAndEveryColumn) {
  test::TempDir dir;
  const auto out = dir / "villages.csv";
  auto r = run_cli({"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml",
                    "--facilities", "layers/clinics.yaml", "--filter", "lvl <> 'village_clinic'", "--out", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("clinics.shp"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'level'?"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("doctors"), std::string::npos) << r.err;  // all columns listed, not only those read
  EXPECT_FALSE(std::filesystem::exists(out));
}
