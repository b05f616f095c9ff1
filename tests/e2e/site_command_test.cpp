// End-to-end: `ruralatlas site` on the sample data. Oracles: the written allocations re-add to
// the printed objective; the exact answer is proven (gap 0) and never below the heuristic's;
// bad input fails with one message, exit 1 and no output file.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <regex>
#include <tuple>

#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "core/geometry.hpp"
#include "core/value.hpp"
#include "io/table_reader.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;
using test::run_cli;

namespace {

/// The sample command of the README: 5 clinics for the relocation sites of 会宁县.
std::vector<std::string> huining_clinics(const std::filesystem::path& out, const std::string& solver) {
  return {"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter", "county = '会宁县'",
          "-k", "5", "--within-m", "3000", "--candidates", "layers/villages.yaml", "--candidate-filter",
          "county = '会宁县'", "--near", "layers/roads.yaml:1000:hardened = 1", "--existing", "layers/clinics.yaml",
          "--existing-filter", "level <> 'village_clinic'", "--solver", solver, "--curve-max", "8", "--out", out.string()};
}

double printed(const std::string& out, const std::string& what) {
  std::smatch m;
  if (!std::regex_search(out, m, std::regex(what + R"( ([0-9.]+))"))) return -1;
  return std::stod(m[1]);
}

bool no_outputs(const std::filesystem::path& dir) {
  return !std::filesystem::exists(dir / "efficiency_curve.svg") && !std::filesystem::exists(dir / "chosen_sites.csv") && !std::filesystem::exists(dir / "chosen_sites.gpkg") &&
         !std::filesystem::exists(dir / "allocations.gpkg") && !std::filesystem::exists(dir / "efficiency_curve.csv");
}

}  // namespace

