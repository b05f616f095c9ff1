// End-to-end: `ruralatlas atlas` on the sample data. Page names, village counts and the map
// scale are checked against GDAL's SQLite dialect with SpatiaLite (ogrinfo), and the scale
// bar is measured in poppler's rendering of the PDF (pdftoppm), not in our own.
#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::run_shell;
using ruralatlas::test::source_dir;
using ruralatlas::test::TempDir;

namespace {

const std::string kCounty = "泾源县";  // 7 townships: a quick atlas
const std::string kFilter = "county = '" + kCounty + "'";

std::string sample(const std::string& file) { return (source_dir() / "sample-data" / file).string(); }

/// ogrinfo's answer to `sql` (SQLite dialect, SpatiaLite functions) on `source`.
std::string ogr_answer(const std::string& source, const std::string& sql) {
  const auto r = run_shell("ogrinfo -q -ro -dialect sqlite -sql \"" + sql + "\" '" + source + "'");
  EXPECT_EQ(r.exit_code, 0) << sql;
  return r.out;
}

/// Values of `column` in an ogrinfo answer, in order.
std::vector<std::string> column_of(const std::string& answer, const std::string& column) {
  std::vector<std::string> values;
  const std::regex line("^\\s+" + column + " \\([A-Za-z]+\\) = (.*)$");
  std::istringstream in(answer);
  for (std::string l; std::getline(in, l);) {
    std::smatch m;
    if (std::regex_match(l, m, line)) values.push_back(m[1]);
  }
  return values;
}

std::vector<std::string> ogr_column(const std::string& source, const std::string& sql, const std::string& column) {
  return column_of(ogr_answer(source, sql), column);
}

std::string page_text(const std::string& pdf, int page, const std::string& options = "") {
  const auto n = std::to_string(page);
  return run_shell("pdftotext " + options + " -f " + n + " -l " + n + " '" + pdf + "' -").out;
}

int page_count(const std::string& pdf) {
  const auto info = run_shell("pdfinfo '" + pdf + "'");
  std::smatch m;
  if (!std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
  return std::stoi(m[1]);
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_file(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

class CountyAtlas : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_out = new TempDir;
    s_result = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--filter", kFilter, "--out", s_out->path().string()});
    s_pdf = (s_out->path() / "tap_water_atlas.pdf").string();
    s_townships = ogr_column(sample("townships.shp"),
                             "select township from townships where county = '" + kCounty + "'", "township");
  }
  static void TearDownTestSuite() {
    delete s_out;
    s_out = nullptr;
  }
  static inline TempDir* s_out = nullptr;
  static inline ruralatlas::test::CliResult s_result;
  static inline std::string s_pdf;
  static inline std::vector<std::string> s_townships;  ///< in layer order, from ogrinfo
};

}  // namespace

TEST_F(CountyAtlas, OnePagePerTownshipOfTheCountyInOnePdf) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  ASSERT_EQ(s_townships.size(), 7u);
  EXPECT_EQ(page_count(s_pdf), static_cast<int>(s_townships.size()));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(s_out->path()), {}), 1) << "no temporary files left";
  EXPECT_NE(s_result.err.find("page 7/7 "), std::string::npos) << "progress on stderr: " << s_result.err;
}

TEST_F(CountyAtlas, EveryPageNamesItsTownshipAndCarriesLegendAndSource) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  for (std::size_t i = 0; i < s_townships.size(); ++i) {
    const auto text = page_text(s_pdf, static_cast<int>(i) + 1);
    // The title is the first line: the page's own township, in layer order.
    EXPECT_EQ(text.substr(0, text.find('\n')), s_townships[i]) << "page " << i + 1;
    for (const char* legend : {"达标 ≥ 90%", "未达标 < 90%", "无数据"})
      EXPECT_NE(text.find(legend), std::string::npos) << "page " << i + 1 << " legend " << legend;
    EXPECT_NE(text.find("数据来源：行政区划名称与代码"), std::string::npos) << "page " << i + 1 << " source line";
    EXPECT_NE(text.find(std::to_string(i + 1) + "/7"), std::string::npos) << "page " << i + 1 << " number";
  }
}

TEST_F(CountyAtlas, TableCountsVillagesInTheTownshipAndThoseMeetingTheThreshold) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  // Villages inside each township (point in polygon) and those with a tap-water rate >= 90,
  // joined to the indicator CSV, by SpatiaLite over the sample-data folder (about 3 s).
  const std::string sql =
      "select t.township, count(*) n, sum(case when cast(i.tap_water_hh_pct as real) >= 90 then 1 else 0 end) c "
      "from townships t join villages v on ST_Intersects(v.geometry, t.geometry) "
      "left join \\\"" + sample("village_indicators.csv") + "\\\".village_indicators i on i.village_code = v.vill_code "
      "where t.county = '" + kCounty +
      "' group by t.township";
  const auto answer = ogr_answer(sample(""), sql);
  const auto names = column_of(answer, "township");
  const auto totals = column_of(answer, "n");
  const auto covered = column_of(answer, "c");
  ASSERT_EQ(names.size(), s_townships.size());
  int all = 0, all_covered = 0;
  for (std::size_t k = 0; k < names.size(); ++k) {
    all += std::stoi(totals[k]);
    all_covered += std::stoi(covered[k]);
    const auto page = std::find(s_townships.begin(), s_townships.end(), names[k]) - s_townships.begin() + 1;
    const auto text = page_text(s_pdf, static_cast<int>(page), "-layout");
    const std::regex row(names[k] + "\\s+" + totals[k] + "\\s+" + covered[k] + "\\s+[0-9.]+%");
    EXPECT_TRUE(std::regex_search(text, row)) << names[k] << ": expected " << totals[k] << " villages, " << covered[k]
                                              << " covered";
  }
  const std::regex total_row("合计（7 个）\\s+" + std::to_string(all) + "\\s+" + std::to_string(all_covered) + "\\s");
  EXPECT_TRUE(std::regex_search(page_text(s_pdf, 1, "-layout"), total_row)) << all << " " << all_covered;
}

