#include <fstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/speed_file.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path write_speeds(const test::TempDir& dir, const std::string& text) {
  const auto path = dir / "speeds.yaml";
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST(SpeedFile, ReadsSpeedsBySurfaceAndClassWideSpeeds) {
  test::TempDir dir;
  const auto spec = project::read_speed_file(write_speeds(dir,
                                                          "access_kmh: 15\n"
                                                          "class_field: cls\n"
                                                          "speeds_kmh:\n"
                                                          "  county: {asphalt: 60, gravel: 35}\n"
                                                          "  village: 25\n"));
  EXPECT_EQ(spec.access_kmh, 15);
  EXPECT_EQ(spec.class_field, "cls");
  EXPECT_EQ(spec.surface_field, "surface");
  EXPECT_EQ(spec.speeds.speed_kmh("county", "gravel", 1), 35);
  EXPECT_EQ(spec.speeds.speed_kmh("village", "earth", 1), 25);
}

TEST(SpeedFile, TheShippedSpeedFileCoversTheSampleRoads) {
  const auto spec = project::read_speed_file(test::source_dir() / "networks/speeds.yaml");
  for (const char* road_class : {"county", "township", "village"})
    for (const char* surface : {"asphalt", "cement", "gravel", "earth"})
      EXPECT_GT(spec.speeds.speed_kmh(road_class, surface, 0), 0) << road_class << ' ' << surface;
}

TEST(SpeedFile, BadSpeedsAreConfigErrorsWithTheLine) {
  test::TempDir dir;
  for (const auto& [text, expected] : std::vector<std::pair<std::string, std::string>>{
           {"speeds_kmh:\n  county: {asphalt: -5}\n", ":2: road class 'county', surface 'asphalt': speed must be above 0"},
           {"speeds_kmh:\n  county: fast\n", ":2: road class 'county': expected a speed in km/h"},
           {"access_kmh: 5\n", "speeds_kmh"},
           {"speeds_kmh: {county: 50}\nspeed_kmh: 3\n", "speed_kmh"}}) {
    try {
      project::read_speed_file(write_speeds(dir, text));
      ADD_FAILURE() << "expected an error for " << text;
    } catch (const core::Error& e) {
      EXPECT_EQ(e.kind(), core::ErrorKind::Config);
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
  }
}