TEST(SiteCommand, FiveClinicsForHuiningRelocationSitesAreProvenOptimalAndAddUp) {
  test::TempDir dir;
  auto r = run_cli(huining_clinics(dir.path(), "exact"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("280 within 1000 m of roads where hardened = 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("gap 0.00%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("proven optimal"), std::string::npos) << r.out;
  const double objective = printed(r.out, "objective");

  const auto sites = io::read_vector_layer(dir / "chosen_sites.gpkg").layer;
  ASSERT_EQ(sites.features.size(), 5u);
  const auto rank = sites.require_field("rank"), newly = sites.require_field("newly_covered_households");
  double previous = 1e18;
  for (std::size_t s = 0; s < 5; ++s) {
    EXPECT_EQ(core::to_number(sites.features[s].attributes[rank]), static_cast<double>(s + 1));
    const double added = *core::to_number(sites.features[s].attributes[newly]);
    EXPECT_LE(added, previous);
    previous = added;
  }

  // Every relocation site gets a line; the covered ones re-add to the objective.
  const auto lines = io::read_vector_layer(dir / "allocations.gpkg").layer;
  ASSERT_EQ(lines.features.size(), 10u);
  const auto covered = lines.require_field("covered"), hh = lines.require_field("households"),
             distance = lines.require_field("distance_m");
  double covered_hh = 0;
  for (const auto& f : lines.features) {
    const bool in = core::to_number(f.attributes[covered]) == 1.0;
    EXPECT_EQ(in, *core::to_number(f.attributes[distance]) <= 3000);
    if (in) covered_hh += *core::to_number(f.attributes[hh]);
  }
  EXPECT_DOUBLE_EQ(covered_hh, objective);

  const auto curve = io::read_table(dir / "efficiency_curve.csv");
  ASSERT_EQ(curve.rows.size(), 8u);
  const auto curve_covered = curve.require_field("covered_households"), gap = curve.require_field("gap_pct");
  EXPECT_DOUBLE_EQ(*core::to_number(curve.rows[4][curve_covered]), objective);
  for (std::size_t k = 1; k < 8; ++k)
    EXPECT_GE(*core::to_number(curve.rows[k][curve_covered]), *core::to_number(curve.rows[k - 1][curve_covered]));
  for (const auto& row : curve.rows) EXPECT_EQ(core::to_number(row[gap]), 0.0);

  // The chart: one marker per k = 0..8, a complete document.
  std::ifstream chart_file(dir / "efficiency_curve.svg");
  const std::string chart((std::istreambuf_iterator<char>(chart_file)), {});
  std::size_t markers = 0;
  for (auto at = chart.find("<circle"); at != std::string::npos; at = chart.find("<circle", at + 1)) ++markers;
  EXPECT_EQ(markers, 9u);
  EXPECT_EQ(chart.rfind("</svg>\n"), chart.size() - 7);
}

TEST(SiteCommand, HeuristicNeverBeatsExactAndStatesANonNegativeGap) {
  // A denser instance: every village of 会宁县 (population) as demand and candidate.
  for (const auto* within : {"2000", "4000"}) {
    test::TempDir dir;
    std::vector<std::string> args = {"site", "layers/villages.yaml", "--weight", "population", "--demand-filter",
                                     "county = '会宁县'", "-k", "12", "--within-m", within, "--curve-max", "1", "--out"};
    auto heuristic = args, exact = args;
    heuristic.insert(heuristic.end(), {(dir / "h").string(), "--solver", "heuristic"});
    exact.insert(exact.end(), {(dir / "e").string(), "--solver", "exact", "--time-limit", "60"});
    const auto h = run_cli(heuristic), e = run_cli(exact);
    ASSERT_EQ(h.exit_code, 0) << h.err;
    ASSERT_EQ(e.exit_code, 0) << e.err;
    EXPECT_LE(printed(h.out, "objective"), printed(e.out, "objective") + 1e-6) << h.out << e.out;
    EXPECT_GE(printed(h.out, "best bound"), printed(e.out, "objective") - 1e-6) << h.out << e.out;
    EXPECT_GE(printed(h.out, "gap"), 0.0);
  }
}

TEST(SiteCommand, MoreSitesThanCandidatesFailsWithoutOutput) {
  test::TempDir dir;
  auto args = huining_clinics(dir.path(), "heuristic");
  args[7] = "281";
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("-k 281 asks for more sites than the 280 candidates"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir.path()));
}

TEST(SiteCommand, NoCandidateSatisfyingTheConstraintsFailsWithTheCounts) {
  test::TempDir dir;
  auto args = huining_clinics(dir.path(), "heuristic");
  args[15] = "layers/roads.yaml:1000:hardened = 7";
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no candidate satisfies the constraints: 322 candidates, 0 within 1000 m of roads where hardened = 7"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(no_outputs(dir.path()));
}

TEST(SiteCommand, ZeroOrMissingWeightNamesTheFeatureAndField) {
  test::TempDir dir;
  std::ofstream(dir / "demand.geojson")
      << R"({"type":"FeatureCollection","features":[)"
         R"({"type":"Feature","properties":{"code":"a","hh":120},"geometry":{"type":"Point","coordinates":[105.0,36.0]}},)"
         R"({"type":"Feature","properties":{"code":"b","hh":0},"geometry":{"type":"Point","coordinates":[105.01,36.0]}}]})";
  std::ofstream(dir / "demand.yaml") << "name: demand\nsource: demand.geojson\nkey: code\n";
  const auto out = dir / "out";
  auto r = run_cli({"site", (dir / "demand.yaml").string(), "--weight", "hh", "-k", "1", "--within-m", "1000", "--out",
                    out.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("field 'hh'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the weight is 0; siting needs a positive weight"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(out));
  r = run_cli({"site", "layers/villages.yaml", "--weight", "tap_water_hh", "-k", "1", "--within-m", "1000", "--out",
               out.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("the weight is empty or not a number"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(out));
}

TEST(SiteCommand, DemandOutOfReachOfEveryCandidateFails) {
  test::TempDir dir;
  const auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                          "county = '会宁县'", "--candidates", "layers/villages.yaml", "--candidate-filter",
                          "county = '灵武市'", "-k", "2", "--within-m", "500", "--out", dir.path().string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no demand point is within 500 m of any candidate"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir.path()));
}

TEST(SiteCommand, UsageErrorsExitTwo) {
  EXPECT_EQ(run_cli({"site", "--help"}).exit_code, 0);
  test::TempDir dir;
  EXPECT_EQ(run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "-k", "2", "--within-m", "500",
                     "--solver", "magic", "--out", dir.path().string()})
                .exit_code,
            2);
  const auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "-k", "2", "--within-m", "500",
                          "--near", "layers/roads.yaml", "--out", dir.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("is not LAYER:METRES[:FILTER]"), std::string::npos) << r.err;
}

TEST(SiteCommand, SampleProjectDrawsTheChosenSitesAndAllocations) {
  // A copy of the project folders, so the siting lands in the copy's out/, where
  // layers/siting_clinic_*.yaml read it (as projects/siting_clinics.yaml says to run it).
  test::TempDir dir;
  const auto src = test::source_dir();
  for (const auto* folder : {"layers", "styles", "layouts", "projects"})
    std::filesystem::copy(src / folder, dir / folder, std::filesystem::copy_options::recursive);
  std::filesystem::create_directory_symlink(src / "sample-data", dir / "sample-data");
  auto s = run_cli(huining_clinics("out/siting_clinics", "exact"), dir.path());
  ASSERT_EQ(s.exit_code, 0) << s.err;
  auto r = run_cli({"render", "projects/siting_clinics.yaml", "--out", "maps", "--format", "png", "--dpi", "60"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  const QImage image(QString::fromStdString((dir / "maps/siting_clinics.png").string()));
  ASSERT_FALSE(image.isNull());
  std::size_t red = 0;  // the chosen sites' rings and the lines to them (#cb181d)
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      red += std::abs(c.red() - 0xcb) <= 24 && std::abs(c.green() - 0x18) <= 24 && std::abs(c.blue() - 0x1d) <= 24;
    }
  EXPECT_GT(red, 50u);
}

TEST(SiteCommand, NetworkMinutesBeforeTheNewSitesEqualTheTravelCommands) {
  // The siting's per-site Dijkstra against `travel`'s multi-source one: the minutes from each
  // relocation site to its nearest existing clinic must agree.
  test::TempDir dir;
  auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "-k", "5", "--network",
                    "layers/roads.yaml", "--speeds", "networks/speeds.yaml", "--within-min", "15", "--demand-filter",
                    "county = '会宁县'", "--candidates", "layers/villages.yaml", "--candidate-filter", "county = '会宁县'",
                    "--existing", "layers/clinics.yaml", "--existing-filter", "level <> 'village_clinic'", "--solver",
                    "exact", "--out", (dir / "site").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("within 15 min over layers/roads.yaml"), std::string::npos) << r.out;
  const auto travel_out = dir / "travel.gpkg";
  auto t = run_cli({"travel", "layers/relocation_sites.yaml", "--network", "layers/roads.yaml", "--speeds",
                    "networks/speeds.yaml", "--facilities", "layers/clinics.yaml", "--filter", "level <> 'village_clinic'",
                    "--out", travel_out.string()});
  ASSERT_EQ(t.exit_code, 0) << t.err;
  const auto travel = io::read_vector_layer(travel_out).layer;
  const auto code = travel.require_field("site_code"), minutes = travel.require_field("travel_min");
  std::map<std::string, double> expected;
  for (const auto& f : travel.features)
    if (auto m = core::to_number(f.attributes[minutes])) expected[core::to_text(f.attributes[code])] = *m;
  const auto lines = io::read_vector_layer(dir / "site/allocations.gpkg").layer;
  ASSERT_EQ(lines.features.size(), 10u);
  const auto id = lines.require_field("demand_id"), before = lines.require_field("travel_before_min"),
             after = lines.require_field("travel_min"), covered = lines.require_field("covered");
  for (const auto& f : lines.features) {
    const auto key = core::to_text(f.attributes[id]);
    ASSERT_TRUE(expected.count(key)) << key;
    EXPECT_NEAR(*core::to_number(f.attributes[before]), expected[key], 0.011) << key;  // both rounded to 0.01 min
    EXPECT_LE(*core::to_number(f.attributes[after]), *core::to_number(f.attributes[before]) + 1e-9);
    EXPECT_EQ(core::to_number(f.attributes[covered]) == 1.0, *core::to_number(f.attributes[after]) <= 15);
  }
}

TEST(SiteCommand, DemandInAnotherPartOfTheRoadNetworkIsUnreachable) {
  // 兴庆区's villages attach to the small road component (tests/e2e/travel_command_test.cpp),
  // 会宁县's relocation sites to the large one.
  test::TempDir dir;
  const auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                          "county = '会宁县'", "--candidates", "layers/villages.yaml", "--candidate-filter",
                          "county = '兴庆区'", "-k", "2", "--network", "layers/roads.yaml", "--speeds",
                          "networks/speeds.yaml", "--within-min", "30", "--out", dir.path().string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("10 demand points (first: 620422100205 东河村民委员会) are unreachable"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir.path()));
}

TEST(SiteCommand, CoverShareFindsTheFewestSitesAndRefusesAnUnreachableTarget) {
  test::TempDir dir;
  auto r = run_cli({"site", "layers/villages.yaml", "--weight", "population", "--demand-filter", "county = '会宁县'",
                    "--cover-share", "60", "--within-m", "4000", "--solver", "exact", "--out", (dir / "a").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(set covering: (\d+) new sites reach 60% of the demand; fewer cannot)")))
      << r.out;
  const auto k = std::stoul(m[1]);
  const auto sites = io::read_vector_layer(dir / "a/chosen_sites.gpkg").layer;
  EXPECT_EQ(sites.features.size(), k);
  const auto curve = io::read_table(dir / "a/efficiency_curve.csv");
  ASSERT_EQ(curve.rows.size(), k);
  const auto pct = curve.require_field("covered_pct");
  EXPECT_GE(*core::to_number(curve.rows[k - 1][pct]), 60.0);
  EXPECT_LT(*core::to_number(curve.rows[k - 2][pct]), 60.0);

  r = run_cli({"site", "layers/villages.yaml", "--weight", "population", "--demand-filter", "county = '会宁县'",
               "--cover-share", "100", "--within-m", "1000", "--candidates", "layers/clinics.yaml", "--out",
               (dir / "b").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("infeasible set-cover target"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir / "b"));
}

TEST(SiteCommand, PlannedProjectsAreComparedWithTheBestAsManySites) {
  test::TempDir dir;
  auto args = huining_clinics(dir.path(), "exact");
  args.insert(args.end(), {"--plan", "layers/projects.yaml", "--plan-filter",
                           "vill_code >= '620422' and vill_code < '620423' and category = '提升脱贫地区公共服务水平'"});
  const auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(plan: 4 planned sites cover (\d+) households .*the best 4 sites cover (\d+) .*gap 0.00%)")))
      << r.out;
  EXPECT_LE(std::stod(m[1]), std::stod(m[2]));  // the optimum is proven, so no plan can beat it
  const auto table = io::read_table(dir / "plan_comparison.csv");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(core::to_number(table.rows[0][table.require_field("plan_covered_households")]), std::stod(m[1]));
}

namespace {

/// The README's clinics for 会宁县's relocation sites as p-median or p-center, no threshold.
std::vector<std::string> huining_by_cost(const std::filesystem::path& out, const std::string& problem, const std::string& solver) {
  auto args = huining_clinics(out, solver);
  const auto within = std::find(args.begin(), args.end(), "--within-m");
  args.erase(within, within + 2);
  args.insert(args.end(), {"--problem", problem});
  return args;
}

struct AllocationTotals {
  double weighted = 0, worst = 0, weighted_before = 0, weight = 0;
  std::size_t lines = 0;
};

/// Re-adds the written allocation lines: households × cost and the worst cost, after and before.
AllocationTotals allocation_totals(const std::filesystem::path& file, const std::string& cost_field, const std::string& before_field) {
  const auto lines = io::read_vector_layer(file).layer;
  const auto hh = lines.require_field("households"), cost = lines.require_field(cost_field),
             before = lines.require_field(before_field);
  EXPECT_FALSE(lines.field_index("covered").has_value());  // no threshold, no coverage columns
  AllocationTotals t;
  for (const auto& f : lines.features) {
    const double w = *core::to_number(f.attributes[hh]), c = *core::to_number(f.attributes[cost]);
    EXPECT_LE(c, *core::to_number(f.attributes[before]) + 1e-9);  // new sites never lengthen a trip
    t.weighted += w * c, t.worst = std::max(t.worst, c), t.weighted_before += w * *core::to_number(f.attributes[before]);
    t.weight += w;
    ++t.lines;
  }
  return t;
}

/// The chart's markers read back as values through its own grid: the lowest and highest
/// labelled grid lines give the scale. Also the y-axis label (the rotated text).
struct ChartReading {
  std::vector<double> values;
  std::string y_label;
};

ChartReading read_chart(const std::filesystem::path& svg_file) {
  std::ifstream in(svg_file);
  const std::string svg((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(svg.rfind("</svg>\n"), svg.size() - 7);
  const std::regex grid(R"re(y1="([0-9.]+)" y2="[0-9.]+" stroke="#dddddd"/><text[^>]*>([0-9.]+)</text>)re"),
      marker(R"re(<circle cx="[0-9.]+" cy="([0-9.]+)")re"), label(R"re(rotate\(-90\)" text-anchor="middle">([^<]+)<)re");
  std::vector<std::pair<double, double>> lines;  // (y pixel, value)
  for (std::sregex_iterator it(svg.begin(), svg.end(), grid), end; it != end; ++it)
    lines.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
  ChartReading reading;
  if (lines.size() < 2) return reading;
  const auto [y0, v0] = lines.front();
  const auto [y1, v1] = lines.back();
  for (std::sregex_iterator it(svg.begin(), svg.end(), marker), end; it != end; ++it)
    reading.values.push_back(v0 + (v1 - v0) * (std::stod((*it)[1]) - y0) / (y1 - y0));
  std::smatch m;
  if (std::regex_search(svg, m, label)) reading.y_label = m[1];
  return reading;
}

}  // namespace

TEST(SiteCommand, PMedianClinicsAreProvenOptimalAndTheAllocationsReAddToTheObjective) {
  test::TempDir dir;
  const auto e = run_cli(huining_by_cost(dir / "e", "median", "exact"));
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NE(e.out.find("p-median: 5 new sites among 280 candidates for 10 demand points"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("gap 0.00%"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("proven optimal"), std::string::npos) << e.out;
  const double objective = printed(e.out, "objective");
  const auto t = allocation_totals(dir / "e/allocations.gpkg", "distance_m", "distance_before_m");
  EXPECT_EQ(t.lines, 10u);
  EXPECT_NEAR(t.weighted, objective, 0.005 * t.weight + 0.5);  // lines are rounded to the centimetre; printed to 1

  // The chosen sites explain themselves: saving and the mean trip before and after for what each serves.
  const auto sites = io::read_vector_layer(dir / "e/chosen_sites.gpkg").layer;
  ASSERT_EQ(sites.features.size(), 5u);
  const auto saved = sites.require_field("saved_households_m"), before = sites.require_field("mean_before_m"),
             after = sites.require_field("mean_after_m"), served = sites.require_field("served_households");
  double saved_total = 0, served_total = 0;
  for (const auto& f : sites.features) {
    saved_total += *core::to_number(f.attributes[saved]);
    if (const auto w = core::to_number(f.attributes[served]); w && *w > 0) {
      served_total += *w;
      const auto mean_before = core::to_number(f.attributes[before]), mean_after = core::to_number(f.attributes[after]);
      ASSERT_TRUE(mean_before && mean_after);  // the existing clinics serve every site before
      EXPECT_LT(*mean_after, *mean_before);
    }
  }
  EXPECT_GT(served_total, 0.0);
  EXPECT_NEAR(t.weighted_before - saved_total, objective, 0.01 * t.weight + 3);  // savings are rounded to 1

  const auto curve = io::read_table(dir / "e/efficiency_curve.csv");
  ASSERT_EQ(curve.rows.size(), 8u);
  const auto mean = curve.require_field("mean_m"), gap = curve.require_field("gap_pct");
  for (std::size_t k = 1; k < 8; ++k)
    EXPECT_LE(*core::to_number(curve.rows[k][mean]), *core::to_number(curve.rows[k - 1][mean]));
  for (const auto& row : curve.rows) EXPECT_EQ(core::to_number(row[gap]), 0.0);

  // The chart: the existing clinics' mean trip at k = 0, then the curve's mean_m for k = 1..8,
  // read back to within 1% of the k = 0 value (about two pixels).
  const auto chart = read_chart(dir / "e/efficiency_curve.svg");
  EXPECT_EQ(chart.y_label, "mean trip (m)");
  ASSERT_EQ(chart.values.size(), 9u);
  const double scale = chart.values.front() / 100;  // the axis runs to about this k = 0 value
  EXPECT_NEAR(chart.values[0], t.weighted_before / t.weight, scale);
  for (std::size_t k = 1; k <= 8; ++k) EXPECT_NEAR(chart.values[k], *core::to_number(curve.rows[k - 1][mean]), scale);

  const auto h = run_cli(huining_by_cost(dir / "h", "median", "heuristic"));
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_GE(printed(h.out, "objective"), objective - 1e-6);
  EXPECT_LE(printed(h.out, "best bound"), objective + 1);
  EXPECT_GE(printed(h.out, "gap"), 0.0);
}

TEST(SiteCommand, PCenterMinimisesTheWorstTripAndTheHeuristicNeverBeatsIt) {
  test::TempDir dir;
  const auto e = run_cli(huining_by_cost(dir / "e", "center", "exact"));
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NE(e.out.find("proven optimal"), std::string::npos) << e.out;
  const double worst = printed(e.out, "objective");
  const auto t = allocation_totals(dir / "e/allocations.gpkg", "distance_m", "distance_before_m");
  EXPECT_NEAR(t.worst, worst, 0.06);
  const auto chart = read_chart(dir / "e/efficiency_curve.svg");
  EXPECT_EQ(chart.y_label, "worst trip (m)");
  ASSERT_EQ(chart.values.size(), 9u);  // k = 0 (the existing clinics) to 8
  EXPECT_NEAR(chart.values[5], worst, chart.values[0] / 100);
  for (std::size_t k = 1; k <= 8; ++k) EXPECT_LE(chart.values[k], chart.values[k - 1] + 1e-6);
  const auto h = run_cli(huining_by_cost(dir / "h", "center", "heuristic"));
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_GE(printed(h.out, "objective"), worst - 0.06);
  EXPECT_LE(printed(h.out, "best bound"), worst + 0.06);
  // The median's worst trip can be no shorter than the center's.
  const auto m = run_cli(huining_by_cost(dir / "m", "median", "exact"));
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_GE(allocation_totals(dir / "m/allocations.gpkg", "distance_m", "distance_before_m").worst, worst - 0.06);
}

TEST(SiteCommand, PMedianOverTheRoadNetworkReAddsTravelMinutes) {
  test::TempDir dir;
  auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--problem", "median", "-k", "3",
                    "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml", "--demand-filter",
                    "county = '会宁县'", "--candidates", "layers/villages.yaml", "--candidate-filter", "county = '会宁县'",
                    "--existing", "layers/clinics.yaml", "--existing-filter", "level <> 'village_clinic'", "--solver",
                    "exact", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("cost in minutes over layers/roads.yaml"), std::string::npos) << r.out;
  const auto t = allocation_totals(dir / "allocations.gpkg", "travel_min", "travel_before_min");
  EXPECT_NEAR(t.weighted, printed(r.out, "objective"), 0.005 * t.weight + 0.5);
  EXPECT_LT(t.weighted, t.weighted_before);
}

TEST(SiteCommand, CostProblemsRefuseCoverShare) {
  test::TempDir dir;
  const auto r = run_cli({"site", "layers/villages.yaml", "--weight", "population", "--problem", "center", "--cover-share",
                          "50", "--out", dir.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--cover-share is set covering"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir.path()));
}

TEST(SiteCommand, ExcludedAreasHoldNoCandidate) {
  // Oracle: the villages inside the township's polygon by Boost's covered_by in longitude and
  // latitude, straight from the shapefiles.
  const auto src = test::source_dir();
  const auto towns = io::read_vector_layer(src / "sample-data/townships.shp").layer;
  const auto villages = io::read_vector_layer(src / "sample-data/villages.shp").layer;
  const auto town_code = towns.require_field("town_code"), county = villages.require_field("county"),
             vill_code = villages.require_field("vill_code");
  const core::MultiPolygon* town = nullptr;
  for (const auto& f : towns.features)
    if (core::to_text(f.attributes[town_code]) == "620422100") town = std::get_if<core::MultiPolygon>(&f.geometry);
  ASSERT_NE(town, nullptr);
  std::set<std::string> inside;
  std::size_t in_county = 0;
  for (const auto& f : villages.features) {
    if (core::to_text(f.attributes[county]) != "会宁县") continue;
    ++in_county;
    if (boost::geometry::covered_by(std::get<core::MultiPoint>(f.geometry).front(), *town))
      inside.insert(core::to_text(f.attributes[vill_code]));
  }
  ASSERT_GT(inside.size(), 0u);

  test::TempDir dir;
  const auto r = run_cli({"site", "layers/villages.yaml", "--weight", "population", "--demand-filter", "county = '会宁县'",
                          "-k", "6", "--within-m", "3000", "--exclude", "layers/townships.yaml:town_code = '620422100'",
                          "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(std::to_string(in_county) + " candidates, " + std::to_string(in_county - inside.size()) +
                       " outside townships where town_code = '620422100'"),
            std::string::npos)
      << r.out;
  const auto sites = io::read_vector_layer(dir / "chosen_sites.gpkg").layer;
  ASSERT_EQ(sites.features.size(), 6u);
  for (const auto& f : sites.features) EXPECT_FALSE(inside.count(core::to_text(f.attributes[sites.require_field("site_id")])));

  const auto none = run_cli({"site", "layers/villages.yaml", "--weight", "population", "--demand-filter", "county = '会宁县'",
                             "-k", "2", "--within-m", "3000", "--exclude", "layers/counties.yaml", "--out",
                             (dir / "none").string()});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("no candidate is left outside the excluded areas"), std::string::npos) << none.err;
  EXPECT_TRUE(no_outputs(dir / "none"));
}

TEST(SiteCommand, GridCandidatesSitOnWholeMultiplesOfTheSpacing) {
  test::TempDir dir;
  const auto r = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                          "county = '会宁县'", "--problem", "median", "-k", "3", "--grid-m", "2000", "--crs", "EPSG:4544",
                          "--solver", "exact", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("proven optimal"), std::string::npos) << r.out;
  const auto sites = io::read_vector_layer(dir / "chosen_sites.gpkg").layer;
  ASSERT_EQ(sites.features.size(), 3u);
  for (const auto& f : sites.features) {
    const auto& p = std::get<core::MultiPoint>(f.geometry).front();
    EXPECT_NEAR(std::remainder(p.x(), 2000.0), 0.0, 1e-6) << p.x();
    EXPECT_NEAR(std::remainder(p.y(), 2000.0), 0.0, 1e-6) << p.y();
    EXPECT_EQ(core::to_text(f.attributes[sites.require_field("site_id")]).rfind("grid_", 0), 0u);
  }
  // A finer grid can only do as well or better: its points include the coarser one's.
  const auto fine = run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                             "county = '会宁县'", "--problem", "median", "-k", "3", "--grid-m", "1000", "--crs", "EPSG:4544",
                             "--solver", "exact", "--out", (dir / "fine").string()});
  ASSERT_EQ(fine.exit_code, 0) << fine.err;
  EXPECT_LE(printed(fine.out, "objective"), printed(r.out, "objective"));
}

namespace {

struct FixturePoint {
  std::string code;
  double dx = 0, dy = 0;
  std::string properties;  ///< more GeoJSON properties, e.g. "\"hh\":10"
};

/// A point layer file in EPSG:4544 metres, offsets from (500000, 4000000), keyed by code.
void write_point_layer(const std::filesystem::path& dir, const std::string& name, const std::vector<FixturePoint>& points) {
  std::ostringstream features;
  for (const auto& p : points)
    features << (features.tellp() > 0 ? "," : "") << R"({"type":"Feature","properties":{"code":")" << p.code << '"'
             << (p.properties.empty() ? "" : ",") << p.properties << R"(},"geometry":{"type":"Point","coordinates":[)"
             << 500000 + p.dx << "," << 4000000 + p.dy << "]}}";
  std::ofstream(dir / (name + ".geojson"))
      << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4544"}},"features":[)"
      << features.str() << "]}";
  std::ofstream(dir / (name + ".yaml")) << "name: " << name << "\nsource: " << name << ".geojson\nkey: code\n";
}

/// Four villages on a line: 10, 20, 30 and 40 households (four people each) at 0, 1000, 5000
/// and 6000 m.
void write_four_villages(const std::filesystem::path& dir) {
  write_point_layer(dir, "demand", {{"d1", 0, 0, R"("hh":10,"pop":40)"}, {"d2", 1000, 0, R"("hh":20,"pop":80)"},
                                    {"d3", 5000, 0, R"("hh":30,"pop":120)"}, {"d4", 6000, 0, R"("hh":40,"pop":160)"}});
}

}  // namespace

TEST(SiteCommand, PlannedSitesAreComparedByMeanAndWorstTripWithTheBestAsMany) {
  // Four villages on a line, 10, 20, 30 and 40 households at 0, 1000, 5000 and 6000 m. The plan
  // puts two sites at 0 and 3000 m: trips 0, 1000, 2000 and 3000 m, so a mean of
  // (0×10 + 1000×20 + 2000×30 + 3000×40) / 100 = 2000 m and a worst of 3000 m. The best two of
  // the candidates at 500, 3000 and 5500 m are 500 and 5500: every trip 500 m.
  test::TempDir dir;
  write_four_villages(dir.path());
  write_point_layer(dir.path(), "candidates", {{"c1", 500, 0, ""}, {"c2", 3000, 0, ""}, {"c3", 5500, 0, ""}});
  write_point_layer(dir.path(), "plan", {{"p1", 0, 0, ""}, {"p2", 3000, 0, ""}});
  for (const auto& [problem, measure, plan_value] : {std::tuple{"median", "mean_m", 2000.0}, {"center", "worst_m", 3000.0}}) {
    for (const auto* solver : {"heuristic", "exact"}) {
      SCOPED_TRACE(std::string(problem) + " " + solver);
      const auto out = dir / (std::string(problem) + solver);
      const auto r = run_cli({"site", (dir / "demand.yaml").string(), "--weight", "hh", "--problem", problem, "-k", "1",
                              "--candidates", (dir / "candidates.yaml").string(), "--plan", (dir / "plan.yaml").string(),
                              "--crs", "EPSG:4544", "--solver", solver, "--out", out.string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
      const std::string kind = problem == std::string("median") ? "mean" : "worst";
      EXPECT_NE(r.out.find("plan: 2 planned sites give a " + kind + " trip of " + std::to_string(static_cast<int>(plan_value)) +
                           ".0 m; the best 2 sites 500.0 m"),
                std::string::npos)
          << r.out;
      const auto table = io::read_table(out / "plan_comparison.csv");
      ASSERT_EQ(table.rows.size(), 1u);
      const auto& row = table.rows[0];
      EXPECT_EQ(core::to_number(row[table.require_field("sites")]), 2.0);
      EXPECT_NEAR(*core::to_number(row[table.require_field(std::string("plan_") + measure)]), plan_value, 0.01);
      EXPECT_NEAR(*core::to_number(row[table.require_field(std::string("best_") + measure)]), 500.0, 0.01);
      EXPECT_LE(*core::to_number(row[table.require_field(std::string("best_bound_") + measure)]), 500.01);
      EXPECT_NEAR(*core::to_number(row[table.require_field("plan_over_best_pct")]), 100 * (plan_value - 500) / 500, 0.05);
    }
  }
}

namespace {

/// Candidates for the four villages: c1 at 500 m (25 households), c2 at 5500 m (60), c3 at
/// 3000 m (100), or the capacities given.
void write_capacitated_candidates(const std::filesystem::path& dir, const std::string& c1 = "25", const std::string& c2 = "60") {
  write_point_layer(dir, "candidates", {{"c1", 500, 0, R"("cap":)" + c1}, {"c2", 5500, 0, R"("cap":)" + c2},
                                        {"c3", 3000, 0, R"("cap":100)"}});
}

std::vector<std::string> capacitated_args(const test::TempDir& dir, const std::string& out) {
  return {"site", (dir / "demand.yaml").string(), "--weight", "hh", "--candidates", (dir / "candidates.yaml").string(),
          "--capacity-field", "cap", "--crs", "EPSG:4544", "--out", (dir / out).string()};
}

/// Households per site in the allocation lines (those covered, where there is a threshold),
/// their households × metres, and the households on lines marked not covered.
std::map<std::string, double> allocated_per_site(const std::filesystem::path& file, double& weighted_m, double* uncovered = nullptr) {
  const auto lines = io::read_vector_layer(file).layer;
  const auto site = lines.require_field("site_id"), hh = lines.require_field("hh"), d = lines.require_field("distance_m");
  const auto covered = lines.field_index("covered");
  std::map<std::string, double> load;
  weighted_m = 0;
  if (uncovered) *uncovered = 0;
  for (const auto& f : lines.features) {
    const double w = *core::to_number(f.attributes[hh]);
    if (covered && core::to_number(f.attributes[*covered]) == 0.0) {
      if (uncovered) *uncovered += w;
      continue;
    }
    load[core::to_text(f.attributes[site])] += w;
    weighted_m += w * *core::to_number(f.attributes[d]);
  }
  return load;
}

}  // namespace

TEST(SiteCommand, CapacitatedPMedianSplitsAVillageAndNeverOverfillsASite) {
  // By hand, k = 2: {c1, c2} hold 85 < 100 households. {c1, c3}: c1 takes d1 and 15 of d2 (the
  // cheaper overflow, +1500 m a household against +2500 for d1), cost 10×500 + 15×500 +
  // 5×2000 + 30×2000 + 40×3000 = 202500. {c2, c3}: c2 takes d4 and 20 of d3, c3 the rest:
  // 10×3000 + 20×2000 + 20×500 + 10×2000 + 40×500 = 120000, the optimum (mean 1200 m). Without
  // capacities {c1, c2} would win with every trip 500 m.
  test::TempDir dir;
  write_four_villages(dir.path());
  write_capacitated_candidates(dir.path());
  for (const auto* solver : {"exact", "heuristic"}) {
    SCOPED_TRACE(solver);
    auto args = capacitated_args(dir, solver);
    args.insert(args.end(), {"--problem", "median", "-k", "2", "--solver", solver});
    const auto r = run_cli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NEAR(printed(r.out, "objective"), 120000, 0.5) << r.out;
    EXPECT_GE(printed(r.out, "gap"), 0.0);
    EXPECT_NE(r.out.find("1 demand points split between sites"), std::string::npos) << r.out;
    double weighted_m = 0;
    const auto load = allocated_per_site(dir / solver / "allocations.gpkg", weighted_m);
    EXPECT_NEAR(weighted_m, 120000, 1);
    ASSERT_EQ(load.size(), 2u);
    EXPECT_NEAR(load.at("c2"), 60, 1e-6);  // full
    EXPECT_NEAR(load.at("c3"), 40, 1e-6);
    const auto sites = io::read_table(dir / solver / "chosen_sites.csv");
    ASSERT_EQ(sites.rows.size(), 2u);
    for (const auto& row : sites.rows)
      EXPECT_LE(*core::to_number(row[sites.require_field("assigned_hh")]), *core::to_number(row[sites.require_field("capacity")]));
  }
}

TEST(SiteCommand, CapacitiesCountHouseholdsWhileTheWeightIsPeople) {
  // The same optimum as by households, in person-metres: 4 × 120000.
  test::TempDir dir;
  write_four_villages(dir.path());
  write_capacitated_candidates(dir.path());
  auto args = capacitated_args(dir, "out");
  args[3] = "pop";
  args.insert(args.end(), {"--capacity-demand", "hh", "--problem", "median", "-k", "2", "--solver", "exact"});
  const auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NEAR(printed(r.out, "objective"), 480000, 0.5) << r.out;
  EXPECT_NE(r.out.find("capacities in hh"), std::string::npos) << r.out;
  const auto sites = io::read_table(dir / "out/chosen_sites.csv");
  double assigned = 0;
  for (const auto& row : sites.rows) {
    const double hh = *core::to_number(row[sites.require_field("assigned_hh")]);
    EXPECT_LE(hh, *core::to_number(row[sites.require_field("capacity")]));
    assigned += hh;
  }
  EXPECT_NEAR(assigned, 100, 1e-6);
  const auto lines = io::read_vector_layer(dir / "out/allocations.gpkg").layer;
  const auto pop = lines.require_field("pop"), hh = lines.require_field("hh");
  for (const auto& f : lines.features)
    EXPECT_NEAR(*core::to_number(f.attributes[pop]), 4 * *core::to_number(f.attributes[hh]), 0.02);
}

TEST(SiteCommand, CapacitatedCoveringCountsOnlyWhatTheSitesCanTake) {
  // Within 1000 m c1 reaches d1 and d2 (30 households, holds 25), c2 d3 and d4 (70, holds 60),
  // c3 nobody: two sites cover 25 + 60 = 85 of 100. Covering 90% is beyond every candidate.
  test::TempDir dir;
  write_four_villages(dir.path());
  write_capacitated_candidates(dir.path());
  auto args = capacitated_args(dir, "k2");
  args.insert(args.end(), {"-k", "2", "--within-m", "1000", "--solver", "exact"});
  auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NEAR(printed(r.out, "objective"), 85, 1e-6) << r.out;
  double weighted_m = 0, uncovered = 0;
  const auto load = allocated_per_site(dir / "k2/allocations.gpkg", weighted_m, &uncovered);
  EXPECT_NEAR(load.at("c1"), 25, 1e-6);
  EXPECT_NEAR(load.at("c2"), 60, 1e-6);
  EXPECT_NEAR(uncovered, 15, 1e-6);  // the households the full sites leave out, drawn to their nearest site

  args = capacitated_args(dir, "share");
  args.insert(args.end(), {"--cover-share", "90", "--within-m", "1000"});
  r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("infeasible set-cover target: 90 to cover, but all 3 candidates together cover 85"), std::string::npos)
      << r.err;
  EXPECT_TRUE(no_outputs(dir / "share"));
}

TEST(SiteCommand, APlanWithCapacitiesIsValuedByItsCapacitatedAssignment) {
  // The plan: p1 at 0 m holding 20 households, p2 at 6000 m holding 80. p1 takes d1 and 10 of
  // d2, p2 the other 10 of d2 (5000 m), d3 (1000 m) and d4: a mean of (10×1000 + 10×5000 +
  // 30×1000) / 100 = 900 m (500 m without capacities), a worst trip of 5000 m, and within
  // 1000 m p1's room for 20 of d1 and d2's 30 leaves 90 covered. The best two candidates:
  // mean 1200 m, worst 3000 m, 85 covered (the tests above).
  test::TempDir dir;
  write_four_villages(dir.path());
  write_capacitated_candidates(dir.path());
  write_point_layer(dir.path(), "plan", {{"p1", 0, 0, R"("cap":20)"}, {"p2", 6000, 0, R"("cap":80)"}});
  struct Case {
    std::vector<std::string> problem;
    std::string plan_field, best_field;
    double plan, best;
  };
  for (const auto& c : {Case{{"--problem", "median"}, "plan_mean_m", "best_mean_m", 900, 1200},
                        Case{{"--problem", "center"}, "plan_worst_m", "best_worst_m", 5000, 3000},
                        Case{{"--within-m", "1000"}, "plan_covered_hh", "best_covered_hh", 90, 85}}) {
    SCOPED_TRACE(c.plan_field);
    auto args = capacitated_args(dir, c.plan_field);
    args.insert(args.end(), c.problem.begin(), c.problem.end());
    args.insert(args.end(), {"-k", "2", "--solver", "exact", "--plan", (dir / "plan.yaml").string()});
    const auto r = run_cli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto table = io::read_table(dir / c.plan_field / "plan_comparison.csv");
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_NEAR(*core::to_number(table.rows[0][table.require_field(c.plan_field)]), c.plan, 0.01) << r.out;
    EXPECT_NEAR(*core::to_number(table.rows[0][table.require_field(c.best_field)]), c.best, 0.01) << r.out;
  }
  write_point_layer(dir.path(), "plan", {{"p1", 0, 0, ""}, {"p2", 6000, 0, ""}});
  auto args = capacitated_args(dir, "bad");
  args.insert(args.end(), {"--problem", "median", "-k", "2", "--plan", (dir / "plan.yaml").string()});
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("plan.geojson"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no capacity field 'cap'"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir / "bad"));
}

TEST(SiteCommand, BadCapacitiesNameTheFileFeatureAndField) {
  test::TempDir dir;
  write_four_villages(dir.path());
  struct Bad {
    std::string c1, c2, message;
  };
  for (const auto& bad : {Bad{"25", "-5", "the capacity is -5; it cannot be negative"},
                          Bad{R"("lots")", "60", "the capacity is empty or not a number"}}) {
    write_capacitated_candidates(dir.path(), bad.c1, bad.c2);
    auto args = capacitated_args(dir, "out");
    args.insert(args.end(), {"--problem", "median", "-k", "2"});
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(bad.message), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("candidates.geojson"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("field 'cap'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(bad.c2 == "-5" ? "row 1" : "row 0"), std::string::npos) << r.err;  // c2, c1
    EXPECT_TRUE(no_outputs(dir / "out"));
  }
  write_capacitated_candidates(dir.path());
  auto args = capacitated_args(dir, "out");
  args[7] = "capacity_hh";
  args.insert(args.end(), {"--problem", "median", "-k", "2"});
  auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("has no capacity field 'capacity_hh'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("candidates.geojson"), std::string::npos) << r.err;

  args = capacitated_args(dir, "out");  // two sites of 40 for 100 households
  args[6] = "--capacity", args[7] = "40";
  args.insert(args.end(), {"--problem", "median", "-k", "2"});
  r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("the existing facilities and 2 new sites hold at most 80 of the demand's 100"), std::string::npos)
      << r.err;
  EXPECT_TRUE(no_outputs(dir / "out"));

  args = capacitated_args(dir, "out");  // p-center: the same shortfall, the same message
  args[6] = "--capacity", args[7] = "40";
  args.insert(args.end(), {"--problem", "center", "-k", "2"});
  r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("hold at most 80 of the demand's 100"), std::string::npos) << r.err;
  EXPECT_TRUE(no_outputs(dir / "out"));
}

TEST(SiteCommand, CapacitatedPCenterSendsVillagesPastAFullNearestSite) {
  // By hand: without capacities {c1, c2} give every trip 500 m, but they hold 85 of the 100
  // households. {c1, c3} and {c2, c3} both need c3 for d4 or d1 (3000 m), so k = 2 gives a
  // worst trip of 3000 m. With all three open, c1 (25) takes d1 and 15 of d2, c2 (60) d4 and
  // 20 of d3, c3 the 5 + 10 left within 2000 m: a worst trip of 2000 m.
  test::TempDir dir;
  write_four_villages(dir.path());
  write_capacitated_candidates(dir.path());
  for (const auto& [k, worst] : {std::pair{"2", 3000.0}, std::pair{"3", 2000.0}})
    for (const auto* solver : {"exact", "heuristic"}) {
      SCOPED_TRACE(std::string(solver) + " k " + k);
      const auto out = std::string(solver) + k;
      auto args = capacitated_args(dir, out);
      args.insert(args.end(), {"--problem", "center", "-k", k, "--solver", solver});
      const auto r = run_cli(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      EXPECT_NEAR(printed(r.out, "objective"), worst, 0.5) << r.out;
      EXPECT_GE(printed(r.out, "gap"), 0.0);
      double weighted_m = 0;
      const auto load = allocated_per_site(dir / out / "allocations.gpkg", weighted_m);
      double assigned = 0;
      for (const auto& [site, hh] : load) assigned += hh;
      EXPECT_NEAR(assigned, 100, 1e-6);
      const auto lines = io::read_vector_layer(dir / out / "allocations.gpkg").layer;
      double longest = 0;
      for (const auto& f : lines.features)
        longest = std::max(longest, *core::to_number(f.attributes[lines.require_field("distance_m")]));
      EXPECT_NEAR(longest, worst, 0.5);
      const auto sites = io::read_table(dir / out / "chosen_sites.csv");
      for (const auto& row : sites.rows)
        EXPECT_LE(*core::to_number(row[sites.require_field("assigned_hh")]),
                  *core::to_number(row[sites.require_field("capacity")]) + 1e-6);
    }
}