TEST_F(CountyAtlas, ScaleIsTheFittedRoundScaleAndTheBarIsTrueToItsLabel) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  // Page 1's township in the map CRS (EPSG:4544), by SpatiaLite.
  const std::string sql = "select ST_MaxX(g) - ST_MinX(g) w, ST_MaxY(g) - ST_MinY(g) h from (select ST_Transform("
                          "geometry, 4544) g from townships where township = '" + s_townships.front() +
                          "' and county = '" + kCounty + "')";
  const auto extent = ogr_answer(sample("townships.shp"), sql);
  const double w_m = std::stod(column_of(extent, "w").at(0));
  const double h_m = std::stod(column_of(extent, "h").at(0));
  // layouts/a4_atlas.yaml: a 194 × 180 mm frame, 6 % margin on each side, 1:N rounded up to
  // two significant digits.
  const double fitted = std::max(w_m * 1.12 / 0.194, h_m * 1.12 / 0.180);
  const double step = std::pow(10.0, std::floor(std::log10(fitted)) - 1);
  const double expected_n = std::ceil(fitted / step) * step;

  // The scale bar's box (102, 253) mm, 50 × 15 mm: its labels and 1:N from the PDF text.
  const auto labels = page_text(s_pdf, 1, "-r 72 -x 289 -y 717 -W 142 -H 43");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(labels, m, std::regex("1:([0-9,]+)"))) << labels;
  const double n = std::stod(std::regex_replace(m[1].str(), std::regex(","), ""));
  EXPECT_DOUBLE_EQ(n, expected_n) << "printed scale vs the township's extent";
  ASSERT_TRUE(std::regex_search(labels, m, std::regex("([0-9.]+)\\s+km"))) << labels;
  const double label_m = std::stod(m[1]) * 1000;

  // The bar in poppler's rendering at 600 dpi: the row with the most dark pixels is its
  // outline; its dark run spans the bar plus one 0.2 mm pen width.
  TempDir dir;
  constexpr double kPxPerMm = 600 / 25.4;
  const auto crop = " -x " + std::to_string(int(102 * kPxPerMm)) + " -y " + std::to_string(int(253 * kPxPerMm)) +
                    " -W " + std::to_string(int(50 * kPxPerMm)) + " -H " + std::to_string(int(15 * kPxPerMm));
  ASSERT_EQ(run_shell("pdftoppm -png -r 600 -f 1 -l 1" + crop + " '" + s_pdf + "' '" + (dir / "bar").string() + "'")
                .exit_code, 0);
  QImage image;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    image.load(QString::fromStdString(entry.path().string()));
  ASSERT_FALSE(image.isNull());
  int best = 0, first = 0, last = 0;
  for (int y = 0; y < image.height(); ++y) {
    int count = 0, x0 = -1, x1 = -1;
    for (int x = 0; x < image.width(); ++x)
      if (qGray(image.pixel(x, y)) < 128) {
        ++count;
        if (x0 < 0) x0 = x;
        x1 = x;
      }
    if (count > best) std::tie(best, first, last) = std::tuple(count, x0, x1);
  }
  const double drawn_mm = (last - first + 1) / kPxPerMm - 0.2;
  const double true_mm = label_m / n * 1000;
  EXPECT_NEAR(drawn_mm, true_mm, true_mm * 0.01) << "bar " << drawn_mm << " mm for " << label_m << " m at 1:" << n;
}

TEST(AtlasCommand, PerPagePngFilesAreNumberedAndNamed) {
  TempDir out;
  const auto r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--filter", kFilter, "--format", "png", "--dpi",
                          "30", "--out", out.path().string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << "--quiet: " << r.err;
  EXPECT_TRUE(std::filesystem::exists(out / "1_香水镇.png"));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out.path()), {}), 7);
  const QImage page(QString::fromStdString((out / "1_香水镇.png").string()));
  EXPECT_EQ(page.width(), static_cast<int>(std::lround(210 / 25.4 * 30)));
}

