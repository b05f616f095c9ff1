// Times the desktop app's attribute table and identify clicks on national-scale layers
// (bench/README.md, "Desktop app at national scale"):
//  (a) filter and sort of 500,000 made-up villages through FeatureTableModel (the rows worked
//      out on a worker): how long the window thread is busy, and until the rows are shown;
//  (b) the same through the QSortFilterProxyModel the table used before, all on the window thread;
//  (c) 1000 identify clicks on 2,000,000 road segments through the layer's R-tree, against
//      testing every segment (fewer clicks: each takes long).
//   cmake --build build --target desktop_scale_timing
//   QT_QPA_PLATFORM=offscreen build/bench/desktop_scale_timing
#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>

#include "gui/feature_hit_test.hpp"
#include "gui/feature_table_model.hpp"
#include "support/synthetic_villages.hpp"

using namespace ruralatlas;

namespace {

constexpr std::size_t kVillages = 500000;
constexpr std::size_t kSegments = 2000000;

/// The table's model before this change: QString per cell, numbers for sorting.
class ProxiedTableModel : public QAbstractTableModel {
 public:
  static constexpr int kSortRole = Qt::UserRole + 1;
  explicit ProxiedTableModel(const core::Layer& layer) : m_layer(layer) {}
  int rowCount(const QModelIndex& = {}) const override { return static_cast<int>(m_layer.features.size()); }
  int columnCount(const QModelIndex& = {}) const override { return static_cast<int>(m_layer.fields.size()); }
  QVariant data(const QModelIndex& index, int role) const override {
    const auto& value = m_layer.features[index.row()].attributes[index.column()];
    if (role == kSortRole && m_layer.fields[index.column()].type != core::FieldType::String)
      return core::to_number(value).value_or(-std::numeric_limits<double>::infinity());
    return role == Qt::DisplayRole || role == kSortRole ? QVariant(QString::fromStdString(core::to_text(value))) : QVariant();
  }

 private:
  const core::Layer& m_layer;
};

struct Step {
  const char* what;
  QString filter;
  int sort_column;  ///< -1: the layer's order
  Qt::SortOrder order;
};

void time_new_model(const std::shared_ptr<const project::LoadedMap>& map, const std::vector<Step>& steps) {
  gui::FeatureTableModel model;
  model.show_layer(map, 0);
  QTableView view;  // shown, so its handling and painting of each new order counts as the window's
  view.setModel(&model);
  view.resize(1200, 800);
  view.show();
  QCoreApplication::processEvents();  // its first paint, before the timings
  for (const auto& step : steps) {
    QElapsedTimer total, slice;
    total.start();
    slice.start();
    model.set_filter(step.filter);
    model.sort(step.sort_column, step.order);
    qint64 longest_ms = slice.elapsed();
    // The window thread's longest stretch without handling events: how long it froze.
    auto handle_events = [&] {
      slice.restart();
      QCoreApplication::processEvents();
      longest_ms = std::max(longest_ms, slice.elapsed());
    };
    while (model.ordering()) handle_events();
    for (int i = 0; i < 3; ++i) handle_events();  // the new rows reset and painted
    std::printf("  new   %-40s rows %7d  shown after %5lld ms, window frozen at most %4lld ms\n", step.what,
                model.rowCount(), static_cast<long long>(total.elapsed()), static_cast<long long>(longest_ms));
  }
}

void time_proxy(const core::Layer& layer, const std::vector<Step>& steps) {
  ProxiedTableModel source(layer);
  QSortFilterProxyModel proxy;
  proxy.setSourceModel(&source);
  proxy.setSortRole(ProxiedTableModel::kSortRole);
  proxy.setFilterKeyColumn(-1);
  proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
  QTableView view;
  view.setModel(&proxy);
  view.resize(1200, 800);
  view.show();
  QCoreApplication::processEvents();  // its first paint, before the timings
  for (const auto& step : steps) {
    QElapsedTimer total;
    total.start();
    proxy.setFilterFixedString(step.filter);
    proxy.sort(step.sort_column, step.order);
    QCoreApplication::processEvents();  // the view's repaint
    std::printf("  proxy %-40s rows %7d  window frozen          %6lld ms\n", step.what, proxy.rowCount(),
                static_cast<long long>(total.elapsed()));
  }
}

/// `count` straight two-point segments, 0.001 to 0.02 degrees long, over China's extent.
core::Layer road_segments(std::size_t count) {
  core::Layer layer;
  layer.name = "road_segments";
  layer.geometry_kind = core::GeometryKind::Line;
  std::mt19937 random(3);
  std::uniform_real_distribution<double> x(73, 135), y(18, 53), step(-0.01, 0.01);
  layer.features.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const core::Point a(x(random), y(random));
    layer.features.push_back(
        {static_cast<std::int64_t>(i), core::MultiLineString{{a, core::Point(a.x() + step(random), a.y() + step(random))}}, {}});
  }
  return layer;
}

