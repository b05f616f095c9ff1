// Identify clicks through a layer's R-tree find the same feature as testing every feature, on
// the sample villages (points), roads and power lines (lines) and townships (polygons).
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

#include "gui/feature_hit_test.hpp"
#include "gui/layer_hit_indexes.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::shared_ptr<const core::Layer> sample_layer(const std::string& name) {
  return std::make_shared<const core::Layer>(
      io::read_vector_layer(test::source_dir() / "sample-data" / (name + ".shp")).layer);
}

/// Random points over the layer's extent, and as many on or beside its features' vertices
/// (where clicks hit, and ties between touching features are likely).
std::vector<core::Point> click_points(const core::Layer& layer, std::size_t count, std::mt19937& random) {
  const auto extent = layer.extent();
  std::uniform_real_distribution<double> x(extent.min_corner().x(), extent.max_corner().x());
  std::uniform_real_distribution<double> y(extent.min_corner().y(), extent.max_corner().y());
  std::normal_distribution<double> jitter(0, 0.0005);
  std::vector<core::Point> points;
  for (std::size_t i = 0; i < count; ++i) points.emplace_back(x(random), y(random));
  for (std::size_t i = 0; i < count; ++i) {
    const auto& g = layer.features[random() % layer.features.size()].geometry;
    core::Point vertex{0, 0};
    if (const auto* p = std::get_if<core::MultiPoint>(&g)) vertex = p->front();
    if (const auto* l = std::get_if<core::MultiLineString>(&g)) vertex = l->front()[random() % l->front().size()];
    if (const auto* a = std::get_if<core::MultiPolygon>(&g)) vertex = a->front().outer()[random() % a->front().outer().size()];
    points.emplace_back(vertex.x() + (i % 2 ? jitter(random) : 0.0), vertex.y() + (i % 2 ? jitter(random) : 0.0));
  }
  return points;
}

}  // namespace

TEST(FeatureHitIndex, SameFeatureAsTestingEveryFeature) {
  std::mt19937 random(7);
  for (const char* name : {"villages", "roads", "power_lines", "townships"}) {
    const auto layer = sample_layer(name);
    const project::LayerWindow index(*layer);
    std::size_t hits = 0;
    for (const double tolerance : {0.0, 0.0003, 0.003}) {
      for (const auto& p : click_points(*layer, 1000, random)) {
        const auto expected = gui::feature_at(*layer, p, tolerance);
        ASSERT_EQ(gui::feature_at(index, p, tolerance), expected) << name << " at " << p.x() << " " << p.y();
        hits += expected.has_value();
      }
    }
    EXPECT_GT(hits, 500u) << name;  // the comparison covered real hits, not only misses
  }
}

TEST(FeatureHitIndex, MapCanvasIndexesAnswerAsTheScan) {
  project::LoadedMap map;
  for (const char* name : {"townships", "roads", "villages"}) map.layers.emplace_back().layer = sample_layer(name);
  gui::LayerHitIndexes indexes;
  indexes.prepare(map);
  // Built on the thread pool: wait for every layer's.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  auto all_built = [&] {
    for (const auto& l : map.layers)
      if (!indexes.find(*l.layer)) return false;
    return true;
  };
  while (!all_built() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(all_built());
  const std::vector<std::size_t> draw_order{0, 1, 2};
  std::mt19937 random(11);
  std::size_t on_top = 0;
  for (const auto& p : click_points(*map.layers[2].layer, 1000, random)) {
    const auto scanned = gui::topmost_feature_at(map, draw_order, p, 0.002);
    const auto indexed = gui::topmost_feature_at(map, draw_order, p, 0.002, &indexes);
    ASSERT_EQ(scanned.has_value(), indexed.has_value());
    if (!scanned) continue;
    EXPECT_EQ(indexed->layer_index, scanned->layer_index);
    EXPECT_EQ(indexed->feature_index, scanned->feature_index);
    on_top += scanned->layer_index == 2;
  }
  EXPECT_GT(on_top, 400u);
  // A map without the roads lets go of their index and keeps the others, built.
  const auto roads = map.layers[1].layer;
  map.layers.erase(map.layers.begin() + 1);
  indexes.prepare(map);
  EXPECT_FALSE(indexes.find(*roads));
  EXPECT_TRUE(indexes.find(*map.layers[0].layer));
  EXPECT_TRUE(indexes.find(*map.layers[1].layer));
}
