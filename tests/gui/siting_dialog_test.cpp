// The siting panel on the sample map gives `ruralatlas site`'s answer for the same inputs (the
// README's 5 clinics for the relocation sites of 会宁县): the same sites in the same order
// with the same figures, and the same objective, bound and gap. A constraint no candidate meets
// is reported, and a cancelled run adds nothing.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest/QtTest>
#include <regex>

#include "gui/added_layer.hpp"
#include "gui/siting_dialog.hpp"
#include "gui/travel_cost_fields.hpp"
#include "io/table_reader.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::SitingDialog;
namespace core = ruralatlas::core;
namespace project = ruralatlas::project;
namespace test = ruralatlas::test;

namespace {

/// The tap-water map with the clinics added (and listed in the project, for their key).
std::shared_ptr<const project::LoadedMap> sample_map() {
  static const auto map = [] {
    auto loaded = project::load_map(project::read_project_file(test::source_dir() / "projects/tap_water.yaml"));
    const auto clinics = test::source_dir() / "layers/clinics.yaml";
    loaded.layers.push_back(ruralatlas::gui::load_added_layer(clinics, loaded.crs));
    loaded.spec.layers.push_back({clinics, {}, false});
    return std::make_shared<const project::LoadedMap>(std::move(loaded));
  }();
  return map;
}

void choose(QComboBox* box, const std::string& layer_name) {
  for (int i = 0; i < box->count(); ++i) {
    const int index = box->itemData(i).toInt();
    if (index >= 0 && sample_map()->layers[static_cast<std::size_t>(index)].layer->name == layer_name) {
      box->setCurrentIndex(i);
      return;
    }
  }
  QFAIL(("no layer " + layer_name + " to choose").c_str());
}

/// The README's inputs: relocation sites of 会宁县 by households, its villages within 1 km of
/// a hardened road as candidates, township health centres and hospitals staying.
void huining_clinics(SitingDialog& dialog, int problem, bool exact) {
  choose(dialog.demand_box(), "relocation_sites");
  dialog.weight_box()->setCurrentText(QStringLiteral("households"));
  dialog.demand_filter_edit()->setText(QStringLiteral("county = '会宁县'"));
  choose(dialog.candidates_box(), "villages");
  dialog.candidate_filter_edit()->setText(QStringLiteral("county = '会宁县'"));
  const int row = dialog.add_constraint_row();
  choose(dialog.constraint_layer_box(row), "roads");
  dialog.constraint_within_box(row)->setValue(1000);
  dialog.constraint_filter_edit(row)->setText(QStringLiteral("hardened = 1"));
  choose(dialog.existing_box(), "clinics");
  dialog.existing_filter_edit()->setText(QStringLiteral("level <> 'village_clinic'"));
  dialog.problem_box()->setCurrentIndex(problem);
  dialog.sites_box()->setValue(5);
  dialog.within_box()->setValue(3000);
  dialog.solver_box()->setCurrentIndex(exact ? 1 : 0);
}

/// The same, in minutes over the map's roads at the project's speeds.
void huining_clinics_by_travel_time(SitingDialog& dialog, int problem, int k, double within_min, bool exact) {
  huining_clinics(dialog, problem, exact);
  dialog.sites_box()->setValue(k);
  auto* travel = dialog.travel_fields();
  travel->measure_box()->setCurrentIndex(1);
  travel->roads_box()->setCurrentText(QStringLiteral("道路 · roads"));
  QCOMPARE(travel->roads_box()->currentText(), QStringLiteral("道路 · roads"));
  travel->within_min_box()->setValue(within_min);
}

/// `ruralatlas site` for the README's inputs over the network, written to `out`.
test::CliResult site_over_roads(const std::vector<std::string>& problem_args, const test::TempDir& out) {
  std::vector<std::string> args = {"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                                   "county = '会宁县'", "--candidates", "layers/villages.yaml", "--candidate-filter",
                                   "county = '会宁县'", "--near", "layers/roads.yaml:1000:hardened = 1", "--existing",
                                   "layers/clinics.yaml", "--existing-filter", "level <> 'village_clinic'", "--network",
                                   "layers/roads.yaml", "--speeds", "networks/speeds.yaml", "--no-graph-cache",
                                   "--out", out.path().string()};
  args.insert(args.end(), problem_args.begin(), problem_args.end());
  return test::run_cli(args);
}

bool run(SitingDialog& dialog) {
  QSignalSpy done(&dialog, &SitingDialog::run_finished);
  dialog.run();
  return done.wait(120000);
}

double printed(const std::string& out, const std::string& what) {
  std::smatch m;
  if (!std::regex_search(out, m, std::regex(what + R"( ([0-9.]+))"))) return -1;
  return std::stod(m[1]);
}

/// The panel's chosen sites equal the CLI's chosen_sites.csv cell by cell (numbers as numbers).
void expect_same_sites(const core::Layer& panel, const std::filesystem::path& csv) {
  const auto cli = ruralatlas::io::read_table(csv);
  QCOMPARE(panel.features.size(), cli.rows.size());
  QVERIFY(!cli.rows.empty());
  for (std::size_t c = 0; c < panel.fields.size(); ++c) {
    const auto column = cli.require_field(panel.fields[c].name);
    for (std::size_t r = 0; r < cli.rows.size(); ++r) {
      const auto& ours = panel.features[r].attributes[c];
      const auto& theirs = cli.rows[r][column];
      const auto a = core::to_number(ours), b = core::to_number(theirs);
      if (a && b) QVERIFY2(std::abs(*a - *b) < 1e-6, qPrintable(QString::fromStdString(panel.fields[c].name)));
      else QCOMPARE(QString::fromStdString(core::to_text(ours)), QString::fromStdString(core::to_text(theirs)));
    }
  }
}

}  // namespace

class SitingDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void five_clinics_equal_the_site_command() {
    test::TempDir dir;
    const auto r = test::run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                                  "county = '会宁县'", "-k", "5", "--within-m", "3000", "--candidates", "layers/villages.yaml",
                                  "--candidate-filter", "county = '会宁县'", "--near", "layers/roads.yaml:1000:hardened = 1",
                                  "--existing", "layers/clinics.yaml", "--existing-filter", "level <> 'village_clinic'",
                                  "--solver", "exact", "--out", dir.path().string()});
    QVERIFY2(r.exit_code == 0, r.err.c_str());

    SitingDialog dialog(sample_map());
    huining_clinics(dialog, 0, true);
    QVERIFY(run(dialog));
    QVERIFY2(dialog.outcome(), qPrintable(dialog.summary_label()->text()));
    const auto& outcome = *dialog.outcome();
    QCOMPARE(outcome.solution.objective, printed(r.out, "objective"));
    QCOMPARE(outcome.solution.bound, printed(r.out, "best bound"));
    QVERIFY(outcome.solution.proven_optimal);
    expect_same_sites(outcome.chosen_sites, dir / "chosen_sites.csv");

    // What the planner reads: the candidates left by the constraint, the figures, the table.
    const auto summary = dialog.summary_label()->text();
    QVERIFY2(summary.contains(QStringLiteral("280 within 1000 m of roads where hardened = 1")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("5 new sites cover %1 of").arg(outcome.solution.objective, 0, 'f', 0)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("gap 0.00%")), qPrintable(summary));
    QCOMPARE(dialog.sites_table()->rowCount(), 5);
    QCOMPARE(dialog.sites_table()->horizontalHeaderItem(3)->text(), QStringLiteral("newly_covered_households"));
    // Added to the map: allocation lines (one per relocation site) beneath the chosen sites.
    QCOMPARE(dialog.result_layers().size(), std::size_t{2});
    QCOMPARE(dialog.result_layers()[0].layer->features.size(), outcome.allocations.features.size());
    QCOMPARE(dialog.result_layers()[0].layer->geometry_kind, core::GeometryKind::Line);
    QCOMPARE(dialog.result_layers()[0].style.rules.size(), std::size_t{3});
    QCOMPARE(dialog.result_layers()[1].layer->features.size(), std::size_t{5});
  }

  void p_median_equals_the_site_command() {
    test::TempDir dir;
    const auto r = test::run_cli({"site", "layers/relocation_sites.yaml", "--weight", "households", "--demand-filter",
                                  "county = '会宁县'", "--problem", "median", "-k", "5", "--within-m", "3000", "--candidates",
                                  "layers/villages.yaml", "--candidate-filter", "county = '会宁县'", "--near",
                                  "layers/roads.yaml:1000:hardened = 1", "--existing", "layers/clinics.yaml",
                                  "--existing-filter", "level <> 'village_clinic'", "--out", dir.path().string()});
    QVERIFY2(r.exit_code == 0, r.err.c_str());
    SitingDialog dialog(sample_map());
    huining_clinics(dialog, 2, false);
    QVERIFY(run(dialog));
    QVERIFY2(dialog.outcome(), qPrintable(dialog.summary_label()->text()));
    QCOMPARE(std::round(dialog.outcome()->solution.objective), printed(r.out, "objective"));  // printed to the unit
    expect_same_sites(dialog.outcome()->chosen_sites, dir / "chosen_sites.csv");
    QVERIFY2(dialog.summary_label()->text().contains(QStringLiteral("mean distance")), qPrintable(dialog.summary_label()->text()));
  }

  void covering_over_the_roads_equals_the_site_command() {
    test::TempDir dir;
    const auto r = site_over_roads({"-k", "2", "--within-min", "10", "--solver", "exact"}, dir);
    QVERIFY2(r.exit_code == 0, r.err.c_str());
    SitingDialog dialog(sample_map());
    huining_clinics_by_travel_time(dialog, 0, 2, 10, true);
    QVERIFY(run(dialog));
    QVERIFY2(dialog.outcome(), qPrintable(dialog.summary_label()->text()));
    const auto& outcome = *dialog.outcome();
    QCOMPARE(outcome.solution.objective, printed(r.out, "objective"));
    QCOMPARE(outcome.solution.bound, printed(r.out, "best bound"));
    QCOMPARE(outcome.existing_covered, printed(r.out, "facilities cover"));
    // Not everything within 10 min, so the choice matters.
    QVERIFY(outcome.solution.objective < outcome.total_weight);
    expect_same_sites(outcome.chosen_sites, dir / "chosen_sites.csv");
    QCOMPARE(dialog.sites_table()->horizontalHeaderItem(7)->text(), QStringLiteral("mean_after_min"));
  }

  void p_median_over_the_roads_equals_the_site_command() {
    test::TempDir dir;
    const auto r = site_over_roads({"--problem", "median", "-k", "3", "--within-min", "15"}, dir);
    QVERIFY2(r.exit_code == 0, r.err.c_str());
    SitingDialog dialog(sample_map());
    huining_clinics_by_travel_time(dialog, 2, 3, 15, false);
    QVERIFY(run(dialog));
    QVERIFY2(dialog.outcome(), qPrintable(dialog.summary_label()->text()));
    const auto& s = dialog.outcome()->solution;
    QCOMPARE(std::round(s.objective), printed(r.out, "objective"));  // printed to the unit
    expect_same_sites(dialog.outcome()->chosen_sites, dir / "chosen_sites.csv");
    const auto summary = dialog.summary_label()->text();
    const auto mean = QString::number(s.objective / dialog.outcome()->total_weight, 'f', 1);
    QVERIFY2(summary.contains(QStringLiteral("3 new sites: mean travel time %1 min per households").arg(mean)), qPrintable(summary));
  }

  void constraint_no_candidate_meets_is_reported() {
    SitingDialog dialog(sample_map());
    huining_clinics(dialog, 0, false);
    dialog.constraint_within_box(0)->setValue(0);
    dialog.constraint_filter_edit(0)->setText(QStringLiteral("hardened = 7"));
    QVERIFY(run(dialog));
    QVERIFY(!dialog.outcome());
    QVERIFY(dialog.result_layers().empty());
    QVERIFY2(dialog.summary_label()->text().contains(QStringLiteral("no candidate satisfies the constraints")),
             qPrintable(dialog.summary_label()->text()));
    QVERIFY(dialog.run_button()->isEnabled());
  }

  void cancelled_run_adds_nothing() {
    SitingDialog dialog(sample_map());
    huining_clinics(dialog, 0, true);
    QSignalSpy done(&dialog, &SitingDialog::run_finished);
    dialog.run();
    QVERIFY(dialog.cancel_run_button()->isEnabled());
    dialog.cancel_run();
    QVERIFY(done.wait(120000));
    QVERIFY(!dialog.outcome());
    QVERIFY(dialog.result_layers().empty());
    QCOMPARE(dialog.summary_label()->text(), QStringLiteral("Cancelled; nothing was added."));
    QVERIFY(dialog.run_button()->isEnabled());
  }
};

QTEST_MAIN(SitingDialogTest)
#include "siting_dialog_test.moc"