void time_identify() {
  const auto layer = road_segments(kSegments);
  QElapsedTimer timer;
  timer.start();
  const project::LayerWindow index(layer);
  std::printf("  R-tree of %zu segments built in %lld ms (on a worker in the app)\n", kSegments,
              static_cast<long long>(timer.elapsed()));
  std::mt19937 random(5);
  std::uniform_real_distribution<double> x(73, 135), y(18, 53);
  std::vector<core::Point> clicks;
  for (int i = 0; i < 1000; ++i) clicks.emplace_back(x(random), y(random));
  const double tolerance = 0.005;  // 5 px at about 1:400,000
  timer.restart();
  int hits = 0;
  for (const auto& p : clicks) hits += gui::feature_at(index, p, tolerance).has_value();
  const double indexed_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  constexpr int kScanned = 50;
  timer.restart();
  int scanned_hits = 0, same = 0;
  for (int i = 0; i < kScanned; ++i) {
    const auto scanned = gui::feature_at(layer, clicks[i], tolerance);
    scanned_hits += scanned.has_value();
    same += scanned == gui::feature_at(index, clicks[i], tolerance);
  }
  const double scanned_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  std::printf("  1000 clicks through the R-tree: %.1f ms (%.3f ms a click, %d hits)\n", indexed_ms, indexed_ms / 1000, hits);
  std::printf("  %d clicks testing every segment: %.0f ms (%.1f ms a click, %d hits, %d of %d answers the same)\n", kScanned,
              scanned_ms, scanned_ms / kScanned, scanned_hits, same, kScanned);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QElapsedTimer timer;
  timer.start();
  auto map = std::make_shared<project::LoadedMap>();
  map->layers.emplace_back().layer = std::make_shared<const core::Layer>(test::synthetic_villages(kVillages, 14));
  const auto& villages = *map->layers[0].layer;
  std::printf("%zu villages, %zu fields, made in %lld ms\n", villages.features.size(), villages.fields.size(),
              static_cast<long long>(timer.elapsed()));
  const int population = static_cast<int>(*villages.field_index("population"));
  const int name = static_cast<int>(*villages.field_index("name"));
  const std::vector<Step> steps{
      {"filter \"会\"", QStringLiteral("会"), -1, Qt::AscendingOrder},
      {"filter \"会宁\"", QStringLiteral("会宁"), -1, Qt::AscendingOrder},
      {"filter \"会宁\", sort population desc", QStringLiteral("会宁"), population, Qt::DescendingOrder},
      {"no filter, sort population desc", QString(), population, Qt::DescendingOrder},
      {"no filter, sort name asc", QString(), name, Qt::AscendingOrder},
      {"filter \"well\", sort name asc", QStringLiteral("well"), name, Qt::AscendingOrder},
  };
  std::printf("(a) attribute table, new model:\n");
  time_new_model(map, steps);
  std::printf("(b) attribute table, QSortFilterProxyModel:\n");
  time_proxy(villages, steps);
  std::printf("(c) identify:\n");
  time_identify();
  return 0;
}
