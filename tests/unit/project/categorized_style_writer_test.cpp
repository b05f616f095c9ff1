// A categorized style written by the desktop app reads back to the same rules: values,
// legend text, symbols with all their keys, the else class and the labels; so does a
// categorized style file of the project's own library, rewritten.
#include "project/categorized_style_writer.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "project/style_file.hpp"
#include "project/style_file_writer.hpp"
#include "style/category_rules.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

void expect_same_rules(const style::LayerStyle& a, const style::LayerStyle& b) {
  ASSERT_EQ(a.rules.size(), b.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    const auto &x = a.rules[i], &y = b.rules[i];
    EXPECT_EQ(x.label, y.label) << i;
    EXPECT_EQ(x.values, y.values) << i;
    EXPECT_EQ(x.is_else, y.is_else) << i;
    EXPECT_EQ(x.level, y.level) << i;
    EXPECT_EQ(x.filter.has_value(), y.filter.has_value()) << i;
    if (x.filter && y.filter) EXPECT_EQ(x.filter->text(), y.filter->text()) << i;
    ASSERT_EQ(x.symbols.size(), y.symbols.size()) << i;
    for (std::size_t s = 0; s < x.symbols.size(); ++s) {
      ASSERT_EQ(x.symbols[s].index(), y.symbols[s].index());
      if (const auto* m = std::get_if<style::MarkerSymbol>(&x.symbols[s])) {
        const auto& n = std::get<style::MarkerSymbol>(y.symbols[s]);
        EXPECT_EQ(m->shape, n.shape);
        EXPECT_DOUBLE_EQ(m->size_mm, n.size_mm);
        EXPECT_EQ(m->fill, n.fill);
        EXPECT_EQ(m->stroke, n.stroke);
      } else if (const auto* f = std::get_if<style::FillSymbol>(&x.symbols[s])) {
        const auto& g = std::get<style::FillSymbol>(y.symbols[s]);
        EXPECT_EQ(f->fill, g.fill);
        EXPECT_EQ(f->outline, g.outline);
        EXPECT_DOUBLE_EQ(f->outline_width_mm, g.outline_width_mm);
      }
    }
  }
}

}  // namespace

TEST(CategorizedStyleWriter, PanelStyleWithOtherClassAndLabelsReadsBack) {
  style::LayerStyle s;
  s.layer = "townships";
  s.title = "乡镇（按市）";
  s.renderer = style::RendererKind::Categorized;
  s.field = "pref";
  style::FillSymbol fill;
  fill.outline = style::Color{255, 255, 255};
  fill.outline_width_mm = 0.1;
  s.rules = style::category_rules("pref", {{"白银市", {0x66, 0xc2, 0xa5}}, {"它's \"quoted\"", {255, 0, 255}}}, fill,
                                  style::Color{189, 189, 189});
  style::LabelSpec labels;
  labels.field = "township";
  labels.size_pt = 11;
  labels.color = {255, 0, 255};
  labels.halo.reset();
  s.labels = labels;
  test::TempDir dir;
  const auto path = dir / "townships.style.yaml";
  project::write_style_file(s, path);  // dispatches to the categorized writer

  const auto back = project::read_style_file(path);
  EXPECT_EQ(back.renderer, style::RendererKind::Categorized);
  EXPECT_EQ(back.field, "pref");
  EXPECT_EQ(back.title, s.title);
  expect_same_rules(s, back);
  EXPECT_EQ(back.rules.back().label, "其他");
  ASSERT_TRUE(back.labels);
  EXPECT_EQ(back.labels->field, "township");
  EXPECT_DOUBLE_EQ(back.labels->size_pt, 11);
  EXPECT_EQ(back.labels->color, (style::Color{255, 0, 255}));
  EXPECT_FALSE(back.labels->halo);
}

TEST(CategorizedStyleWriter, LibraryStyleRewrittenReadsBackToTheSameRules) {
  for (const char* name : {"villages_power_3ph.yaml", "relocation_sites.yaml"}) {
    const auto original = project::read_style_file(test::source_dir() / "styles" / name);
    test::TempDir dir;
    project::write_categorized_style_file(original, dir / name);
    SCOPED_TRACE(name);
    expect_same_rules(original, project::read_style_file(dir / name));
  }
}

TEST(CategorizedStyleWriter, RefusesAStyleThatIsNotCategorized) {
  const auto rule_based = project::read_style_file(test::source_dir() / "styles/roads_access.yaml");
  test::TempDir dir;
  try {
    project::write_categorized_style_file(rule_based, dir / "x.yaml");
    FAIL() << "expected a usage error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Usage);
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "x.yaml"));
}
