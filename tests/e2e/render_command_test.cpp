// End-to-end: the README's main command on the sample project, and its failure modes.
#include <fstream>
#include <regex>

#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::run_shell;
using ruralatlas::test::source_dir;
using ruralatlas::test::TempDir;

namespace {

std::size_t count_files(const std::filesystem::path& dir) {
  if (!std::filesystem::exists(dir)) return 0;
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

/// Pixels close to `target` (each channel within `tolerance`).
std::size_t count_colour(const QImage& image, QColor target, int tolerance = 40) {
  std::size_t n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (std::abs(c.red() - target.red()) <= tolerance && std::abs(c.green() - target.green()) <= tolerance &&
          std::abs(c.blue() - target.blue()) <= tolerance)
        ++n;
    }
  return n;
}

class SampleMap : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_out = new TempDir;
    s_result = run_cli({"render", "projects/tap_water.yaml", "--out", s_out->path().string(), "--format",
                        "pdf,png,svg", "--dpi", "72"});
  }
  static void TearDownTestSuite() {
    delete s_out;
    s_out = nullptr;
  }
  static inline TempDir* s_out = nullptr;
  static inline ruralatlas::test::CliResult s_result;
};

}  // namespace

TEST_F(SampleMap, RenderSucceedsAndWritesPdfPngSvg) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  EXPECT_TRUE(std::filesystem::exists(s_out->path() / "tap_water.pdf"));
  EXPECT_TRUE(std::filesystem::exists(s_out->path() / "tap_water.png"));
  EXPECT_TRUE(std::filesystem::exists(s_out->path() / "tap_water.svg"));
  EXPECT_EQ(count_files(s_out->path()), 3u) << "no temporary files left behind";
}

TEST_F(SampleMap, PdfIsOneA3LandscapePageWithSearchableChineseText) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  const auto pdf = (s_out->path() / "tap_water.pdf").string();
  auto info = run_shell("pdfinfo '" + pdf + "'");
  ASSERT_EQ(info.exit_code, 0);
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages:\\s+1\\n"))) << info.out;
  std::smatch size;
  ASSERT_TRUE(std::regex_search(info.out, size, std::regex("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")));
  EXPECT_NEAR(std::stod(size[1]), 1190.55, 1.0);  // 420 mm
  EXPECT_NEAR(std::stod(size[2]), 841.89, 1.0);   // 297 mm
  auto text = run_shell("pdftotext -layout '" + pdf + "' -");
  EXPECT_NE(text.out.find("自来水入户率"), std::string::npos) << "title text searchable";
  EXPECT_NE(text.out.find("未达标"), std::string::npos) << "legend text searchable";
  EXPECT_NE(text.out.find("靖远县"), std::string::npos) << "county labels searchable";
  for (const char* graticule : {"104°E", "106°E", "36°N", "38°N"})  // every 2° over the four prefectures
    EXPECT_NE(text.out.find(graticule), std::string::npos) << graticule;
  auto fonts = run_shell("pdffonts '" + pdf + "'");
  EXPECT_NE(fonts.out.find("NotoSansCJK"), std::string::npos) << fonts.out;
}

TEST_F(SampleMap, PngShowsPassingAndFailingVillages) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  QImage image((s_out->path() / "tap_water.png").string().c_str());
  ASSERT_FALSE(image.isNull());
  // A3 at 72 dpi.
  EXPECT_NEAR(image.width(), 1191, 2);
  EXPECT_NEAR(image.height(), 842, 2);
  EXPECT_GT(count_colour(image, QColor("#d7301f"), 30), 200u) << "failing villages drawn";
  EXPECT_GT(count_colour(image, QColor("#2c7fb8"), 30), 200u) << "passing villages drawn";
}

TEST_F(SampleMap, StdoutListsOutputsAndJoinReport) {
  ASSERT_EQ(s_result.exit_code, 0) << s_result.err;
  EXPECT_NE(s_result.out.find("tap_water.pdf"), std::string::npos) << s_result.out;
  EXPECT_NE(s_result.err.find("4317 of 4317"), std::string::npos) << "join report: " << s_result.err;
}

TEST(RenderCommand, MissingProjectFileIsAConfigError) {
  TempDir out;
  auto r = run_cli({"render", "projects/nope.yaml", "--out", out.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("projects/nope.yaml"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(out.path()), 0u);
}

TEST(RenderCommand, TypoInProjectNamesFileAndLine) {
  TempDir dir;
  std::ifstream in(source_dir() / "projects/tap_water.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text = std::regex_replace(text, std::regex("\nmap_crs:"), "\nmap_cr:");
  auto project = source_dir() / "projects" / ".typo_test_project.yaml";
  std::ofstream(project) << text;
  auto r = run_cli({"render", project.string(), "--out", (dir / "out").string()});
  std::filesystem::remove(project);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("\\.typo_test_project\\.yaml:[0-9]+: .*map_cr"))) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(RenderCommand, MissingShapefileNamesItAndWritesNothing) {
  TempDir dir;
  std::filesystem::create_directories(dir / "layers");
  std::ofstream(dir / "layers/v.yaml") << "name: villages\nsource: missing/villages.shp\n";
  std::ofstream(dir / "p.yaml") << "title: t\nmap_crs: EPSG:4544\nlayout: " << (source_dir() / "layouts/a3_landscape.yaml").string()
                                << "\nlayers:\n  - layer: layers/v.yaml\n    style: "
                                << (source_dir() / "styles/villages_tap_water.yaml").string() << "\n";
  auto r = run_cli({"render", (dir / "p.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("villages.shp"), std::string::npos) << r.err;
  EXPECT_EQ(count_files(dir / "out"), 0u);
}

TEST(RenderCommand, UnwritableOutputFolderIsAnError) {
  auto r = run_cli({"render", "projects/tap_water.yaml", "--out", "/proc/ruralatlas-no-such-dir", "--format", "png",
                    "--dpi", "20"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("/proc/ruralatlas-no-such-dir"), std::string::npos) << r.err;
}

TEST(RenderCommand, HelpAndBadFormat) {
  EXPECT_EQ(run_cli({"render", "--help"}).exit_code, 0);
  auto r = run_cli({"render", "projects/tap_water.yaml", "--format", "jpg"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("jpg"), std::string::npos) << r.err;
}

TEST(RenderCommand, StyleMeantForAnotherLayerIsAConfigError) {
  TempDir dir;
  std::ofstream(dir / "p.yaml") << "title: t\nmap_crs: EPSG:4544\nlayout: " << (source_dir() / "layouts/a3_landscape.yaml").string()
                                << "\nlayers:\n  - layer: " << (source_dir() / "layers/roads.yaml").string()
                                << "\n    style: " << (source_dir() / "styles/villages_tap_water.yaml").string() << "\n";
  auto r = run_cli({"render", (dir / "p.yaml").string(), "--out", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("villages_tap_water.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'roads'"), std::string::npos) << r.err;
}
