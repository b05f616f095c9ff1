// Project, layer and style files written by RuralAtlas read back to what was written; a save
// into a read-only folder changes nothing; saving a map keeps its input files as they were.
#include <fstream>
#include <iterator>
#include <sstream>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "project/layer_file_writer.hpp"
#include "project/map_project_save.hpp"
#include "project/printed_map.hpp"
#include "project/project_file_writer.hpp"
#include "project/style_file.hpp"
#include "project/style_file_writer.hpp"
#include "support/cli_runner.hpp"
#include "support/read_only_folder.hpp"

using namespace ruralatlas;

namespace {

std::string same_file(const std::filesystem::path& p) {
  return p.empty() ? std::string() : std::filesystem::weakly_canonical(std::filesystem::absolute(p)).string();
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void expect_same_project(const project::ProjectSpec& a, const project::ProjectSpec& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.subtitle, b.subtitle);
  EXPECT_EQ(a.source_note, b.source_note);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.map_crs, b.map_crs);
  EXPECT_EQ(a.extent_layer, b.extent_layer);
  EXPECT_EQ(same_file(a.layout_file), same_file(b.layout_file));
  ASSERT_EQ(a.layers.size(), b.layers.size());
  for (std::size_t i = 0; i < a.layers.size(); ++i) {
    EXPECT_EQ(same_file(a.layers[i].layer_file), same_file(b.layers[i].layer_file));
    EXPECT_EQ(same_file(a.layers[i].style_file), same_file(b.layers[i].style_file));
    EXPECT_EQ(a.layers[i].locator, b.layers[i].locator);
    EXPECT_EQ(a.layers[i].visible, b.layers[i].visible);
  }
  ASSERT_EQ(a.atlas.has_value(), b.atlas.has_value());
  if (!a.atlas) return;
  EXPECT_EQ(a.atlas->layer, b.atlas->layer);
  EXPECT_EQ(a.atlas->name_field, b.atlas->name_field);
  EXPECT_EQ(a.atlas->filter, b.atlas->filter);
  EXPECT_EQ(same_file(a.atlas->layout_file), same_file(b.atlas->layout_file));
  EXPECT_EQ(a.atlas->overview, b.atlas->overview);
  EXPECT_EQ(a.atlas->radius_m, b.atlas->radius_m);
  EXPECT_EQ(a.atlas->dim, b.atlas->dim);
  ASSERT_EQ(a.atlas->table.has_value(), b.atlas->table.has_value());
  if (a.atlas->table) {
    EXPECT_EQ(a.atlas->table->name, b.atlas->table->name);
    EXPECT_EQ(a.atlas->table->layer, b.atlas->table->layer);
    EXPECT_EQ(a.atlas->table->covered, b.atlas->table->covered);
    EXPECT_EQ(a.atlas->table->header, b.atlas->table->header);
  }
  ASSERT_EQ(a.atlas->indicators.has_value(), b.atlas->indicators.has_value());
  if (a.atlas->indicators) {
    EXPECT_EQ(a.atlas->indicators->name, b.atlas->indicators->name);
    EXPECT_EQ(same_file(a.atlas->indicators->criteria), same_file(b.atlas->indicators->criteria));
    EXPECT_EQ(a.atlas->indicators->header, b.atlas->indicators->header);
  }
}

void expect_same_join(const project::TableJoinSpec& a, const project::TableJoinSpec& b) {
  EXPECT_EQ(same_file(a.table), same_file(b.table));
  EXPECT_EQ(a.sheet, b.sheet);
  EXPECT_EQ(a.layer_keys, b.layer_keys);
  EXPECT_EQ(a.table_keys, b.table_keys);
  EXPECT_EQ(a.columns, b.columns);
  EXPECT_EQ(a.normalization.fullwidth_to_halfwidth, b.normalization.fullwidth_to_halfwidth);
  EXPECT_EQ(a.normalization.zero_pad, b.normalization.zero_pad);
  EXPECT_EQ(a.duplicates, b.duplicates);
}

