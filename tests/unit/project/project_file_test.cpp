#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/layer_file.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {
std::filesystem::path write(const test::TempDir& dir, const std::string& name, const std::string& text) {
  auto path = dir / name;
  std::ofstream(path) << text;
  return path;
}

core::Error expect_config_error(auto&& read) {
  try {
    read();
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Config);
    return e;
  }
  ADD_FAILURE() << "expected a configuration error";
  return core::Error(core::ErrorKind::Internal, {});
}
}  // namespace

TEST(ProjectFile, ShippedProjectReadsWithPathsResolvedFromItsFolder) {
  auto spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  EXPECT_EQ(spec.map_crs, "EPSG:4544");
  ASSERT_EQ(spec.layers.size(), 5u);
  EXPECT_EQ(spec.layers[0].layer_file, (test::source_dir() / "layers/counties.yaml").lexically_normal());
  EXPECT_TRUE(spec.layers[0].locator);
  EXPECT_FALSE(spec.layers[1].locator);
}

TEST(ProjectFile, EveryShippedLayerFileReads) {
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "layers")) {
    SCOPED_TRACE(entry.path().string());
    auto spec = project::read_layer_file(entry.path());
    EXPECT_FALSE(spec.name.empty());
    if (spec.service_area)  // computed: its inputs are the paths
      EXPECT_TRUE(spec.service_area->around.is_absolute() && spec.service_area->network.is_absolute());
    else
      EXPECT_TRUE(spec.source.is_absolute());
  }
  auto villages = project::read_layer_file(test::source_dir() / "layers/villages.yaml");
  ASSERT_EQ(villages.joins.size(), 1u);
  EXPECT_EQ(villages.joins[0].layer_keys, std::vector<std::string>{"vill_code"});
  EXPECT_EQ(villages.joins[0].table_keys, std::vector<std::string>{"village_code"});
}

TEST(ProjectFile, TypoedKeyNamesFileLineAndSuggestion) {
  test::TempDir dir;
  auto path = write(dir, "p.yaml",
                    "title: t\nmap_crs: EPSG:4544\nlayout: a.yaml\nlayres:\n  - layer: x.yaml\n    style: y.yaml\n");
  auto e = expect_config_error([&] { project::read_project_file(path); });
  const std::string what = e.what();
  EXPECT_NE(what.find("p.yaml:4"), std::string::npos) << what;
  EXPECT_NE(what.find("'layers'"), std::string::npos) << what;
}

TEST(ProjectFile, UnknownKeyInLayerEntrySuggestsTheRightOne) {
  test::TempDir dir;
  auto path = write(dir, "p.yaml",
                    "title: t\nmap_crs: EPSG:4544\nlayout: a.yaml\nlayers:\n  - layer: x.yaml\n    styel: y.yaml\n");
  auto e = expect_config_error([&] { project::read_project_file(path); });
  const std::string what = e.what();
  EXPECT_NE(what.find("p.yaml:6: unknown key 'styel'"), std::string::npos) << what;
  EXPECT_NE(what.find("did you mean 'style'?"), std::string::npos) << what;
}

TEST(ProjectFile, WrongTypeNamesTheKeyAndLine) {
  test::TempDir dir;
  auto path = write(dir, "l.yaml", "name: v\nsource: v.shp\njoins:\n  - table: t.csv\n    table_key: {a: 1}\n");
  auto e = expect_config_error([&] { project::read_layer_file(path); });
  const std::string what = e.what();
  EXPECT_NE(what.find("l.yaml:5"), std::string::npos) << what;
  EXPECT_NE(what.find("table_key"), std::string::npos) << what;
}

TEST(ProjectFile, YamlSyntaxErrorAndMissingFileAreConfigErrors) {
  test::TempDir dir;
  auto path = write(dir, "bad.yaml", "title: [unclosed\n");
  auto e = expect_config_error([&] { project::read_project_file(path); });
  EXPECT_NE(std::string(e.what()).find("bad.yaml"), std::string::npos);
  auto missing = expect_config_error([&] { project::read_project_file(dir / "nope.yaml"); });
  EXPECT_NE(std::string(missing.what()).find("nope.yaml"), std::string::npos);
}

TEST(ProjectFile, CompositeJoinKeysMustPairUp) {
  test::TempDir dir;
  auto ok = write(dir, "ok.yaml",
                  "name: v\nsource: v.shp\njoins:\n  - table: t.csv\n    layer_key: [town_code, name]\n"
                  "    table_key: [township_code, village]\n");
  const auto spec = project::read_layer_file(ok);
  EXPECT_EQ(spec.joins[0].layer_keys, (std::vector<std::string>{"town_code", "name"}));
  auto bad = write(dir, "bad.yaml",
                   "name: v\nsource: v.shp\nkey: vill_code\njoins:\n  - table: t.csv\n    table_key: [township_code, village]\n");
  auto e = expect_config_error([&] { project::read_layer_file(bad); });
  EXPECT_NE(std::string(e.what()).find("bad.yaml:6"), std::string::npos) << e.what();
  EXPECT_NE(std::string(e.what()).find("2 table key columns but 1 layer key"), std::string::npos) << e.what();
}
