// End-to-end: the ready-made products that are atlases of points — the per-village battle-map
// sheet (挂图作战) and the relocation sites' 15-minute circles. Values printed on the pages are
// checked against the indicator table read by GDAL's SQLite dialect, against hand-worked
// scales, and against `ruralatlas travel` run on its own.
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::run_shell;
using ruralatlas::test::source_dir;
using ruralatlas::test::TempDir;

namespace {

std::string sample(const std::string& file) { return (source_dir() / "sample-data" / file).string(); }

/// Rows of an ogrinfo SQLite-dialect answer as column → value maps.
std::vector<std::map<std::string, std::string>> ogr_rows(const std::string& source, const std::string& sql) {
  const auto r = run_shell("ogrinfo -q -ro -dialect sqlite -sql \"" + sql + "\" '" + source + "'");
  EXPECT_EQ(r.exit_code, 0) << sql << r.err;
  std::vector<std::map<std::string, std::string>> rows;
  const std::regex feature("^OGRFeature"), value("^\\s+([a-z_0-9]+) \\([A-Za-z]+\\) = (.*)$");
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, feature)) rows.emplace_back();
    else if (std::regex_match(line, m, value) && !rows.empty()) rows.back()[m[1]] = m[2];
  }
  return rows;
}

std::string page_text(const std::string& pdf, int page, const std::string& options = "") {
  const auto n = std::to_string(page);
  return run_shell("pdftotext " + options + " -f " + n + " -l " + n + " '" + pdf + "' -").out;
}

int page_count(const std::string& pdf) {
  std::smatch m;
  const auto info = run_shell("pdfinfo '" + pdf + "'").out;
  return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : -1;
}

std::size_t count_files(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

class BattleMap : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_out = new TempDir;
    s_result = run_cli({"atlas", "projects/village_battle_map.yaml", "--out", s_out->path().string()});
    s_pdf = (s_out->path() / "village_battle_map.pdf").string();
    // The villages of the project's township, in layer order, with the indicators the test
    // checks, joined by the village code.
    s_villages = ogr_rows(sample(""), "select v.name, v.vill_code, i.tap_water_hh_pct, i.poverty_incidence_pct from "
                                      "villages v left join \\\"" + sample("village_indicators.csv") +
                                          "\\\".village_indicators i on i.village_code = v.vill_code "
                                          "where v.township = '香水镇' order by v.rowid");
  }
  static void TearDownTestSuite() {
    delete s_out;
    s_out = nullptr;
  }
  static inline TempDir* s_out = nullptr;
  static inline ruralatlas::test::CliResult s_result;
  static inline std::string s_pdf;
  static inline std::vector<std::map<std::string, std::string>> s_villages;
};

}  // namespace

TEST_F(BattleMap, OneSheetPerVillageOfTheTownshipTitledWithItsName) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  ASSERT_EQ(s_villages.size(), 21u);
  EXPECT_EQ(page_count(s_pdf), static_cast<int>(s_villages.size()));
  EXPECT_EQ(count_files(s_out->path()), 1u) << "no temporary files left";
  for (std::size_t i = 0; i < s_villages.size(); ++i) {
    const auto text = page_text(s_pdf, static_cast<int>(i) + 1);
    EXPECT_EQ(text.substr(0, text.find('\n')), s_villages[i]["name"] + " 挂图作战图") << "page " << i + 1;
    EXPECT_NE(text.find("村代码 " + s_villages[i]["vill_code"]), std::string::npos) << "page " << i + 1;
  }
}

TEST_F(BattleMap, IndicatorTableShowsTheVillagesValuesAndOutcomes) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  for (std::size_t i = 0; i < s_villages.size(); ++i) {
    const auto text = page_text(s_pdf, static_cast<int>(i) + 1, "-layout");
    // DX-V05b tap water >= 90 and DX-V02 poverty incidence <= 8, worked out from the CSV.
    const std::pair<const char*, std::string> checks[] = {{"自来水入户率≥90%", "tap_water_hh_pct"},
                                                          {"贫困发生率≤8%", "poverty_incidence_pct"}};
    for (const auto& [label, column] : checks) {
      std::smatch m;
      ASSERT_TRUE(std::regex_search(text, m, std::regex(std::string(label) + "\\s+([0-9.]+)\\s+(?:≥|≤) ?[0-9]+\\s+(\\S+)")))
          << "page " << i + 1 << " " << label;
      const double expected = std::stod(s_villages[i][column]);
      EXPECT_NEAR(std::stod(m[1]), expected, 0.05) << "page " << i + 1 << " " << label;
      const bool pass = column == "tap_water_hh_pct" ? expected >= 90 : expected <= 8;
      EXPECT_EQ(m[2].str(), pass ? "达标" : "未达标") << "page " << i + 1 << " " << label;
    }
  }
}

