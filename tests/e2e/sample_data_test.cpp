// The committed sample data against its sources: real names and codes, villages inside
// their own county and township, every indicator row joining to a village.
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "analysis/table_join.hpp"
#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::filesystem::path sample(const std::string& name) { return test::source_dir() / "sample-data" / name; }

core::Layer read(const std::string& name) {
  io::VectorReadOptions options;
  options.name = name;
  return io::read_vector_layer(sample(name + ".shp"), options).layer;
}

std::string text(const core::Feature& f, const core::Layer& layer, const char* field) {
  return core::to_text(f.attributes[layer.require_field(field)]);
}

/// code -> name from shared/data/villages.csv (no quoted commas in that file).
std::map<std::string, std::string> reference_villages(const std::filesystem::path& csv) {
  std::map<std::string, std::string> out;
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string code, name;
    std::getline(row, code, ',');
    std::getline(row, name, ',');
    out[code] = name;
  }
  return out;
}

bool inside(const core::Geometry& point, const core::Geometry& area) {
  const auto& p = std::get<core::MultiPoint>(point).front();
  return boost::geometry::within(p, std::get<core::MultiPolygon>(area));
}

}  // namespace

TEST(SampleData, VillagesHaveTheRealCodesAndNames) {
  const auto reference_csv = test::source_dir() / "../shared/data/villages.csv";
  if (!std::filesystem::exists(reference_csv)) GTEST_SKIP() << "shared/data/villages.csv is not beside the checkout";
  const auto reference = reference_villages(reference_csv);
  ASSERT_EQ(reference.size(), 4317u);
  const auto villages = read("villages");
  ASSERT_EQ(villages.features.size(), 4317u);
  std::size_t equal = 0;
  for (const auto& f : villages.features) {
    auto it = reference.find(text(f, villages, "vill_code"));
    if (it != reference.end() && it->second == text(f, villages, "name")) ++equal;
  }
  EXPECT_EQ(equal, 4317u);
}

TEST(SampleData, EveryVillageLiesInsideItsCountyAndTownship) {
  const auto villages = read("villages");
  const auto counties = read("counties");
  const auto townships = read("townships");
  ASSERT_EQ(counties.features.size(), 23u);
  ASSERT_EQ(townships.features.size(), 327u);
  std::map<std::string, const core::Geometry*> county_by_code, township_by_code;
  for (const auto& f : counties.features) county_by_code[text(f, counties, "cnty_code")] = &f.geometry;
  for (const auto& f : townships.features) township_by_code[text(f, townships, "town_code")] = &f.geometry;
  std::size_t outside = 0;
  for (const auto& f : villages.features) {
    const auto code = text(f, villages, "vill_code");
    ASSERT_EQ(code.size(), 12u);
    const auto* county = county_by_code.at(code.substr(0, 6));
    const auto* township = township_by_code.at(code.substr(0, 9));
    if (!inside(f.geometry, *county) || !inside(f.geometry, *township)) {
      ++outside;
      ADD_FAILURE() << "village " << code << " lies outside its county or township";
      if (outside > 5) break;
    }
  }
  EXPECT_EQ(outside, 0u);
}

TEST(SampleData, EveryIndicatorRowJoinsToAVillageInCsvAndXlsx) {
  const auto villages = read("villages");
  for (const char* table_name : {"village_indicators.csv", "village_indicators.xlsx"}) {
    SCOPED_TRACE(table_name);
    io::TableReadOptions options;
    options.key_columns = {"village_code"};
    const auto table = io::read_table(sample(table_name), options);
    EXPECT_EQ(table.rows.size(), 4317u);
    analysis::JoinReport report;
    analysis::JoinSpec spec;
    spec.layer_keys = {"vill_code"};
    spec.table_keys = {"village_code"};
    auto joined = analysis::join_table(villages, table, spec, report);
    EXPECT_EQ(report.matched, 4317u);
    EXPECT_TRUE(report.rows_without_feature.empty());
    EXPECT_TRUE(report.features_without_row.empty());
    EXPECT_TRUE(report.duplicate_keys.empty());
    // tap_water_hh_pct is derived from its numerator and denominator, not invented.
    const auto pct = joined.require_field("tap_water_hh_pct");
    const auto hh = joined.require_field("households");
    const auto tap = joined.require_field("tap_water_hh");
    std::size_t checked = 0;
    for (const auto& f : joined.features) {
      auto p = core::to_number(f.attributes[pct]);
      auto h = core::to_number(f.attributes[hh]);
      auto t = core::to_number(f.attributes[tap]);
      if (!p || !h || !t || *h <= 0) continue;
      EXPECT_NEAR(*p, 100.0 * *t / *h, 0.051) << "row of village " << core::to_text(f.attributes[0]);
      ++checked;
    }
    EXPECT_GT(checked, 4000u);
  }
}
