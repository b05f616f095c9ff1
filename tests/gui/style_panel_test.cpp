// The style panel's categorized renderer and labels, driven in the window on the sample
// project: townships coloured by prefecture (three of their own, the fourth as "other", one
// colour picked by hand) show their class colour at their poles of inaccessibility; township
// names in a colour found nowhere else on the map appear beside the townships and are gone with
// the label field set to none; the style file and the saved project read back to the same style.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest/QtTest>
#include <map>

#include "core/value.hpp"
#include "gui/categorized_style_panel.hpp"
#include "gui/label_settings_panel.hpp"
#include "gui/layer_panel.hpp"
#include "gui/main_window.hpp"
#include "gui/map_canvas.hpp"
#include "gui/style_dialog.hpp"
#include "project/project_file.hpp"
#include "project/style_file.hpp"
#include "render/pole_of_inaccessibility.hpp"
#include "style/symbol_color.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::CategorizedStylePanel;
using ruralatlas::gui::MainWindow;
using ruralatlas::gui::StyleDialog;
namespace core = ruralatlas::core;

namespace {

constexpr int kTimeoutMs = 60000;
const QColor kPicked(0x1f, 0x3a, 0x93);     // the colour chosen by hand for the first prefecture
const QColor kLabelInk(0xff, 0x00, 0xff);  // magenta: no other symbol of the sample map uses it
const QColor kOtherGrey(189, 189, 189);

bool near_colour(QColor c, QColor target, int tolerance) {
  return std::abs(c.red() - target.red()) <= tolerance && std::abs(c.green() - target.green()) <= tolerance &&
         std::abs(c.blue() - target.blue()) <= tolerance;
}

std::size_t layer_index(const MainWindow& window, const std::string& name) {
  const auto& layers = window.shown_map().map->layers;
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].layer->name == name) return i;
  return layers.size();
}

/// Feature counts per value of `field`, counted here from the data.
std::map<QString, int> value_counts(const core::Layer& layer, const std::string& field) {
  std::map<QString, int> counts;
  const auto index = *layer.field_index(field);
  for (const auto& f : layer.features) ++counts[QString::fromStdString(core::to_text(f.attributes[index]))];
  return counts;
}

}  // namespace

class StylePanelTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<MainWindow> m_window;
  ruralatlas::test::TempDir m_dir;

  const ruralatlas::project::MapLayer& townships() const {
    return m_window->shown_map().map->layers[layer_index(*m_window, "townships")];
  }
  bool wait_for_render() const {
    return QTest::qWaitFor([this] { return m_window->canvas()->render_up_to_date(); }, kTimeoutMs);
  }
  /// Townships by prefecture: the three largest their own class, the first in a colour picked by hand.
  void choose_prefectures(StyleDialog& dialog) {
    dialog.renderer_box()->setCurrentIndex(StyleDialog::Categorized);
    auto* panel = dialog.categorized();
    panel->field_box()->setCurrentText(QStringLiteral("pref"));
    panel->classes_box()->setValue(3);
    panel->set_class_colour(0, kPicked);
  }
  /// Magenta pixels of the last render, and how many townships have some within 6 px of their
  /// pole, where a polygon's label is centred.
  std::pair<std::size_t, int> label_pixels() const {
    const auto& render = m_window->canvas()->last_render();
    const auto image = render.image.convertToFormat(QImage::Format_RGB32);
    std::size_t ink = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) ink += near_colour(image.pixelColor(x, y), kLabelInk, 40);
    int labelled = 0;
    const auto dpr = render.image.devicePixelRatio();
    for (const auto& f : townships().layer->features) {
      const auto& polygons = std::get<core::MultiPolygon>(f.geometry);
      if (polygons.empty()) continue;
      const auto pole = (render.viewport.to_px(ruralatlas::render::pole_of_inaccessibility(polygons.front()).point,
                                               render.size_px) * dpr).toPoint();
      bool found = false;
      for (int dy = -6; dy <= 6 && !found; ++dy)
        for (int dx = -6; dx <= 6 && !found; ++dx)
          found = image.valid(pole.x() + dx, pole.y() + dy) &&
                  near_colour(image.pixelColor(pole.x() + dx, pole.y() + dy), kLabelInk, 40);
      labelled += found;
    }
    return {ink, labelled};
  }

 private slots:
  void initTestCase() {
    QDir::setCurrent(QStringLiteral(RA_SOURCE_DIR));
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->session()->set_unsaved_changes_prompt([](const QString&) { return ruralatlas::gui::UnsavedChoice::Discard; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    m_window->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kTimeoutMs));
    // Only the townships shown, so their fills and labels are what the pixels show.
    for (const auto* other : {"counties", "roads", "villages", "relocation_sites"})
      m_window->layer_panel()->layer_item(layer_index(*m_window, other))->setCheckState(0, Qt::Unchecked);
    QVERIFY(wait_for_render());
  }

  void categories_list_values_with_counts_and_an_other_class() {
    StyleDialog dialog(townships());
    choose_prefectures(dialog);
    const auto counts = value_counts(*townships().layer, "pref");
    QCOMPARE(counts.size(), std::size_t{4});
    auto* table = dialog.categorized()->table();
    QCOMPARE(table->rowCount(), 4);  // three prefectures and "other"
    int listed = 0, smallest_listed = 1 << 30;
    for (int row = 0; row < 3; ++row) {
      const auto value = table->item(row, CategorizedStylePanel::ValueColumn)->text();
      const int count = table->item(row, CategorizedStylePanel::CountColumn)->text().toInt();
      QCOMPARE(count, counts.at(value));
      listed += count;
      smallest_listed = std::min(smallest_listed, count);
    }
    const int other = table->item(3, CategorizedStylePanel::CountColumn)->text().toInt();
    QCOMPARE(listed + other, static_cast<int>(townships().layer->features.size()));
    QVERIFY(other <= smallest_listed);  // the least frequent prefecture is the one left out
    QVERIFY2(dialog.style(), qPrintable(dialog.message_label()->text()));
    QCOMPARE(dialog.style()->rules.size(), std::size_t{4});
    QVERIFY(dialog.style()->rules.back().is_else);
    QCOMPARE(*ruralatlas::style::class_color(dialog.style()->rules.front().symbols.front()),
             (ruralatlas::style::Color{0x1f, 0x3a, 0x93}));
    // Another field starts over with its own values and the palette's colours.
    dialog.categorized()->field_box()->setCurrentText(QStringLiteral("county"));
    const auto county_counts = value_counts(*townships().layer, "county");
    QVERIFY(county_counts.size() > 8);  // more counties than Set2 has colours: the rest are "other"
    QCOMPARE(table->rowCount(), 9);
    for (int row = 0; row < 8; ++row)
      QCOMPARE(table->item(row, CategorizedStylePanel::CountColumn)->text().toInt(),
               county_counts.at(table->item(row, CategorizedStylePanel::ValueColumn)->text()));
    QVERIFY(dialog.message_label()->text().contains(QString::number(county_counts.size() - 8)));
    QVERIFY(dialog.apply_button()->isEnabled());
  }

  void categorized_townships_are_drawn_in_their_value_colours() {
    StyleDialog dialog(townships());
    choose_prefectures(dialog);
    dialog.labels()->field_box()->setCurrentIndex(0);  // no labels over the sampled fills
    QVERIFY(dialog.style());
    std::map<QString, QColor> colour_of;
    auto* table = dialog.categorized()->table();
    for (int row = 0; row < 3; ++row)
      colour_of[table->item(row, CategorizedStylePanel::ValueColumn)->text()] =
          table->item(row, CategorizedStylePanel::ColourColumn)->data(Qt::UserRole).value<QColor>();
    m_window->apply_style(layer_index(*m_window, "townships"), *dialog.style());
    QVERIFY(wait_for_render());

    const auto& render = m_window->canvas()->last_render();
    const auto& layer = *townships().layer;
    const auto pref = *layer.field_index("pref");
    std::map<QString, int> inside, matching;
    for (const auto& f : layer.features) {
      const auto& polygons = std::get<core::MultiPolygon>(f.geometry);
      if (polygons.empty()) continue;
      const auto pole = ruralatlas::render::pole_of_inaccessibility(polygons.front());
      if (pole.distance / render.viewport.units_per_px() < 4) continue;  // too thin to sample
      const auto px = render.viewport.to_px(pole.point, render.size_px);
      if (px.x() < 4 || px.y() < 4 || px.x() > render.size_px.width() - 4 || px.y() > render.size_px.height() - 4) continue;
      const auto value = QString::fromStdString(core::to_text(f.attributes[pref]));
      const auto expected = colour_of.count(value) ? colour_of[value] : kOtherGrey;
      ++inside[value];
      matching[value] += near_colour(render.image.pixelColor((px * render.image.devicePixelRatio()).toPoint()), expected, 10);
    }
    QCOMPARE(inside.size(), std::size_t{4});  // every class, "other" too, is sampled
    for (const auto& [value, n] : inside)
      QVERIFY2(n > 5 && matching[value] > n * 9 / 10,
               qPrintable(QStringLiteral("%1: %2 of %3 in its colour").arg(value).arg(matching[value]).arg(n)));
    QVERIFY(std::any_of(colour_of.begin(), colour_of.end(), [](const auto& c) { return c.second == kPicked; }));
  }

  void labels_appear_beside_the_townships_and_go_with_none() {
    StyleDialog dialog(townships());
    choose_prefectures(dialog);
    auto* labels = dialog.labels();
    labels->field_box()->setCurrentText(QStringLiteral("township"));
    labels->size_box()->setValue(9);
    labels->set_colour(kLabelInk);
    labels->halo_box()->setChecked(false);
    labels->scale_range_box()->setChecked(false);  // the layer's names show only from 1:600,000 in
    QVERIFY(dialog.style() && dialog.style()->labels);
    QVERIFY(!dialog.style()->labels->max_scale_denominator);
    const auto index = layer_index(*m_window, "townships");
    m_window->apply_style(index, *dialog.style());
    m_window->canvas()->zoom_by(3.0);  // townships a few labels wide
    QVERIFY(wait_for_render());
    const auto [ink, labelled] = label_pixels();
    const auto placed = m_window->canvas()->last_render().stats.labels_placed;
    qInfo("labels placed %zu, magenta pixels %zu, townships with magenta at their pole %d", placed, ink, labelled);
    QVERIFY(placed > 20);
    QVERIFY(ink > 20 * placed);
    QVERIFY2(labelled >= static_cast<int>(placed) * 3 / 4, qPrintable(QString::number(labelled)));

    labels->field_box()->setCurrentIndex(0);  // (none)
    QVERIFY(dialog.style() && !dialog.style()->labels);
    m_window->apply_style(index, *dialog.style());
    QVERIFY(wait_for_render());
    QCOMPARE(label_pixels().first, std::size_t{0});
    QCOMPARE(m_window->canvas()->last_render().stats.labels_placed, std::size_t{0});
    m_window->canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void saved_style_and_project_read_back_to_the_same_style() {
    StyleDialog dialog(townships());
    choose_prefectures(dialog);
    dialog.labels()->field_box()->setCurrentText(QStringLiteral("township"));
    dialog.labels()->size_box()->setValue(10.5);
    dialog.labels()->set_colour(kLabelInk);
    dialog.labels()->set_halo_colour(QColor(0xff, 0xff, 0xcc));
    QVERIFY(dialog.style());
    const auto chosen = *dialog.style();
    auto expect_same = [&chosen](const ruralatlas::style::LayerStyle& back) {
      QCOMPARE(back.renderer, ruralatlas::style::RendererKind::Categorized);
      QCOMPARE(back.field, std::string("pref"));
      QCOMPARE(back.rules.size(), chosen.rules.size());
      for (std::size_t i = 0; i < chosen.rules.size(); ++i) {
        QCOMPARE(back.rules[i].label, chosen.rules[i].label);
        QCOMPARE(back.rules[i].values, chosen.rules[i].values);
        QCOMPARE(back.rules[i].is_else, chosen.rules[i].is_else);
        QCOMPARE(*ruralatlas::style::class_color(back.rules[i].symbols.front()),
                 *ruralatlas::style::class_color(chosen.rules[i].symbols.front()));
      }
      QVERIFY(back.labels);
      QCOMPARE(back.labels->field, std::string("township"));
      QCOMPARE(back.labels->size_pt, 10.5);
      QCOMPARE(back.labels->color, (ruralatlas::style::Color{0xff, 0x00, 0xff}));
      QCOMPARE(back.labels->halo, std::optional(ruralatlas::style::Color{0xff, 0xff, 0xcc}));
      QCOMPARE(back.labels->max_scale_denominator, chosen.labels->max_scale_denominator);
    };

    // Save style…: the file reads back to the same classes, colours and labels.
    const auto style_file = m_dir / "townships_pref.yaml";
    QCOMPARE(dialog.save_style(QString::fromStdString(style_file.string())), QString());
    auto reread = ruralatlas::project::read_style_file(style_file);
    ruralatlas::project::bind_style(reread, *townships().layer, style_file);
    expect_same(reread);

    // File > Save: the project keeps it, in a new style file beside the project.
    m_window->apply_style(layer_index(*m_window, "townships"), chosen);
    const auto project_file = m_dir / "by_prefecture.yaml";
    QVERIFY(m_window->save_project_as(QString::fromStdString(project_file.string())));
    QVERIFY(std::filesystem::exists(m_dir / "by_prefecture-townships.style.yaml"));
    const auto reopened = ruralatlas::project::load_map(ruralatlas::project::read_project_file(project_file));
    for (const auto& layer : reopened.layers)
      if (layer.layer->name == "townships") return expect_same(layer.style);
    QFAIL("the saved project has no townships");
  }

  void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(StylePanelTest)
#include "style_panel_test.moc"
