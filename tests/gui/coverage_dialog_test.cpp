// The coverage panel on the sample map: villages within 2 km of a hardened road, counted here
// by brute force over every road segment, a filter that matches nothing reported, and a
// cancelled run adding nothing.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>
#include <boost/geometry.hpp>

#include "gui/coverage_dialog.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::CoverageDialog;
namespace core = ruralatlas::core;

namespace {

std::shared_ptr<const ruralatlas::project::LoadedMap> sample_map() {
  static const auto map = std::make_shared<const ruralatlas::project::LoadedMap>(ruralatlas::project::load_map(
      ruralatlas::project::read_project_file(ruralatlas::test::source_dir() / "projects/tap_water.yaml")));
  return map;
}

const core::Layer& layer_named(const std::string& name) {
  for (const auto& l : sample_map()->layers)
    if (l.layer->name == name) return *l.layer;
  throw std::runtime_error("no layer " + name);
}

void choose(QComboBox* box, const std::string& layer_name) {
  for (int i = 0; i < box->count(); ++i)
    if (sample_map()->layers[box->itemData(i).value<std::size_t>()].layer->name == layer_name) {
      box->setCurrentIndex(i);
      return;
    }
  QFAIL(("no layer " + layer_name + " to choose").c_str());
}

bool run(CoverageDialog& dialog) {
  QSignalSpy done(&dialog, &CoverageDialog::run_finished);
  dialog.run();
  return done.wait(60000);
}

}  // namespace

class CoverageDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void villages_near_hardened_roads_equal_brute_force() {
    CoverageDialog dialog(sample_map());
    choose(dialog.demand_box(), "villages");
    choose(dialog.target_box(), "roads");
    dialog.filter_edit()->setText(QStringLiteral("surface in ('asphalt', 'cement')"));
    dialog.within_box()->setValue(2000);
    QVERIFY(run(dialog));
    QVERIFY2(dialog.result(), qPrintable(dialog.summary_label()->text()));

    const auto& villages = layer_named("villages");
    const auto& roads = layer_named("roads");
    const auto surface = *roads.field_index("surface");
    std::size_t expected = 0;
    for (const auto& v : villages.features) {
      const auto& p = std::get<core::MultiPoint>(v.geometry).front();
      double best = 1e300;
      for (const auto& r : roads.features) {
        const auto s = core::to_text(r.attributes[surface]);
        if (s != "asphalt" && s != "cement") continue;
        best = std::min(best, boost::geometry::distance(p, std::get<core::MultiLineString>(r.geometry)));
      }
      expected += best <= 2000;
    }
    QVERIFY(expected > 1000 && expected < villages.features.size());
    const auto& result = *dialog.result()->layer;
    const auto covered = *result.field_index("covered");
    std::size_t flagged = 0;
    for (const auto& f : result.features) flagged += core::to_number(f.attributes[covered]) == 1.0;
    QCOMPARE(flagged, expected);
    QVERIFY2(dialog.summary_label()->text().startsWith(QStringLiteral("%1 of %2 within 2000 m").arg(expected).arg(villages.features.size())),
             qPrintable(dialog.summary_label()->text()));
    // The ready style: covered, not covered, unmeasured, with counts for the legend.
    QCOMPARE(dialog.result()->style.rules.size(), std::size_t{3});
  }

  void filter_matching_nothing_is_reported() {
    CoverageDialog dialog(sample_map());
    choose(dialog.demand_box(), "villages");
    choose(dialog.target_box(), "roads");
    dialog.filter_edit()->setText(QStringLiteral("surface = 'marble'"));
    QVERIFY(run(dialog));
    QVERIFY(!dialog.result());
    QVERIFY2(dialog.summary_label()->text().contains(QStringLiteral("no feature matches")),
             qPrintable(dialog.summary_label()->text()));
  }

  void cancelled_run_adds_nothing() {
    CoverageDialog dialog(sample_map());
    choose(dialog.demand_box(), "villages");
    choose(dialog.target_box(), "roads");
    QSignalSpy done(&dialog, &CoverageDialog::run_finished);
    dialog.run();
    QVERIFY(dialog.cancel_run_button()->isEnabled());
    dialog.cancel_run();
    QVERIFY(done.wait(60000));
    QVERIFY(!dialog.result());
    QCOMPARE(dialog.summary_label()->text(), QStringLiteral("Cancelled; nothing was added."));
    QVERIFY(dialog.run_button()->isEnabled());
  }
};

QTEST_MAIN(CoverageDialogTest)
#include "coverage_dialog_test.moc"