TEST_F(BattleMap, FailingItemsAreListedUnderTheTable) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  std::size_t tap_failures = 0;
  for (std::size_t i = 0; i < s_villages.size(); ++i) {
    auto text = page_text(s_pdf, static_cast<int>(i) + 1);
    text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());  // the list wraps
    const auto start = text.find("项；未达标：");
    ASSERT_NE(start, std::string::npos) << "page " << i + 1;
    const auto list = text.substr(start, 600);
    const bool tap_fails = std::stod(s_villages[i]["tap_water_hh_pct"]) < 90;
    tap_failures += tap_fails;
    EXPECT_EQ(list.find("自来水入户率≥90%") != std::string::npos, tap_fails) << "page " << i + 1 << ": " << list;
  }
  EXPECT_GT(tap_failures, 0u) << "the township has villages below 90%, so the check can fail";
}

TEST_F(BattleMap, PageFramesTheRadiusAroundTheVillageAtARoundScale) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  // radius_m 4000 in a 272 × 254 mm frame with a 2 % margin: 8000 m × 1.04 / 0.254 m =
  // 1:32,756, rounded up to two significant digits.
  for (int page : {1, 21}) EXPECT_NE(page_text(s_pdf, page).find("1:33,000"), std::string::npos) << page;
}

TEST(BattleMapCommand, PageOptionTakesSeveralNamesAndKeepsAtlasOrder) {
  TempDir out;
  const auto r = run_cli({"atlas", "projects/village_battle_map.yaml", "--page", "泾河社区居委会,香水社区居委会",
                          "--out", out.path().string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto pdf = (out / "village_battle_map.pdf").string();
  ASSERT_EQ(page_count(pdf), 2);
  EXPECT_EQ(page_text(pdf, 1).rfind("香水社区居委会 挂图作战图", 0), 0u);
  EXPECT_EQ(page_text(pdf, 2).rfind("泾河社区居委会 挂图作战图", 0), 0u);
}

TEST(Relocation15Min, SiteSheetPrintsMinutesToServicesAsTravelComputesThem) {
  TempDir out;
  const std::string site = "工农路社区居民委员会";
  const auto r = run_cli({"atlas", "projects/relocation_15min.yaml", "--page", site, "--out", out.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto pdf = (out / "relocation_15min.pdf").string();
  ASSERT_EQ(page_count(pdf), 1);
  auto text = page_text(pdf, 1);
  text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
  std::smatch m;
  ASSERT_TRUE(std::regex_search(text, m, std::regex("卫生室 ([0-9.]+)；客运班车 ([0-9.]+)；集镇 ([0-9.]+)"))) << text;
  const double printed[] = {std::stod(m[1]), std::stod(m[2]), std::stod(m[3])};

  // The same minutes from `ruralatlas travel`, one run per kind of service.
  const std::pair<const char*, const char*> kinds[] = {
      {"layers/clinics.yaml", ""}, {"layers/villages.yaml", "bus_to_vill_count >= 1"}, {"layers/seats.yaml", ""}};
  bool any_missing = false;
  for (std::size_t k = 0; k < 3; ++k) {
    const auto csv = (out / ("travel_" + std::to_string(k) + ".csv")).string();
    std::vector<std::string> args = {"travel", "layers/relocation_sites.yaml", "--network", "layers/roads.yaml",
                                     "--speeds", "networks/speeds.yaml", "--facilities", kinds[k].first, "--out", csv,
                                     "-q"};
    if (*kinds[k].second) args.insert(args.end(), {"--filter", kinds[k].second});
    ASSERT_EQ(run_cli(args).exit_code, 0) << kinds[k].first;
    const auto rows = ogr_rows(csv, "select travel_min from travel_" + std::to_string(k) + " where name = '" + site + "'");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_NEAR(printed[k], std::stod(rows[0].at("travel_min")), 0.051) << kinds[k].first;
    any_missing = any_missing || printed[k] > 15;
  }
  EXPECT_NE(text.find(any_missing ? "15 分钟内缺少：" : "15 分钟内缺少：无"), std::string::npos) << text;
}

TEST_F(BattleMap, KilometreGridIsLabelledWithTheEastingsAroundTheVillage) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  // Page 1's village in the map CRS (EPSG:4544), by SpatiaLite. At 1:33,000 the 272 mm frame
  // spans 8,976 m centred on it, so the round interval is 2 km and the eastings on the top edge
  // are the multiples of 2 km within ± 4,488 m.
  const auto rows = ogr_rows(sample("villages.shp"), "select ST_X(ST_Transform(geometry, 4544)) x from villages "
                                                     "where vill_code = '" + s_villages[0]["vill_code"] + "'");
  ASSERT_EQ(rows.size(), 1u);
  const double x = std::stod(rows[0].at("x"));
  const auto text = page_text(s_pdf, 1);
  int labels = 0;
  for (double e = std::ceil((x - 4488) / 2000) * 2000; e < x + 4488; e += 2000, ++labels)
    EXPECT_NE(text.find("\n" + std::to_string(static_cast<int>(e / 1000)) + "\n"), std::string::npos) << e;
  EXPECT_GE(labels, 4);
}
