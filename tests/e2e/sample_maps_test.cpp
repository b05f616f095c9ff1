// Every shipped map project renders through the real CLI without errors or style warnings,
// and its PNG shows the colour its style gives the map's subject.
#include <QColor>
#include <QImage>
#include <gtest/gtest.h>

#include "support/cli_runner.hpp"

using ruralatlas::test::run_cli;
using ruralatlas::test::TempDir;

namespace {

std::size_t count_colour(const QImage& image, QColor target, int tolerance = 24) {
  std::size_t n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      n += std::abs(c.red() - target.red()) <= tolerance && std::abs(c.green() - target.green()) <= tolerance &&
           std::abs(c.blue() - target.blue()) <= tolerance;
    }
  return n;
}

struct SampleProject {
  const char* name;
  const char* subject_colour;  ///< the colour of what the map is about, from its style
};

// Names the project in test listings instead of dumping the struct's bytes.
void PrintTo(const SampleProject& project, std::ostream* out) { *out << project.name << " " << project.subject_colour; }

class SampleProjects : public ::testing::TestWithParam<SampleProject> {};

}  // namespace

TEST_P(SampleProjects, RendersWithoutWarningsAndShowsItsSubject) {
  const auto& project = GetParam();
  TempDir out;
  const auto result = run_cli({"render", std::string("projects/") + project.name + ".yaml", "--out",
                               out.path().string(), "--format", "png", "--dpi", "60"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err.find("warning"), std::string::npos) << result.err;
  const QImage image(QString::fromStdString((out.path() / (std::string(project.name) + ".png")).string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GT(count_colour(image, QColor(project.subject_colour)), 30u) << project.subject_colour;
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, SampleProjects,
    ::testing::Values(SampleProject{"township_tap_water", "#bd0026"},  // YlOrRd's darkest: the lowest class
                      SampleProject{"road_access", "#d7301f"},         // villages without a hardened road
                      SampleProject{"power_3ph", "#cb181d"},           // villages without three-phase power
                      SampleProject{"relocation_sites", "#8b6aaf"},    // #6a3d9a at 80% over paper
                      SampleProject{"county_investment", "#eb7a3d"},   // #e6550d at 80% over white
                      SampleProject{"projects_by_fund", "#ff7f00"},    // fiscal-fund projects
                      SampleProject{"village_scorecard", "#fdae61"},   // villages meeting 10–11 of 17 criteria
                      SampleProject{"relocation_15min", "#1a9641"},    // sites with every service in 15 minutes
                      SampleProject{"investment_over_gaps", "#fcbba1"}),  // townships at 80–90% tap water
    [](const auto& info) { return std::string(info.param.name); });