void expect_same_layer_file(const project::LayerFileSpec& a, const project::LayerFileSpec& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(same_file(a.source), same_file(b.source));
  EXPECT_EQ(a.source_layer, b.source_layer);
  EXPECT_EQ(a.encoding, b.encoding);
  EXPECT_EQ(a.crs, b.crs);
  EXPECT_EQ(a.key, b.key);
  ASSERT_EQ(a.joins.size(), b.joins.size());
  for (std::size_t i = 0; i < a.joins.size(); ++i) expect_same_join(a.joins[i], b.joins[i]);
  ASSERT_EQ(a.criteria.size(), b.criteria.size());
  for (std::size_t i = 0; i < a.criteria.size(); ++i) EXPECT_EQ(same_file(a.criteria[i]), same_file(b.criteria[i]));
  EXPECT_EQ(a.coverage_preset.has_value(), b.coverage_preset.has_value());
  if (a.coverage_preset) {
    EXPECT_EQ(same_file(*a.coverage_preset), same_file(*b.coverage_preset));
  }
  ASSERT_EQ(a.services.has_value(), b.services.has_value());
  if (a.services) {
    EXPECT_EQ(same_file(a.services->network), same_file(b.services->network));
    EXPECT_EQ(same_file(a.services->speeds), same_file(b.services->speeds));
    EXPECT_EQ(a.services->within_min, b.services->within_min);
    ASSERT_EQ(a.services->kinds.size(), b.services->kinds.size());
    for (std::size_t k = 0; k < a.services->kinds.size(); ++k) {
      EXPECT_EQ(a.services->kinds[k].label, b.services->kinds[k].label);
      EXPECT_EQ(a.services->kinds[k].column, b.services->kinds[k].column);
      EXPECT_EQ(same_file(a.services->kinds[k].facilities), same_file(b.services->kinds[k].facilities));
      EXPECT_EQ(a.services->kinds[k].filter, b.services->kinds[k].filter);
    }
  }
  ASSERT_EQ(a.service_area.has_value(), b.service_area.has_value());
  if (a.service_area) {
    EXPECT_EQ(same_file(a.service_area->around), same_file(b.service_area->around));
    EXPECT_EQ(a.service_area->filter, b.service_area->filter);
    EXPECT_EQ(same_file(a.service_area->network), same_file(b.service_area->network));
    EXPECT_EQ(same_file(a.service_area->speeds), same_file(b.service_area->speeds));
    EXPECT_EQ(a.service_area->minutes, b.service_area->minutes);
  }
}

}  // namespace

TEST(ProjectFileWriter, EveryShippedProjectReadsBackTheSameFromAnotherFolder) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "elsewhere/deeper");
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "projects")) {
    SCOPED_TRACE(entry.path().string());
    const auto original = project::read_project_file(entry.path());
    const auto copy = dir / "elsewhere/deeper" / entry.path().filename();
    project::write_project_file(original, copy);
    expect_same_project(original, project::read_project_file(copy));
  }
}

TEST(ProjectFileWriter, PathsAreRelativeToTheFileUnlessOnlyTheRootIsShared) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "projects");
  auto spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  spec.layout_file = dir / "layouts/a3.yaml";  // beside the project's folder, as in the sample tree
  project::write_project_file(spec, dir / "projects/p.yaml");
  const auto text = slurp(dir / "projects/p.yaml");
  EXPECT_NE(text.find("layout: ../layouts/a3.yaml\n"), std::string::npos) << text;
  // The data under another top-level folder than the temporary one: absolute.
  if (*std::next(test::source_dir().begin()) != *std::next(dir.path().begin())) {
    EXPECT_NE(text.find("layer: " + (test::source_dir() / "layers/counties.yaml").lexically_normal().generic_string()),
              std::string::npos)
        << text;
  }
}

TEST(ProjectFileWriter, HiddenLayerIsWrittenVisibleFalseAndLeftOutOfThePrintedMap) {
  test::TempDir dir;
  auto spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  spec.layers[3].visible = false;  // villages
  project::write_project_file(spec, dir / "p.yaml");
  EXPECT_NE(slurp(dir / "p.yaml").find("visible: false"), std::string::npos);
  const auto back = project::read_project_file(dir / "p.yaml");
  EXPECT_EQ(project::layer_visibility(back), (std::vector<bool>{true, true, true, false, true}));
  project::LoadedMap map;
  map.spec = back;
  for (const char* name : {"counties", "townships", "roads", "villages", "relocation_sites"}) {
    auto layer = std::make_shared<core::Layer>();
    layer->name = name;
    map.layers.push_back({layer, {}, false, {}, {}});
  }
  const auto printed = project::printed_map(map, project::layer_visibility(back));
  ASSERT_EQ(printed.layers.size(), 4u);
  EXPECT_EQ(printed.layers[3].layer->name, "relocation_sites");
  EXPECT_EQ(printed.spec.extent_layer, "counties");
  // The extent layer hidden: the page is framed on what is printed.
  EXPECT_EQ(project::printed_map(map, {false, true, true, true, true}).spec.extent_layer, "");
}

