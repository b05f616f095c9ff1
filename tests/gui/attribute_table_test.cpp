// The attribute table on a national-size layer (200,000 made-up villages): typing filters once
// per pause on a worker, a filter or sort overtaken by a newer one is never shown, and rows
// and map selection follow each other through filtering and sorting.
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest/QtTest>
#include <algorithm>
#include <set>

#include "gui/attribute_table_panel.hpp"
#include "gui/feature_selection.hpp"
#include "gui/feature_table_model.hpp"
#include "support/synthetic_villages.hpp"

using namespace ruralatlas;
using gui::AttributeTablePanel;
using gui::FeatureSelection;

namespace {

constexpr int kTimeoutMs = 120000;

std::shared_ptr<const project::LoadedMap> synthetic_map() {
  auto map = std::make_shared<project::LoadedMap>();
  map->layers.emplace_back().layer = std::make_shared<const core::Layer>(test::synthetic_villages(1000, 0, 2));
  map->layers.emplace_back().layer = std::make_shared<const core::Layer>(test::synthetic_villages(200000));
  return map;
}

/// Whether a cell of feature `i` shows text containing `filter`, as Qt matches ignoring case.
bool matches(const core::Feature& feature, const QString& filter) {
  return std::any_of(feature.attributes.begin(), feature.attributes.end(), [&](const core::Value& v) {
    return QString::fromStdString(core::to_text(v)).contains(filter, Qt::CaseInsensitive);
  });
}

std::vector<std::size_t> shown_features(const AttributeTablePanel& table) {
  std::vector<std::size_t> features;
  for (int row = 0; row < table.model()->rowCount(); ++row) features.push_back(table.feature_of_row(row));
  return features;
}

std::vector<std::size_t> selected_features(const AttributeTablePanel& table) {
  std::vector<std::size_t> features;
  for (const auto& index : table.view()->selectionModel()->selectedRows()) features.push_back(table.feature_of_row(index.row()));
  std::sort(features.begin(), features.end());
  return features;
}

}  // namespace

class AttributeTableTest : public QObject {
  Q_OBJECT

  std::shared_ptr<const project::LoadedMap> m_map = synthetic_map();
  const core::Layer& villages() const { return *m_map->layers[1].layer; }
  FeatureSelection m_selection;
  AttributeTablePanel m_table{&m_selection};

  bool wait_for_rows() {
    return QTest::qWaitFor([this] { return !m_table.rows_pending(); }, kTimeoutMs);
  }

 private slots:
  void initTestCase() {
    m_table.show_map(m_map);  // the top layer: the 200,000 villages
    QCOMPARE(m_table.layer_index(), std::size_t{1});
    QCOMPARE(m_table.count_text(), QStringLiteral("200000 of 200000 features"));
  }

  void typing_filters_once_after_a_pause() {
    QSignalSpy started(m_table.model(), &gui::FeatureTableModel::ordering_started);
    // Two keystrokes (an input method's characters: QTest types ASCII only).
    m_table.filter()->setText(QStringLiteral("会"));
    m_table.filter()->setText(QStringLiteral("会宁"));
    QCOMPARE(m_table.count_text(), QStringLiteral("filtering…"));
    QVERIFY(wait_for_rows());
    QCOMPARE(started.count(), 1);  // one filtering for the two characters typed together
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < villages().features.size(); ++i)
      if (matches(villages().features[i], QStringLiteral("会宁"))) expected.push_back(i);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(shown_features(m_table), expected);
    QCOMPARE(m_table.count_text(), QStringLiteral("%1 of 200000 features").arg(expected.size()));
    m_table.filter()->clear();
    QVERIFY(wait_for_rows());
    QCOMPARE(m_table.model()->rowCount(), 200000);
  }

  void an_overtaken_filter_is_never_shown() {
    auto* model = m_table.model();
    QSignalSpy shown(model, &gui::FeatureTableModel::rows_ordered);
    const auto population = static_cast<int>(*villages().field_index("population"));
    model->set_filter(QStringLiteral("会宁"));
    model->sort(population, Qt::DescendingOrder);
    model->set_filter(QStringLiteral("WELL"));
    QVERIFY(model->ordering());
    QVERIFY(wait_for_rows());
    QCOMPARE(shown.count(), 1);  // only the last query's rows reached the view
    const auto rows = shown_features(m_table);
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < villages().features.size(); ++i)
      if (matches(villages().features[i], QStringLiteral("well"))) expected.push_back(i);
    std::vector<std::size_t> sorted_rows = rows;
    std::sort(sorted_rows.begin(), sorted_rows.end());
    QCOMPARE(sorted_rows, expected);
    // Largest population first, villages without one last.
    auto population_of = [&](std::size_t i) { return core::to_number(villages().features[i].attributes[population]); };
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const auto a = population_of(rows[r - 1]), b = population_of(rows[r]);
      QVERIFY(!b || (a && *a >= *b));
    }
    model->set_filter({});
    model->sort(-1);
    QVERIFY(wait_for_rows());
  }

  void map_selection_selects_the_shown_rows_through_filter_and_sort() {
    const auto name = static_cast<int>(*villages().field_index("name"));
    m_table.view()->sortByColumn(name, Qt::AscendingOrder);
    m_table.filter()->setText(QStringLiteral("王岘镇"));
    QVERIFY(wait_for_rows());
    // Two villages of 王岘镇 and one filtered out.
    const auto shown = shown_features(m_table);
    std::set<std::size_t> shown_set(shown.begin(), shown.end());
    std::size_t hidden = 0;
    while (shown_set.count(hidden)) ++hidden;
    std::vector<std::size_t> chosen{shown[5], shown[shown.size() - 1], hidden};
    std::sort(chosen.begin(), chosen.end());
    m_selection.select(1, chosen);
    std::vector<std::size_t> visible_chosen{shown[5], shown[shown.size() - 1]};
    std::sort(visible_chosen.begin(), visible_chosen.end());
    QCOMPARE(selected_features(m_table), visible_chosen);
    // A new filter's rows select the chosen villages they hold, once they arrive.
    m_table.filter()->setText(QStringLiteral("村"));
    QVERIFY(wait_for_rows());
    QCOMPARE(selected_features(m_table), chosen);
    QCOMPARE(m_selection.features(), chosen);  // the map's selection never changed meanwhile
  }

  void selecting_rows_selects_their_features() {
    QSignalSpy chosen(&m_table, &AttributeTablePanel::features_chosen);
    auto* model = m_table.model();
    m_table.view()->selectionModel()->select(QItemSelection(model->index(10, 0), model->index(12, 0)),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    std::vector<std::size_t> expected{m_table.feature_of_row(10), m_table.feature_of_row(11), m_table.feature_of_row(12)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_selection.layer_index(), std::optional<std::size_t>(1));
    QCOMPARE(m_selection.features(), expected);
    QCOMPARE(chosen.count(), 1);
  }

  void another_layer_shows_in_its_own_order() {
    m_table.show_layer(0);
    QVERIFY(wait_for_rows());  // the filter "村" still applies: every village is a 村
    QCOMPARE(m_table.model()->rowCount(), 1000);
    for (int row = 0; row < 1000; ++row) QCOMPARE(m_table.feature_of_row(row), static_cast<std::size_t>(row));
    QCOMPARE(m_table.view()->horizontalHeader()->sortIndicatorSection(), -1);
  }
};

QTEST_MAIN(AttributeTableTest)
#include "attribute_table_test.moc"