TEST(AtlasCommand, DuplicateTownshipNamesAreToldApartByTheirCode) {
  TempDir out;
  const auto r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--filter", "township = '新集乡'", "--out",
                          out.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("used by several features (新集乡)"), std::string::npos) << r.err;
  const auto codes = ogr_column(sample("townships.shp"), "select town_code from townships where township = '新集乡'",
                                "town_code");
  ASSERT_EQ(codes.size(), 2u);
  const auto pdf = (out / "tap_water_atlas.pdf").string();
  ASSERT_EQ(page_count(pdf), 2);
  for (int page = 1; page <= 2; ++page) {
    const auto text = page_text(pdf, page);
    EXPECT_EQ(text.substr(0, text.find('\n')), "新集乡 (" + codes[page - 1] + ")");
  }
}

TEST(AtlasCommand, FilterMatchingNothingIsADataErrorAndWritesNothing) {
  TempDir out;
  const auto r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--filter", "county = '不存在县'", "--out",
                          out.path().string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no feature of the atlas layer matches the filter \"county = '不存在县'\""), std::string::npos)
      << r.err;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out.path()), {}), 0);
}

TEST(AtlasCommand, UsageMistakesAreExitCodeTwo) {
  TempDir out;
  auto r = run_cli({"atlas", "projects/tap_water.yaml", "--out", out.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--by"), std::string::npos) << "no atlas: section and no --by: " << r.err;
  r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--page", "无此乡", "--out", out.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no atlas page is called '无此乡'"), std::string::npos) << r.err;
  r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--by", "rivers", "--out", out.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'rivers' is not a layer of the project"), std::string::npos) << r.err;
  r = run_cli({"atlas", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--per-page"), std::string::npos);
}

/// A project in a temporary folder: townships from `townships_source`, the shipped layers
/// otherwise, and the atlas layout with `extra_items` appended.
void write_project(const TempDir& dir, const std::string& townships_source, const std::string& extra_items = "") {
  const auto root = source_dir().string();
  write_file(dir / "townships.yaml", "name: townships\nsource: " + townships_source + "\nkey: town_code\n");
  write_file(dir / "layout.yaml", slurp(source_dir() / "layouts/a4_atlas.yaml") + extra_items);
  write_file(dir / "atlas.yaml",
             "title: 测试\nmap_crs: EPSG:4544\nlayout: layout.yaml\nlayers:\n"
             "  - {layer: " + root + "/layers/counties.yaml, style: " + root + "/styles/counties_outline.yaml, locator: true}\n"
             "  - {layer: townships.yaml, style: " + root + "/styles/townships_outline.yaml}\n"
             "  - {layer: " + root + "/layers/villages.yaml, style: " + root + "/styles/villages_tap_water.yaml}\n"
             "atlas:\n  layer: townships\n  name_field: township\n  filter: \"" + kFilter + "\"\n"
             "  table: {layer: villages, covered: tap_water_hh_pct >= 90}\n");
}

TEST(AtlasCommand, TownshipWithoutGeometryIsSkippedWithAWarningNamingIt) {
  TempDir dir;
  const auto shp = (dir / "townships.shp").string();
  ASSERT_EQ(run_shell("ogr2ogr -dialect sqlite -sql \"select town_code, township, county, case when township = '香水镇' "
                      "then null else geometry end as geometry from townships\" -lco ENCODING=UTF-8 '" + shp + "' '" +
                      sample("townships.shp") + "'")
                .exit_code, 0);
  write_project(dir, shp);
  const auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("'香水镇'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("gets no page"), std::string::npos) << r.err;
  EXPECT_EQ(page_count((dir / "out" / "atlas.pdf").string()), 6);
}

TEST(AtlasCommand, MissingLogoIsAConfigErrorNamingTheLayoutAndFile) {
  TempDir dir;
  write_project(dir, sample("townships.shp"),
                "  - image: {x_mm: 170, y_mm: 8, width_mm: 32, height_mm: 10, file: logo.png}\n");
  auto r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("layout.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("image file 'logo.png' not found"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / "atlas.pdf"));

  QImage logo(64, 20, QImage::Format_RGB32);
  logo.fill(QColor(0, 90, 160));
  ASSERT_TRUE(logo.save(QString::fromStdString((dir / "logo.png").string())));
  r = run_cli({"atlas", (dir / "atlas.yaml").string(), "--out", (dir / "out").string(), "--page", "香水镇"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(page_count((dir / "out" / "atlas.pdf").string()), 1);
}

TEST(AtlasCommand, WholeRegionOfTownshipsInOnePdf) {
  TempDir out;
  const auto r = run_cli({"atlas", "projects/tap_water_atlas.yaml", "--out", out.path().string(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto count = ogr_column(sample("townships.shp"), "select count(*) n from townships", "n");
  ASSERT_EQ(count.size(), 1u);
  EXPECT_EQ(page_count((out / "tap_water_atlas.pdf").string()), std::stoi(count[0]));
}

TEST_F(CountyAtlas, CountyNameIsNotLabelledOnTownshipPages) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  // counties_outline.yaml labels counties only at 1:400,000 and smaller: on a township page the
  // name would sit on the township itself. The whole-region map still names them (SampleMap).
  for (int page = 1; page <= 7; ++page)
    EXPECT_EQ(page_text(s_pdf, page).find(kCounty), std::string::npos) << "page " << page;
}