TEST(ProjectFileWriter, EveryShippedLayerFileReadsBackTheSame) {
  test::TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "layers")) {
    SCOPED_TRACE(entry.path().string());
    const auto original = project::read_layer_file(entry.path());
    project::write_layer_file(original, dir / entry.path().filename());
    expect_same_layer_file(original, project::read_layer_file(dir / entry.path().filename()));
  }
}

TEST(ProjectFileWriter, JoinOptionsReadBackTheSame) {
  test::TempDir dir;
  auto spec = project::read_layer_file(test::source_dir() / "layers/townships.yaml");
  project::TableJoinSpec join;
  join.table = test::source_dir() / "sample-data/derived/township_indicators.csv";
  join.sheet = "表1";
  join.layer_keys = {"town_code", "name"};
  join.table_keys = {"township_code", "乡镇"};
  join.columns = {"households_sum"};
  join.normalization.fullwidth_to_halfwidth = false;
  join.normalization.zero_pad = 9;
  join.duplicates = analysis::DuplicatePolicy::Mean;
  spec.joins.push_back(join);
  project::write_layer_file(spec, dir / "t.yaml");
  expect_same_layer_file(spec, project::read_layer_file(dir / "t.yaml"));
}

TEST(ProjectFileWriter, SingleSymbolStyleReadsBackTheSame) {
  test::TempDir dir;
  style::LayerStyle s;
  s.layer = "wells";
  s.title = "水井";
  style::Rule rule;
  rule.label = "水井";
  style::FillSymbol fill;
  fill.fill = style::Color{43, 74, 111, 40};
  fill.hatch = style::Hatch::Cross;
  fill.outline_dash_mm = {1.5, 0.5};
  rule.symbols = {fill, style::LineSymbol{{1, 2, 3}, 0.7, {2, 1}, style::Color{255, 255, 255}, 1.4},
                  style::MarkerSymbol{style::MarkerShape::Star, 2.5, std::nullopt, style::Color{9, 9, 9}, 0.3}};
  s.rules.push_back(rule);
  s.opacity = 0.5;
  s.labels = style::LabelSpec{};
  s.labels->field = "名称";
  s.labels->size_pt = 6.5;
  s.labels->halo.reset();
  s.labels->priority = 50;
  s.labels->max_scale_denominator = 600000;
  project::write_style_file(s, dir / "s.yaml");
  const auto back = project::read_style_file(dir / "s.yaml");
  EXPECT_EQ(back.layer, "wells");
  EXPECT_EQ(back.title, "水井");
  EXPECT_EQ(back.opacity, 0.5);
  ASSERT_TRUE(back.labels);
  EXPECT_EQ(back.labels->field, "名称");
  EXPECT_EQ(back.labels->size_pt, 6.5);
  EXPECT_FALSE(back.labels->halo);
  EXPECT_EQ(back.labels->priority, 50);
  EXPECT_EQ(back.labels->max_scale_denominator, 600000.0);
  EXPECT_FALSE(back.labels->min_scale_denominator);
  ASSERT_EQ(back.rules.size(), 1u);
  ASSERT_EQ(back.rules[0].symbols.size(), 3u);
  const auto& f = std::get<style::FillSymbol>(back.rules[0].symbols[0]);
  EXPECT_EQ(f.fill, fill.fill);
  EXPECT_EQ(f.hatch, style::Hatch::Cross);
  EXPECT_EQ(f.outline, fill.outline);
  EXPECT_EQ(f.outline_dash_mm, fill.outline_dash_mm);
  const auto& l = std::get<style::LineSymbol>(back.rules[0].symbols[1]);
  EXPECT_EQ(l.color, (style::Color{1, 2, 3}));
  EXPECT_EQ(l.dash_mm, (std::vector<double>{2, 1}));
  EXPECT_EQ(l.casing, (style::Color{255, 255, 255}));
  EXPECT_EQ(l.casing_width_mm, 1.4);
  const auto& m = std::get<style::MarkerSymbol>(back.rules[0].symbols[2]);
  EXPECT_EQ(m.shape, style::MarkerShape::Star);
  EXPECT_FALSE(m.fill);
  EXPECT_EQ(m.size_mm, 2.5);
}

