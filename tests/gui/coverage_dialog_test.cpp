// The coverage panel on the sample map: villages within 2 km of a hardened road, counted here
// by brute force over every road segment; villages within 30 min of a township health centre
// or hospital over the roads, per village as `ruralatlas travel` writes them; a filter that
// matches nothing and a speed file lacking a road class reported; a cancelled run adding nothing.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>
#include <boost/geometry.hpp>
#include <fstream>
#include <map>

#include "gui/added_layer.hpp"
#include "gui/coverage_dialog.hpp"
#include "gui/travel_cost_fields.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::CoverageDialog;
namespace core = ruralatlas::core;

namespace {

/// The tap-water map with the clinics added (and listed in the project, for their key).
std::shared_ptr<const ruralatlas::project::LoadedMap> sample_map() {
  static const auto map = [] {
    namespace project = ruralatlas::project;
    auto loaded = project::load_map(project::read_project_file(ruralatlas::test::source_dir() / "projects/tap_water.yaml"));
    const auto clinics = ruralatlas::test::source_dir() / "layers/clinics.yaml";
    loaded.layers.push_back(ruralatlas::gui::load_added_layer(clinics, loaded.crs));
    loaded.spec.layers.push_back({clinics, {}, false});
    return std::make_shared<const project::LoadedMap>(std::move(loaded));
  }();
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

/// Township health centres and hospitals by travel time over the map's roads, 30 min.
void clinics_by_travel_time(CoverageDialog& dialog) {
  choose(dialog.demand_box(), "villages");
  choose(dialog.target_box(), "clinics");
  dialog.filter_edit()->setText(QStringLiteral("level <> 'village_clinic'"));
  auto* travel = dialog.travel_fields();
  travel->measure_box()->setCurrentIndex(1);
  travel->roads_box()->setCurrentText(QStringLiteral("道路 · roads"));
  QCOMPARE(travel->roads_box()->currentText(), QStringLiteral("道路 · roads"));
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

  void travel_minutes_equal_the_travel_command() {
    ruralatlas::test::TempDir dir;
    const auto out = dir / "villages.gpkg";
    const auto r = ruralatlas::test::run_cli(
        {"travel", "layers/villages.yaml", "--network", "layers/roads.yaml", "--speeds", "networks/speeds.yaml",
         "--facilities", "layers/clinics.yaml", "--filter", "level <> 'village_clinic'", "--within-min", "30",
         "--no-graph-cache", "--out", out.string()});
    QVERIFY2(r.exit_code == 0, r.err.c_str());
    const auto cli = ruralatlas::io::read_vector_layer(out).layer;

    CoverageDialog dialog(sample_map());
    clinics_by_travel_time(dialog);
    // The defaults a planner starts from: the project's speed file, 30 min, its walking speed.
    const auto speeds = ruralatlas::test::source_dir() / "networks/speeds.yaml";
    QCOMPARE(dialog.travel_fields()->speed_file_edit()->text(), QString::fromStdString(speeds.lexically_normal().string()));
    QCOMPARE(dialog.travel_fields()->within_min_box()->value(), 30.0);
    QCOMPARE(dialog.travel_fields()->access_kmh_box()->text(), QStringLiteral("as in the speed file (5 km/h)"));
    QVERIFY(run(dialog));
    QVERIFY2(dialog.result(), qPrintable(dialog.summary_label()->text()));

    // Village by village (by village code): the same minutes, the same clinic, the same flag.
    const auto& ours = *dialog.result()->layer;
    QCOMPARE(ours.features.size(), cli.features.size());
    const auto code = *ours.field_index("vill_code"), cli_code = cli.require_field("vill_code");
    const auto minutes = *ours.field_index("travel_min"), cli_minutes = cli.require_field("travel_min");
    const auto clinic = *ours.field_index("facility_id"), cli_clinic = cli.require_field("facility_id");
    const auto covered = *ours.field_index("covered"), cli_within = cli.require_field("within");
    std::map<std::string, const core::Feature*> by_code;
    for (const auto& f : cli.features) by_code[core::to_text(f.attributes[cli_code])] = &f;
    std::size_t within = 0, unreachable = 0;
    for (const auto& f : ours.features) {
      const auto& theirs = *by_code.at(core::to_text(f.attributes[code]));
      const auto a = core::to_number(f.attributes[minutes]), b = core::to_number(theirs.attributes[cli_minutes]);
      QCOMPARE(a.has_value(), b.has_value());
      if (a) QVERIFY2(std::abs(*a - *b) < 1e-9, qPrintable(QStringLiteral("%1 vs %2 min").arg(*a).arg(*b)));
      QCOMPARE(core::to_text(f.attributes[clinic]), core::to_text(theirs.attributes[cli_clinic]));
      QCOMPARE(core::to_number(f.attributes[covered]), core::to_number(theirs.attributes[cli_within]));
      within += core::to_number(f.attributes[covered]) == 1.0;
      unreachable += !a;
    }
    // Some on each side of 30 min, so the comparison says something. (The sample roads connect every
    // village to a clinic; the CLI's own tests cover villages cut off from all of them.)
    QVERIFY(within > 1000 && within < ours.features.size() - unreachable);
    const auto expected = QStringLiteral("%1 of %2 within 30 min").arg(within).arg(ours.features.size());
    const auto summary = dialog.summary_label()->text();
    QVERIFY2(summary.startsWith(expected), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("; %1 cannot reach any facility.").arg(unreachable)), qPrintable(summary));
    QVERIFY2(r.out.find("features within " + std::to_string(within) + " of") != std::string::npos, r.out.c_str());
    // The ready style: covered, not covered, unreachable.
    const auto& rules = dialog.result()->style.rules;
    QCOMPARE(rules.size(), std::size_t{3});
    QCOMPARE(QString::fromStdString(rules[2].label), QStringLiteral("cannot reach any facility"));
  }

  void speed_file_without_a_road_class_names_it() {
    ruralatlas::test::TempDir dir;
    const auto speeds = dir / "speeds.yaml";
    std::ofstream(speeds) << "speeds_kmh:\n  county: 60\n  village: 30\n";
    CoverageDialog dialog(sample_map());
    clinics_by_travel_time(dialog);
    dialog.travel_fields()->speed_file_edit()->setText(QString::fromStdString(speeds.string()));
    QVERIFY(run(dialog));
    QVERIFY(!dialog.result());
    const auto summary = dialog.summary_label()->text();
    QVERIFY2(summary.contains(QStringLiteral("road class 'township' has no speed")), qPrintable(summary));
    QVERIFY2(summary.contains(QString::fromStdString(speeds.string())), qPrintable(summary));
    QVERIFY(dialog.run_button()->isEnabled());
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
