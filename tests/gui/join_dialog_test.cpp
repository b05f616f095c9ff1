// The join dialog on the sample villages: the report before applying, with the matched count
// checked against the table's codes counted here, and the bad joins (no match, duplicate keys,
// a broken file) reported with Apply held back and the dialog alive.
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>
#include <fstream>
#include <set>
#include <sstream>

#include "gui/join_dialog.hpp"
#include "io/vector_layer_reader.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::JoinDialog;
namespace test = ruralatlas::test;

namespace {

const auto kVillages = test::source_dir() / "sample-data/villages.shp";
const auto kIndicators = test::source_dir() / "sample-data/village_indicators.csv";

ruralatlas::core::Layer villages() { return ruralatlas::io::read_vector_layer(kVillages).layer; }

/// Codes in the first column of a plain CSV (no quoted commas in the code column).
std::set<std::string> first_column(const std::filesystem::path& csv) {
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);
  std::set<std::string> codes;
  while (std::getline(in, line)) codes.insert(line.substr(0, line.find(',')));
  return codes;
}

bool preview(JoinDialog& dialog) {
  QSignalSpy done(&dialog, &JoinDialog::preview_finished);
  dialog.run_preview();
  return done.wait(30000);
}

}  // namespace

class JoinDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void matched_count_equals_the_codes_both_sides_have() {
    const auto layer = villages();
    JoinDialog dialog(layer, QStringLiteral("vill_code"));
    dialog.set_table(QString::fromStdString(kIndicators.string()));
    QCOMPARE(dialog.table_key_box()->currentText(), QStringLiteral("village_code"));  // guessed from "code"
    QVERIFY(!dialog.apply_button()->isEnabled());
    QVERIFY(preview(dialog));
    QVERIFY(dialog.preview());

    const auto codes = first_column(kIndicators);
    const auto key = layer.require_field("vill_code");
    std::size_t both = 0;
    for (const auto& f : layer.features) both += codes.count(std::get<std::string>(f.attributes[key]));
    QVERIFY(both > 4000);
    QCOMPARE(dialog.preview()->report.matched, both);
    QVERIFY2(dialog.summary_label()->text().startsWith(QStringLiteral("%1 of %2 features matched").arg(both).arg(layer.features.size())),
             qPrintable(dialog.summary_label()->text()));
    QVERIFY(dialog.apply_button()->isEnabled());
    QVERIFY(dialog.preview()->joined.field_index("tap_water_hh_pct"));
    const auto spec = dialog.join();
    QCOMPARE(spec.table_keys.front(), std::string("village_code"));
    QCOMPARE(spec.layer_keys.front(), std::string("vill_code"));

    // Changing a key column discards the preview until it is run again.
    dialog.table_key_box()->setCurrentIndex(1);
    QVERIFY(!dialog.apply_button()->isEnabled());
    QVERIFY(!dialog.preview());
  }

  void no_match_says_so_and_holds_apply_back() {
    JoinDialog dialog(villages(), QStringLiteral("vill_code"));
    dialog.set_table(QString::fromStdString(kIndicators.string()));
    dialog.table_key_box()->setCurrentText(QStringLiteral("village"));  // names, not codes
    QVERIFY(preview(dialog));
    QCOMPARE(dialog.preview()->report.matched, std::size_t{0});
    QVERIFY2(dialog.summary_label()->text().startsWith(QStringLiteral("No feature matched")),
             qPrintable(dialog.summary_label()->text()));
    QVERIFY(!dialog.apply_button()->isEnabled());
  }

  void duplicate_keys_are_listed_until_a_rule_combines_them() {
    QTemporaryDir dir;
    const auto csv = dir.filePath(QStringLiteral("dup.csv")).toStdString();
    std::ofstream(csv) << "village_code,value\n620402001001,1\n620402001001,2\n620402001002,5\n";
    JoinDialog dialog(villages(), QStringLiteral("vill_code"));
    dialog.set_table(QString::fromStdString(csv));
    QVERIFY(preview(dialog));
    QVERIFY(dialog.preview()->blocked_by);
    QVERIFY(!dialog.apply_button()->isEnabled());
    const auto report = dialog.report_view()->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("620402001001 (2 rows)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Duplicate keys in the table: 1")), qPrintable(report));
    QCOMPARE(dialog.preview()->report.matched, std::size_t{2});

    dialog.duplicates_box()->setCurrentIndex(dialog.duplicates_box()->findText(QStringLiteral("sum numbers")));
    QVERIFY(preview(dialog));
    QVERIFY(!dialog.preview()->blocked_by);
    QVERIFY(dialog.apply_button()->isEnabled());
    const auto& joined = dialog.preview()->joined;
    const auto code = joined.require_field("vill_code"), value = joined.require_field("value");
    for (const auto& f : joined.features)
      if (std::get<std::string>(f.attributes[code]) == "620402001001") QCOMPARE(std::get<double>(f.attributes[value]), 3.0);
  }

  void unreadable_table_is_reported_and_the_dialog_stays() {
    QTemporaryDir dir;
    const auto xlsx = dir.filePath(QStringLiteral("broken.xlsx")).toStdString();
    std::ofstream(xlsx) << "this is not a spreadsheet";
    JoinDialog dialog(villages(), QStringLiteral("vill_code"));
    dialog.set_table(QString::fromStdString(xlsx));
    QCOMPARE(dialog.summary_label()->text(), QStringLiteral("This table cannot be read."));
    QVERIFY2(dialog.report_view()->toPlainText().contains(QStringLiteral("broken.xlsx")),
             qPrintable(dialog.report_view()->toPlainText()));
    QVERIFY(!dialog.preview_button()->isEnabled());
    QVERIFY(!dialog.apply_button()->isEnabled());
  }
};

QTEST_MAIN(JoinDialogTest)
#include "join_dialog_test.moc"