TEST(ProjectFileWriter, ReadOnlyFolderIsAnOutputErrorNamingTheFileAndLeavesItAsItWas) {
  test::TempDir dir;
  const auto spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  const auto target = dir / "p.yaml";
  std::ofstream(target) << "# the user's own file\n";
  test::ReadOnlyFolder read_only(dir.path());
  if (!read_only.is_read_only()) GTEST_SKIP() << "cannot make a folder read-only here (root without chattr)";
  try {
    project::write_project_file(spec, target);
    FAIL() << "wrote into a read-only folder";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Output);
    EXPECT_NE(std::string(e.what()).find(target.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("cannot save the project file"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(target), "# the user's own file\n");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& f : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(MapProjectSave, WindowJoinGoesToANewLayerFileAndInputsStayAsTheyWere) {
  test::TempDir dir;
  const auto spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  const auto townships_file = test::source_dir() / "layers/townships.yaml";
  const auto townships_text = slurp(townships_file);
  // The map as the window holds it; the data itself is not read for saving.
  project::LoadedMap map;
  map.spec = spec;
  for (const auto& entry : spec.layers) {
    project::MapLayer layer;
    auto data = std::make_shared<core::Layer>();
    data->name = project::read_layer_file(entry.layer_file).name;
    layer.layer = data;
    layer.style = project::read_style_file(entry.style_file);
    layer.in_locator = entry.locator;
    layer.origin = {entry.layer_file, {}, entry.style_file, {}};
    map.layers.push_back(layer);
  }
  project::TableJoinSpec join;
  join.table = test::source_dir() / "sample-data/derived/township_indicators.csv";
  join.layer_keys = {"town_code"};
  join.table_keys = {"town_code"};
  map.layers[1].origin.window_joins.push_back(join);
  project::MapLayer coverage;  // an analysis result: in memory only
  auto data = std::make_shared<core::Layer>();
  data->name = "coverage";
  coverage.layer = data;
  coverage.style.title = "道路覆盖";
  map.layers.push_back(coverage);
  std::swap(map.layers[0], map.layers[2]);  // roads to the bottom, counties third

  const auto target = dir / "saved.yaml";
  const auto saved = project::save_map_project(map, {true, true, false, true, true, true}, target);
  EXPECT_EQ(saved.unsaved_layers, std::vector<std::string>{"道路覆盖"});
  ASSERT_EQ(saved.written.size(), 2u);
  EXPECT_EQ(saved.written[0], dir / "saved-townships.layer.yaml");
  EXPECT_EQ(saved.written.back(), target);
  EXPECT_EQ(slurp(townships_file), townships_text);

  const auto back = project::read_project_file(target);
  EXPECT_EQ(back.name, "saved");
  ASSERT_EQ(back.layers.size(), 5u);
  EXPECT_EQ(same_file(back.layers[0].layer_file), same_file(test::source_dir() / "layers/roads.yaml"));
  EXPECT_EQ(same_file(back.layers[1].layer_file), same_file(dir / "saved-townships.layer.yaml"));
  EXPECT_EQ(same_file(back.layers[2].layer_file), same_file(test::source_dir() / "layers/counties.yaml"));
  EXPECT_TRUE(back.layers[2].locator);
  EXPECT_FALSE(back.layers[2].visible);
  EXPECT_EQ(back.extent_layer, "counties");
  const auto joined = project::read_layer_file(back.layers[1].layer_file);
  ASSERT_EQ(joined.joins.size(), 1u);
  expect_same_join(joined.joins[0], join);
  EXPECT_EQ(same_file(joined.source), same_file(test::source_dir() / "sample-data/townships.shp"));
  EXPECT_EQ(same_file(saved.origins[1].layer_file), same_file(dir / "saved-townships.layer.yaml"));
  EXPECT_TRUE(saved.origins[1].window_joins.empty());

  // Saved again with the join once more: a second file, the first left as it was.
  const auto first = slurp(dir / "saved-townships.layer.yaml");
  auto again = map;
  again.layers[1].origin = saved.origins[1];
  again.layers[1].origin.window_joins.push_back(join);
  project::save_map_project(again, {true, true, true, true, true, true}, target);
  EXPECT_EQ(slurp(dir / "saved-townships.layer.yaml"), first);
  EXPECT_EQ(project::read_layer_file(dir / "saved-townships-2.layer.yaml").joins.size(), 2u);
}

TEST(MapProjectSave, MapWithOnlyAnalysisLayersIsRefusedAndNothingIsWritten) {
  test::TempDir dir;
  project::LoadedMap map;
  map.spec = project::read_project_file(test::source_dir() / "projects/tap_water.yaml");
  project::MapLayer coverage;
  auto data = std::make_shared<core::Layer>();
  data->name = "coverage";
  coverage.layer = data;
  map.layers.push_back(coverage);
  EXPECT_THROW(project::save_map_project(map, {true}, dir / "p.yaml"), core::Error);
  EXPECT_FALSE(std::filesystem::exists(dir / "p.yaml"));
}
