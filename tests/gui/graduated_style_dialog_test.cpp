// The style panel on the sample villages: equal-interval breaks equal min + i·(max−min)/n
// computed here, the legend counts and the histogram add up to the villages with a number, a
// change of classes redraws at once, and a field without numbers is refused.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest/QtTest>
#include <numeric>

#include "core/value.hpp"
#include "gui/graduated_style_panel.hpp"
#include "gui/style_dialog.hpp"
#include "gui/value_histogram.hpp"
#include "project/project_file.hpp"
#include "project/style_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::StyleDialog;
namespace core = ruralatlas::core;

namespace {

const ruralatlas::project::MapLayer& villages_layer() {
  static const auto map = ruralatlas::project::load_map(
      ruralatlas::project::read_project_file(ruralatlas::test::source_dir() / "projects/tap_water.yaml"));
  for (const auto& l : map.layers)
    if (l.layer->name == "villages") return l;
  throw std::runtime_error("no villages layer");
}

}  // namespace

class GraduatedStyleDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void equal_interval_breaks_and_counts_match_the_villages() {
    const auto& layer = villages_layer();
    StyleDialog dialog(layer);
    dialog.graduated()->field_box()->setCurrentText(QStringLiteral("poverty_incidence_pct"));
    dialog.graduated()->method_box()->setCurrentIndex(dialog.graduated()->method_box()->findData(QStringLiteral("equal-interval")));
    dialog.graduated()->classes_box()->setValue(4);
    QVERIFY2(dialog.style(), qPrintable(dialog.message_label()->text()));

    const auto field = *layer.layer->field_index("poverty_incidence_pct");
    std::vector<double> values;
    for (const auto& f : layer.layer->features)
      if (const auto v = core::to_number(f.attributes[field])) values.push_back(*v);
    const double lo = *std::min_element(values.begin(), values.end());
    const double hi = *std::max_element(values.begin(), values.end());
    const auto& classes = *dialog.style()->classification;
    QCOMPARE(classes.breaks.size(), std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) QVERIFY(std::abs(classes.breaks[i] - (lo + (i + 1) * (hi - lo) / 4)) < 1e-9);
    std::size_t counted = 0;
    for (const auto& c : classes.classes) counted += c.count;
    QCOMPARE(counted, values.size());
    QCOMPARE(dialog.graduated()->legend()->count(), 4);
    const auto& bins = dialog.graduated()->histogram()->bins();
    QCOMPARE(std::accumulate(bins.begin(), bins.end(), std::size_t{0}), values.size());
    QVERIFY(dialog.apply_button()->isEnabled());

    if (const auto shot = qEnvironmentVariable("RA_GUI_STYLE_SCREENSHOT"); !shot.isEmpty()) {
      dialog.resize(520, 640);
      dialog.show();
      QVERIFY(QTest::qWaitForWindowExposed(&dialog));
      QVERIFY(dialog.grab().save(shot));
    }
    dialog.graduated()->classes_box()->setValue(6);  // redrawn at once
    QCOMPARE(dialog.graduated()->legend()->count(), 6);
    QCOMPARE(dialog.style()->classification->breaks.size(), std::size_t{5});
  }

  void saved_style_reads_back_to_the_same_classes() {
    const auto& layer = villages_layer();
    StyleDialog dialog(layer);
    dialog.graduated()->field_box()->setCurrentText(QStringLiteral("tap_water_hh_pct"));
    dialog.graduated()->method_box()->setCurrentIndex(dialog.graduated()->method_box()->findData(QStringLiteral("quantile")));
    dialog.graduated()->classes_box()->setValue(5);
    dialog.graduated()->reverse_box()->setChecked(true);
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("villages_tap.yaml"));
    QCOMPARE(dialog.save_style(path), QString());
    auto reread = ruralatlas::project::read_style_file(path.toStdString());
    ruralatlas::project::bind_style(reread, *layer.layer, path.toStdString());
    QCOMPARE(reread.field, std::string("tap_water_hh_pct"));
    QCOMPARE(reread.classification->breaks, dialog.style()->classification->breaks);
    QCOMPARE(reread.graduated->reverse_ramp, true);
    QCOMPARE(reread.rules.size(), dialog.style()->rules.size());
    // A folder that cannot be written: the message names the file, nothing is left.
    const auto refused = dialog.save_style(dir.filePath(QStringLiteral("missing/folder/x.yaml")));
    QVERIFY2(refused.contains(QStringLiteral("x.yaml")), qPrintable(refused));
  }

  void ramp_and_reverse_colour_the_classes() {
    StyleDialog dialog(villages_layer());
    dialog.graduated()->field_box()->setCurrentText(QStringLiteral("tap_water_hh_pct"));
    dialog.graduated()->ramp_box()->setCurrentIndex(dialog.graduated()->ramp_box()->findData(QStringLiteral("Blues")));
    const auto first = dialog.graduated()->legend()->item(0)->icon().pixmap(16).toImage().pixelColor(8, 8);
    dialog.graduated()->reverse_box()->setChecked(true);
    const auto reversed = dialog.graduated()->legend()->item(0)->icon().pixmap(16).toImage().pixelColor(8, 8);
    QVERIFY(first.lightness() > reversed.lightness());  // light first, dark first when reversed
  }
};

QTEST_MAIN(GraduatedStyleDialogTest)
#include "graduated_style_dialog_test.moc"
