// The desktop app driven as a user would, under QT_QPA_PLATFORM=offscreen: open the sample
// project, see its villages drawn, hide a layer, read scale and coordinates, zoom and pan,
// print the PDF and compare it with `ruralatlas render`'s, and open a broken project.
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest/QtTest>
#include <cmath>
#include <functional>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/value.hpp"
#include "gui/attribute_table_panel.hpp"
#include "gui/canvas_render_job.hpp"
#include "gui/feature_selection.hpp"
#include "gui/feature_table_model.hpp"
#include "gui/identify_panel.hpp"
#include "gui/coverage_dialog.hpp"
#include "gui/graduated_style_panel.hpp"
#include "gui/style_dialog.hpp"
#include "gui/interface_language.hpp"
#include "gui/layer_panel.hpp"
#include "render/legend_model.hpp"
#include "gui/project_load_job.hpp"
#include "gui/main_window.hpp"
#include "gui/map_canvas.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/join_preview.hpp"
#include "render/pole_of_inaccessibility.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::AttributeTablePanel;
using ruralatlas::gui::FeatureTableModel;
using ruralatlas::gui::IdentifyPanel;
using ruralatlas::gui::MainWindow;
using ruralatlas::gui::MapCanvas;
using ruralatlas::gui::LayerPanel;

namespace {

constexpr int kRenderTimeoutMs = 60000;
const QColor kFailingVillage(0xd7, 0x30, 0x1f);  // styles/villages_tap_water.yaml, 未达标 < 90%
const QColor kSelected(0x00, 0xe5, 0xff);          // the canvas's selection highlight
/// The indicator columns layers/villages.yaml joins from village_indicators.csv.
const QStringList kJoinedVillageColumns{"households",      "population",          "tap_water_hh",
                                        "tap_water_hh_pct", "safe_water_hh_pct",   "has_power_3ph",
                                        "poverty_incidence_pct", "road_to_town_hardened_count", "bus_to_vill_count"};

bool near_colour(QColor c, QColor target, int tolerance = 6) {
  return std::abs(c.red() - target.red()) <= tolerance && std::abs(c.green() - target.green()) <= tolerance &&
         std::abs(c.blue() - target.blue()) <= tolerance;
}

std::size_t count_colour(const QImage& image, QColor target) {
  std::size_t n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      if (near_colour(image.pixelColor(x, y), target)) ++n;
  return n;
}

/// The first page of `pdf` printed at 50 dpi by poppler.
QImage raster(const std::filesystem::path& pdf, const std::filesystem::path& prefix) {
  ruralatlas::test::run_shell("pdftoppm -r 50 -png -singlefile '" + pdf.string() + "' '" + prefix.string() + "'");
  QImage image(QString::fromStdString(prefix.string() + ".png"));
  return image.convertToFormat(QImage::Format_RGB32);
}

std::size_t layer_index(const MapCanvas& canvas, const std::string& name) {
  const auto& layers = canvas.map()->layers;
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].layer->name == name) return i;
  return layers.size();
}

/// Text of `column` in the identify table's row for `field`; empty if there is no such row.
QString identify_cell(const IdentifyPanel& panel, const QString& field, int column) {
  const auto* table = panel.table();
  for (int row = 0; row < table->rowCount(); ++row)
    if (table->item(row, IdentifyPanel::FieldColumn)->text() == field) return table->item(row, column)->text();
  return {};
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<MainWindow> m_window;
  MapCanvas* canvas() const { return m_window->canvas(); }

  bool wait_for_render() {
    // The layer panel's legend counts arrive from a worker too.
    return QTest::qWaitFor([this] { return canvas()->render_up_to_date() && !m_window->layer_panel()->legend_pending(); },
                           kRenderTimeoutMs);
  }

  /// Waits for the attribute table to show the rows of the filter typed and the sort asked for.
  bool wait_for_rows() {
    return QTest::qWaitFor([this] { return !m_window->attribute_table()->rows_pending(); }, kRenderTimeoutMs);
  }

  /// Failing villages inside the window, and how many of them show the failing red at their centre.
  std::pair<int, int> failing_villages_drawn() const {
    const auto& render = canvas()->last_render();
    const auto& villages = *canvas()->map()->layers[layer_index(*canvas(), "villages")].layer;
    const auto rate = *villages.field_index("tap_water_hh_pct");
    const auto dpr = render.image.devicePixelRatio();
    int inside = 0, red = 0;
    for (const auto& f : villages.features) {
      const auto value = ruralatlas::core::to_number(f.attributes[rate]);
      if (!value || *value >= 90) continue;
      const auto& point = std::get<ruralatlas::core::MultiPoint>(f.geometry).front();
      const auto px = render.viewport.to_px(point, render.size_px);
      if (px.x() < 4 || px.y() < 4 || px.x() > render.size_px.width() - 4 || px.y() > render.size_px.height() - 4)
        continue;
      ++inside;
      if (near_colour(render.image.pixelColor((px * dpr).toPoint()), kFailingVillage)) ++red;
    }
    return {inside, red};
  }

 private slots:
  void initTestCase() {
    QDir::setCurrent(QStringLiteral(RA_SOURCE_DIR));
    QStandardPaths::setTestModeEnabled(true);  // opened projects go to a test recent-projects list
    // Screenshots are taken in the language of the locale they are run under (LANG=zh_CN.UTF-8).
    if (qEnvironmentVariableIsSet("RA_GUI_SCREENSHOT"))
      ruralatlas::gui::install_interface_translation(*QCoreApplication::instance(), QLocale::system());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    m_window->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kRenderTimeoutMs));
    QVERIFY(wait_for_render());
  }

  void lists_layers_top_first_with_legend_counts() {
    auto* panel = m_window->layer_panel();
    QCOMPARE(panel->topLevelItemCount(), 5);
    QCOMPARE(panel->topLevelItem(0)->text(0), QStringLiteral("移民安置点"));
    // The villages' classes with their counts, checked against the data itself.
    const auto index = layer_index(*canvas(), "villages");
    const auto& villages = *canvas()->map()->layers[index].layer;
    const auto rate = *villages.field_index("tap_water_hh_pct");
    int failing = 0;
    for (const auto& f : villages.features)
      if (const auto v = ruralatlas::core::to_number(f.attributes[rate]); v && *v < 90) ++failing;
    QVERIFY(failing > 100);
    auto* item = panel->layer_item(index);
    QVERIFY(item);
    QCOMPARE(item->childCount(), 3);
    QCOMPARE(item->child(1)->text(0), QStringLiteral("未达标 < 90% (%1)").arg(failing));
    QVERIFY(!item->child(1)->icon(0).isNull());
  }

  void a_newer_map_replaces_a_legend_still_being_counted() {
    // A second map shown before the first one's legend is counted: only its classes appear.
    LayerPanel panel;
    const auto full = m_window->shown_map().map;
    auto first_two = std::make_shared<ruralatlas::project::LoadedMap>(*full);
    first_two->layers.resize(2);
    QSignalSpy shown(&panel, &LayerPanel::legend_shown);
    panel.show_map(full);
    panel.show_map(first_two);
    QVERIFY(panel.legend_pending());
    QVERIFY(shown.wait(kRenderTimeoutMs));
    QVERIFY(!panel.legend_pending());
    QCOMPARE(panel.topLevelItemCount(), 2);
    for (std::size_t i = 0; i < 2; ++i) {
      const ruralatlas::render::StyledLayer styled{first_two->layers[i].layer.get(), &first_two->layers[i].style};
      const auto legend = ruralatlas::render::build_legend({&styled, 1});
      int rows = 0;
      for (const auto& g : legend.groups)
        rows += static_cast<int>(g.items.size() + (g.nested_circles ? g.nested_circles->circles.size() : 0));
      QCOMPARE(panel.layer_item(i)->childCount(), rows);
    }
    QTest::qWait(200);  // the first map's run, if it finishes later, adds nothing
    QCOMPARE(shown.count(), 1);
    QCOMPARE(panel.topLevelItemCount(), 2);
  }

  void draws_failing_villages_in_red() {
    // Zoomed in to 1:~400,000, where village symbols seldom overlap.
    canvas()->zoom_by(4.0);
    QVERIFY(wait_for_render());
    const auto [inside, red] = failing_villages_drawn();
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
    QVERIFY2(inside > 50, qPrintable(QString::number(inside)));
    // A few sit under a relocation site, a county name or a neighbour's white outline.
    QVERIFY2(red >= inside * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(red).arg(inside)));
  }

  void hiding_a_layer_removes_it_from_the_map() {
    auto* item = m_window->layer_panel()->layer_item(layer_index(*canvas(), "villages"));
    QVERIFY(count_colour(canvas()->last_render().image, kFailingVillage) > 500);
    item->setCheckState(0, Qt::Unchecked);
    QVERIFY(wait_for_render());
    QCOMPARE(count_colour(canvas()->last_render().image, kFailingVillage), std::size_t{0});
    QCOMPARE(failing_villages_drawn().second, 0);
    item->setCheckState(0, Qt::Checked);
    QVERIFY(wait_for_render());
    QVERIFY(count_colour(canvas()->last_render().image, kFailingVillage) > 500);
  }

  void status_bar_shows_scale_and_coordinates() {
    // Full extent frames the counties with 4% to spare: 1:N = map units per pixel / (0.0254 m / dpi).
    auto extent = ruralatlas::core::empty_envelope();
    for (const auto& l : canvas()->map()->layers)
      if (l.layer->name == "counties") ruralatlas::core::expand(extent, l.layer->extent());
    const double w = extent.max_corner().x() - extent.min_corner().x();
    const double h = extent.max_corner().y() - extent.min_corner().y();
    const double units_per_px = std::max(w / canvas()->width(), h / canvas()->height()) * 1.04;
    const double expected = units_per_px / (0.0254 / canvas()->logicalDpiX());
    QVERIFY2(std::abs(canvas()->scale_denominator() / expected - 1) < 1e-9, qPrintable(QString::number(expected)));
    auto* scale = m_window->findChild<QLabel*>("scale_label");
    QVERIFY(scale->text().startsWith("1:"));
    const auto shown = scale->text().mid(2).remove(',').toDouble();
    QVERIFY2(std::abs(shown - expected) < 1, qPrintable(scale->text()));

    // EPSG:4544 is the Gauss-Kruger projection with central meridian 105°E and false easting
    // 500 km: everywhere on the line x = 500000 the longitude is exactly 105°.
    const auto centre = canvas()->to_widget({500000, 4000000});
    QVERIFY(canvas()->rect().contains(centre.toPoint()));
    QTest::mouseMove(canvas(), centre.toPoint());
    const auto under = canvas()->to_map(centre.toPoint());
    auto* xy = m_window->findChild<QLabel*>("map_xy_label");
    QCOMPARE(xy->text(), QStringLiteral("X %1  Y %2 (EPSG:4544)").arg(under.x(), 0, 'f', 0).arg(under.y(), 0, 'f', 0));
    const auto lon_lat = m_window->findChild<QLabel*>("lon_lat_label")->text();
    const QRegularExpression pattern(QStringLiteral("^([0-9.]+)°E  ([0-9.]+)°N$"));
    const auto match = pattern.match(lon_lat);
    QVERIFY2(match.hasMatch(), qPrintable(lon_lat));
    // Half a pixel off the meridian is at most this many degrees of longitude at 36°N.
    const double tolerance_deg = units_per_px / (111320 * std::cos(36.2 * M_PI / 180)) + 1e-5;
    QVERIFY2(std::abs(match.captured(1).toDouble() - 105.0) <= tolerance_deg, qPrintable(lon_lat));
    // 4,000 km north of the equator on the CGCS2000 ellipsoid: latitude 36.12 to 36.13°.
    QVERIFY2(std::abs(match.captured(2).toDouble() - 36.12) < 0.02, qPrintable(lon_lat));
  }

  void wheel_zooms_about_the_cursor_and_drag_pans() {
    const double before = canvas()->scale_denominator();
    const QPointF at(300, 200);
    const auto anchor = canvas()->to_map(at);
    QWheelEvent wheel(at, canvas()->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(canvas(), &wheel);
    QVERIFY(std::abs(canvas()->scale_denominator() * 1.25 / before - 1) < 1e-9);
    const auto still = canvas()->to_map(at);
    QVERIFY(std::abs(still.x() - anchor.x()) < 1e-6 && std::abs(still.y() - anchor.y()) < 1e-6);

    QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(300, 200));
    QTest::mouseMove(canvas(), QPoint(350, 260));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(350, 260));
    const auto dragged = canvas()->to_map(QPointF(350, 260));
    QVERIFY(std::abs(dragged.x() - anchor.x()) < 1e-6 && std::abs(dragged.y() - anchor.y()) < 1e-6);
    QVERIFY(wait_for_render());
    // The render on screen is of the view after the drag.
    const auto& render = canvas()->last_render();
    const auto rendered = render.viewport.to_map(QPointF(350, 260), render.size_px);
    QVERIFY(std::abs(rendered.x() - anchor.x()) < 1e-6 && std::abs(rendered.y() - anchor.y()) < 1e-6);

    canvas()->zoom_full_extent();
    QVERIFY(std::abs(canvas()->scale_denominator() / before - 1) < 1e-9);
    QVERIFY(wait_for_render());
  }

  void shift_drag_zooms_to_the_box() {
    const QPoint a(120, 90), b(420, 330);
    const auto box = map_box(a, b);
    QTest::mousePress(canvas(), Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(canvas(), b);
    QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::ShiftModifier, b);
    expect_framed(box);
    QVERIFY(wait_for_render());
    // The render shows that view.
    const auto& render = canvas()->last_render();
    const auto centre = render.viewport.to_map(QPointF(render.size_px.width() / 2, render.size_px.height() / 2),
                                               render.size_px);
    QVERIFY(std::abs(centre.x() - (box.min_corner().x() + box.max_corner().x()) / 2) < 1e-3);
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void zoom_box_tool_zooms_on_a_plain_drag_and_ignores_a_click() {
    m_window->findChild<QAction*>("zoom_box_tool")->trigger();
    const double before = units_per_px();
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(200, 200));
    QCOMPARE(units_per_px(), before);
    // Dragged up and left: the same box.
    const QPoint a(500, 400), b(300, 250);
    const auto box = map_box(a, b);
    QTest::mousePress(canvas(), Qt::LeftButton, {}, a);
    QTest::mouseMove(canvas(), b);
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, b);
    expect_framed(box);
    m_window->findChild<QAction*>("pan_tool")->trigger();
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void zoom_to_layer_frames_its_features() {
    const auto index = layer_index(*canvas(), "relocation_sites");
    const auto extent = canvas()->map()->layers[index].layer->extent();
    const auto menu = m_window->layer_panel()->layer_menu(index);
    auto* zoom = menu->findChild<QAction*>("zoom_to_layer");
    QVERIFY(zoom);
    zoom->trigger();
    expect_framed(extent);
    QVERIFY(wait_for_render());
    // Every relocation site is inside the window.
    for (const auto& f : canvas()->map()->layers[index].layer->features)
      QVERIFY(canvas()->rect().contains(canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(f.geometry).front()).toPoint()));
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void attribute_table_lists_features_with_joined_columns_marked() {
    auto* table = m_window->attribute_table();
    const auto index = layer_index(*canvas(), "villages");
    const auto& villages = *canvas()->map()->layers[index].layer;
    table->show_layer(index);
    auto* proxy = table->model();
    QCOMPARE(proxy->rowCount(), static_cast<int>(villages.features.size()));
    QCOMPARE(proxy->columnCount(), static_cast<int>(villages.fields.size()));
    QCOMPARE(table->count_text(), QStringLiteral("%1 of %1 features").arg(villages.features.size()));
    QStringList joined;
    for (int c = 0; c < proxy->columnCount(); ++c)
      if (proxy->headerData(c, Qt::Horizontal, FeatureTableModel::kJoinedRole).toBool()) {
        joined << proxy->headerData(c, Qt::Horizontal).toString();
        QVERIFY(proxy->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().endsWith("village_indicators.csv"));
      }
    QCOMPARE(joined, kJoinedVillageColumns);
    // Row 10 shows feature 10's values.
    const auto code = *villages.field_index("vill_code");
    QCOMPARE(proxy->index(10, static_cast<int>(code)).data().toString(),
             QString::fromStdString(ruralatlas::core::to_text(villages.features[10].attributes[code])));
  }

  void applied_join_adds_marked_columns_to_the_layer() {
    // The layer menu offers the join; the dialog's Apply hands MainWindow a previewed join.
    QVERIFY(m_window->layer_panel()->layer_menu(0)->findChild<QAction*>("join_table"));
    QVERIFY(m_window->layer_panel()->layer_menu(0)->findChild<QAction*>("style_layer"));
    const auto index = layer_index(*canvas(), "townships");
    const auto before = canvas()->map()->layers[index].layer;
    ruralatlas::project::TableJoinSpec join;
    join.table = std::filesystem::path(RA_SOURCE_DIR) / "sample-data/derived/township_indicators.csv";
    join.layer_keys = {"town_code"};
    join.table_keys = {"town_code"};
    const auto preview = ruralatlas::project::preview_join(*before, join);
    QCOMPARE(preview.report.matched, before->features.size());
    m_window->apply_join(index, join, preview);
    const auto& after = *canvas()->map()->layers[index].layer;
    QCOMPARE(after.fields.size(), before->fields.size() + 3);
    QStringList marked;
    for (const auto& f : canvas()->map()->layers[index].joined_fields) marked << QString::fromStdString(f.field);
    QCOMPARE(marked, (QStringList{"village_count", "households_sum", "tap_water_hh_rate_pct"}));
    // The attribute table shows the new columns, marked joined.
    auto* table = m_window->attribute_table();
    table->show_layer(index);
    const auto column = static_cast<int>(*after.field_index("tap_water_hh_rate_pct"));
    QVERIFY(table->model()->headerData(column, Qt::Horizontal, FeatureTableModel::kJoinedRole).toBool());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("%1 of %1 features matched").arg(after.features.size())));
    table->show_layer(layer_index(*canvas(), "villages"));  // as the next tests expect
  }

  void restyled_townships_are_drawn_in_their_class_colours() {
    // The workflow's restyle step: the joined township rate as a choropleth, through the panel.
    const auto index = layer_index(*canvas(), "townships");
    ruralatlas::gui::StyleDialog dialog(canvas()->map()->layers[index]);
    dialog.graduated()->field_box()->setCurrentText(QStringLiteral("tap_water_hh_rate_pct"));
    dialog.graduated()->method_box()->setCurrentIndex(dialog.graduated()->method_box()->findData(QStringLiteral("equal-interval")));
    dialog.graduated()->classes_box()->setValue(4);
    dialog.graduated()->ramp_box()->setCurrentIndex(dialog.graduated()->ramp_box()->findData(QStringLiteral("Blues")));
    QVERIFY2(dialog.style(), qPrintable(dialog.message_label()->text()));
    const auto style = *dialog.style();
    // Only the townships and counties shown, so their fills are what the pixels show; the
    // project's own style and layers come back afterwards, pass or fail (later tests print it).
    const auto original = canvas()->map()->layers[index].style;
    auto show_others = [this](bool shown) {
      for (const auto* other : {"roads", "villages", "relocation_sites"})
        m_window->layer_panel()->layer_item(layer_index(*canvas(), other))->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
    };
    struct Restore {
      std::function<void()> undo;
      ~Restore() { undo(); }
    } restore{[&] {
      m_window->apply_style(index, original);
      show_others(true);
      wait_for_render();
      m_window->attribute_table()->show_layer(layer_index(*canvas(), "villages"));  // as the next tests expect
    }};
    show_others(false);
    m_window->apply_style(index, style);
    QVERIFY(wait_for_render());
    const auto& render = canvas()->last_render();
    const auto& townships = *canvas()->map()->layers[index].layer;
    const auto rate = *townships.field_index("tap_water_hh_rate_pct");
    int inside = 0, matching = 0;
    for (const auto& f : townships.features) {
      const auto value = ruralatlas::core::to_number(f.attributes[rate]);
      const auto& polygons = std::get<ruralatlas::core::MultiPolygon>(f.geometry);
      if (!value || polygons.empty()) continue;
      const auto pole = ruralatlas::render::pole_of_inaccessibility(polygons.front());
      const auto px = render.viewport.to_px(pole.point, render.size_px);
      if (pole.distance / render.viewport.units_per_px() < 6) continue;  // too thin to sample
      if (px.x() < 4 || px.y() < 4 || px.x() > render.size_px.width() - 4 || px.y() > render.size_px.height() - 4) continue;
      const auto& rule = style.rules[style.classification->class_of(*value)];
      const auto fill = *std::get<ruralatlas::style::FillSymbol>(rule.symbols.front()).fill;
      ++inside;
      matching += near_colour(render.image.pixelColor((px * render.image.devicePixelRatio()).toPoint()), QColor(fill.r, fill.g, fill.b), 10);
    }
    QVERIFY(inside > 50);
    // (County and township names, drawn over the fills, cover a few of the sampled points.)
    QVERIFY2(matching > inside * 3 / 4, qPrintable(QStringLiteral("%1 of %2 in their class colour").arg(matching).arg(inside)));
  }

  void attribute_table_sorts_numbers_and_filters() {
    auto* table = m_window->attribute_table();
    const auto& villages = *canvas()->map()->layers[table->layer_index()].layer;
    const auto rate = static_cast<int>(*villages.field_index("tap_water_hh_pct"));
    double lowest = 1e9, highest = -1e9;
    for (const auto& f : villages.features)
      if (const auto v = ruralatlas::core::to_number(f.attributes[rate])) {
        lowest = std::min(lowest, *v);
        highest = std::max(highest, *v);
      }
    // As numbers: 100 after 99.5 (as text it would sort first).
    table->view()->sortByColumn(rate, Qt::DescendingOrder);
    QVERIFY(wait_for_rows());
    QCOMPARE(table->model()->index(0, rate).data().toString().toDouble(), highest);
    table->view()->sortByColumn(rate, Qt::AscendingOrder);
    QVERIFY(wait_for_rows());
    QCOMPARE(table->model()->index(0, rate).data().toString().toDouble(), lowest);
    // Villages without a rate after every number.
    const int rows = table->model()->rowCount();
    const auto blanks = std::count_if(villages.features.begin(), villages.features.end(),
                                      [&](const auto& f) { return !ruralatlas::core::to_number(f.attributes[rate]); });
    for (int row = 0; row < rows; ++row)
      QCOMPARE(table->model()->index(row, rate).data().toString().isEmpty(), row >= rows - blanks);

    // Filtering on a township's name keeps exactly the rows with a cell containing it.
    const QString town = QStringLiteral("王岘镇");
    int expected = 0;
    for (const auto& f : villages.features)
      expected += std::any_of(f.attributes.begin(), f.attributes.end(), [&](const auto& v) {
        return QString::fromStdString(ruralatlas::core::to_text(v)).contains(town);
      });
    QVERIFY(expected > 3);
    table->filter()->setText(town);
    QCOMPARE(table->count_text(), QStringLiteral("filtering…"));
    QVERIFY(wait_for_rows());
    QCOMPARE(table->model()->rowCount(), expected);
    QCOMPARE(table->count_text(), QStringLiteral("%1 of %2 features").arg(expected).arg(villages.features.size()));
    table->filter()->clear();
    QVERIFY(wait_for_rows());
    QCOMPARE(table->model()->rowCount(), static_cast<int>(villages.features.size()));
  }

  void selecting_rows_selects_on_the_map_and_zooms_to_them() {
    auto* table = m_window->attribute_table();
    const auto index = layer_index(*canvas(), "villages");
    table->show_layer(index);
    table->filter()->setText(QStringLiteral("王岘镇"));
    QVERIFY(wait_for_rows());
    auto* rows = table->view()->selectionModel();
    const auto proxy = table->model();
    rows->select(QItemSelection(proxy->index(0, 0), proxy->index(2, proxy->columnCount() - 1)),
                 QItemSelectionModel::ClearAndSelect);
    std::vector<std::size_t> chosen{table->feature_of_row(0), table->feature_of_row(1), table->feature_of_row(2)};
    std::sort(chosen.begin(), chosen.end());
    QCOMPARE(m_window->selection()->layer_index(), std::optional<std::size_t>(index));
    QCOMPARE(m_window->selection()->features(), chosen);
    // The map frames the three villages (at least 1 km across) and shows them highlighted.
    const auto& villages = *canvas()->map()->layers[index].layer;
    auto extent = ruralatlas::core::empty_envelope();
    for (const auto i : chosen) ruralatlas::core::expand(extent, ruralatlas::core::envelope_of(villages.features[i].geometry));
    expect_framed(extent);
    QVERIFY(wait_for_render());
    const auto shown = canvas()->grab().toImage();
    for (const auto i : chosen) {
      const auto at = canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(villages.features[i].geometry).front());
      QVERIFY(near_colour(shown.pixelColor((at * shown.devicePixelRatio()).toPoint()), kSelected, 10));
    }
    table->filter()->clear();
    QVERIFY(wait_for_rows());
    // Clearing the filter keeps the selection.
    QCOMPARE(static_cast<std::size_t>(rows->selectedRows().size()), chosen.size());
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void selecting_on_the_map_selects_the_row() {
    auto* table = m_window->attribute_table();
    table->show_layer(layer_index(*canvas(), "counties"));
    m_window->findChild<QAction*>("identify_tool")->trigger();
    canvas()->zoom_by(4.0);
    QVERIFY(wait_for_render());
    const auto villages_index = layer_index(*canvas(), "villages");
    const auto& villages = *canvas()->map()->layers[villages_index].layer;
    const auto index = isolated_village(20);
    QVERIFY(index < villages.features.size());
    QTest::mouseClick(canvas(), Qt::LeftButton, {},
                      canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(villages.features[index].geometry).front()).toPoint());
    // The table turned to the villages with that one row selected.
    QCOMPARE(table->layer_index(), villages_index);
    const auto selected = table->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(table->feature_of_row(selected.front().row()), index);
    // Its row is numbered with the feature id the identify panel shows.
    QCOMPARE(table->model()->headerData(selected.front().row(), Qt::Vertical).toLongLong(), villages.features[index].fid);
    m_window->findChild<QAction*>("pan_tool")->trigger();
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void exported_pdf_equals_the_cli_render() {
    ruralatlas::test::TempDir dir;
    const auto gui_pdf = dir / "from the window.pdf";
    QSignalSpy exported(m_window.get(), &MainWindow::map_exported);
    QSignalSpy failed(m_window.get(), &MainWindow::map_export_failed);
    m_window->export_map_file(QString::fromStdString(gui_pdf.string()));
    QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kRenderTimeoutMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const auto cli = ruralatlas::test::run_cli(
        {"render", "projects/tap_water.yaml", "--out", (dir / "cli").string(), "--format", "pdf", "--quiet"});
    QCOMPARE(cli.exit_code, 0);
    const auto cli_pdf = dir / "cli" / "tap_water.pdf";
    // Nothing but the PDF is left in the folder (the staging folder is gone).
    QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2);
    const auto info = ruralatlas::test::run_shell("pdfinfo '" + gui_pdf.string() + "'").out;
    QVERIFY2(std::regex_search(info, std::regex("\nPages: +1\n")), info.c_str());
    const auto gui_text = ruralatlas::test::run_shell("pdftotext '" + gui_pdf.string() + "' -").out;
    QVERIFY(gui_text.find("行政村自来水入户率") != std::string::npos);
    QCOMPARE(gui_text, ruralatlas::test::run_shell("pdftotext '" + cli_pdf.string() + "' -").out);
    // The same document: equal size, and the same picture when printed. (Not byte for byte: Qt
    // numbers the embedded fonts in the order the process first used them, and the window
    // has drawn labels before.)
    QCOMPARE(std::filesystem::file_size(gui_pdf), std::filesystem::file_size(cli_pdf));
    QCOMPARE(raster(gui_pdf, dir / "gui"), raster(cli_pdf, dir / "cli_page"));
  }

  void exported_png_equals_the_cli_png_and_svg_has_the_title() {
    ruralatlas::test::TempDir dir;
    auto export_to = [&](const std::filesystem::path& file) {
      QSignalSpy exported(m_window.get(), &MainWindow::map_exported);
      QSignalSpy failed(m_window.get(), &MainWindow::map_export_failed);
      m_window->export_map_file(QString::fromStdString(file.string()));
      if (!QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kRenderTimeoutMs)) return QStringLiteral("timeout");
      return failed.isEmpty() ? QString() : failed.value(0).value(1).toString();
    };
    QCOMPARE(export_to(dir / "map.PNG"), QString());
    const auto cli = ruralatlas::test::run_cli(
        {"render", "projects/tap_water.yaml", "--out", (dir / "cli").string(), "--format", "png", "--quiet"});
    QCOMPARE(cli.exit_code, 0);
    const QImage gui_png(QString::fromStdString((dir / "map.PNG").string()));
    const QImage cli_png(QString::fromStdString((dir / "cli" / "tap_water.png").string()));
    QVERIFY(!gui_png.isNull());
    QCOMPARE(gui_png.size(), cli_png.size());  // A3 landscape at 150 dpi
    QVERIFY(gui_png.convertToFormat(QImage::Format_RGB32) == cli_png.convertToFormat(QImage::Format_RGB32));

    QCOMPARE(export_to(dir / "map.svg"), QString());
    QFile svg(QString::fromStdString((dir / "map.svg").string()));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const auto svg_text = QString::fromUtf8(svg.readAll());
    QVERIFY(svg_text.contains(QStringLiteral("<svg")));
    QVERIFY(svg_text.contains(QStringLiteral("行政村自来水入户率")));

    // Neither a PDF, PNG nor SVG: refused with the reason, nothing written.
    const auto refused = export_to(dir / "map.jpg");
    QVERIFY2(refused.contains(QStringLiteral(".pdf, .png or .svg")), qPrintable(refused));
    QVERIFY(!std::filesystem::exists(dir / "map.jpg"));
    if (m_window->error_box()) m_window->error_box()->close();
  }

  void exported_pdf_leaves_out_hidden_layers() {
    ruralatlas::test::TempDir dir;
    auto* villages = m_window->layer_panel()->layer_item(layer_index(*canvas(), "villages"));
    villages->setCheckState(0, Qt::Unchecked);
    const auto gui_pdf = dir / "shown.pdf";
    QSignalSpy exported(m_window.get(), &MainWindow::map_exported);
    QSignalSpy failed(m_window.get(), &MainWindow::map_export_failed);
    m_window->export_map_file(QString::fromStdString(gui_pdf.string()));
    QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kRenderTimeoutMs));
    villages->setCheckState(0, Qt::Checked);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const auto cli = ruralatlas::test::run_cli(
        {"render", "projects/tap_water.yaml", "--out", (dir / "cli").string(), "--format", "pdf", "--quiet"});
    QCOMPARE(cli.exit_code, 0);
    const auto cli_pdf = dir / "cli" / "tap_water.pdf";
    // The project prints the villages' legend and red dots; the window's print has neither.
    const auto gui_text = ruralatlas::test::run_shell("pdftotext '" + gui_pdf.string() + "' -").out;
    const auto cli_text = ruralatlas::test::run_shell("pdftotext '" + cli_pdf.string() + "' -").out;
    QVERIFY(cli_text.find("未达标") != std::string::npos);
    QVERIFY(gui_text.find("未达标") == std::string::npos);
    QVERIFY(gui_text.find("行政村自来水入户率") != std::string::npos);
    QVERIFY(count_colour(raster(cli_pdf, dir / "cli_page"), kFailingVillage) > 100);
    QCOMPARE(count_colour(raster(gui_pdf, dir / "gui_page"), kFailingVillage), std::size_t{0});
  }

  void superseded_load_stops_before_its_next_layer() {
    QStringList steps;
    const auto outcome = ruralatlas::gui::load_project_map(
        QStringLiteral("projects/tap_water.yaml"),
        {[&steps] { return !steps.isEmpty(); }, [&steps](const QString& step) { steps << step; }});
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.map);
    QVERIFY(outcome.error.isEmpty());
    // Only the first layer file was read.
    QCOMPARE(steps, QStringList{"reading counties"});
  }

  void opening_again_before_a_load_ends_shows_only_the_last() {
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    QSignalSpy failed(m_window.get(), &MainWindow::project_failed);
    m_window->open_project(QStringLiteral("projects/road_access.yaml"));
    m_window->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kRenderTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.front().front().toString(), QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(failed.isEmpty());
    QCOMPARE(QString::fromStdString(canvas()->map()->spec.name), QStringLiteral("tap_water"));
    QVERIFY(wait_for_render());
  }

  void superseded_render_is_cancelled() {
    ruralatlas::gui::CanvasRenderRequest request;
    request.map = std::shared_ptr<const ruralatlas::project::LoadedMap>(std::shared_ptr<void>{}, canvas()->map());
    request.layer_visible.assign(request.map->layers.size(), true);
    request.viewport = canvas()->last_render().viewport;
    request.size_px = canvas()->last_render().size_px;
    // A new view of the same layers lets the running render finish; other layers or another map do not.
    auto next = request;
    next.viewport.zoom_at(QPointF(10, 10), 2.0, next.size_px);
    QVERIFY(!ruralatlas::gui::supersedes(next, request));
    next.layer_visible.back() = false;
    QVERIFY(ruralatlas::gui::supersedes(next, request));
    next = request;
    next.map = std::make_shared<ruralatlas::project::LoadedMap>(*canvas()->map());
    QVERIFY(ruralatlas::gui::supersedes(next, request));
    // A cancelled render stops before drawing a layer and is not for showing.
    const auto full = ruralatlas::gui::render_canvas(request);
    QVERIFY(!full.cancelled && full.stats.features_drawn > 1000);
    request.cancel->store(true);
    const auto stopped = ruralatlas::gui::render_canvas(request);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.stats.features_drawn, std::size_t{0});
  }

  void a_long_render_hands_over_the_map_layer_by_layer() {
    ruralatlas::gui::CanvasRenderRequest request;
    request.map = std::shared_ptr<const ruralatlas::project::LoadedMap>(std::shared_ptr<void>{}, canvas()->map());
    request.layer_visible.assign(request.map->layers.size(), true);
    request.viewport = canvas()->last_render().viewport;
    request.size_px = canvas()->last_render().size_px;
    request.partial_every_ms = 0;  // every layer, as a render of national layers does every 300 ms
    std::vector<ruralatlas::gui::CanvasImage> partials;
    const auto final_image = ruralatlas::gui::render_canvas(request, [&](auto so_far) { partials.push_back(std::move(so_far)); });
    QVERIFY(!final_image.partial && !final_image.cancelled);
    // One before each layer: blank first, then ever more drawn, none of it yet the labels.
    QCOMPARE(partials.size(), request.map->layers.size());
    const auto inked = [](const QImage& image) {
      std::size_t n = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) n += image.pixel(x, y) != qRgb(255, 255, 255);
      return n;
    };
    QCOMPARE(inked(partials.front().image), std::size_t{0});
    std::size_t before = 0;
    for (const auto& p : partials) {
      QVERIFY(p.partial);
      QCOMPARE(p.generation, request.generation);
      const auto now = inked(p.image);
      QVERIFY(now >= before);
      before = now;
    }
    // The top layer and the labels (with white halos, so not simply more ink) came last.
    QVERIFY(final_image.image != partials.back().image);
  }

  QStringList layer_names() const {
    QStringList names;
    for (const auto& l : canvas()->map()->layers) names << QString::fromStdString(l.layer->name);
    return names;
  }

  void trigger_layer_menu(const std::string& layer, const char* action) {
    const auto menu = m_window->layer_panel()->layer_menu(layer_index(*canvas(), layer));
    auto* item = menu->findChild<QAction*>(action);
    QVERIFY(item && item->isEnabled());
    item->trigger();
  }

  void layers_move_up_and_down() {
    QCOMPARE(layer_names(), (QStringList{"counties", "townships", "roads", "villages", "relocation_sites"}));
    // Hidden layers stay hidden when others move.
    m_window->layer_panel()->layer_item(layer_index(*canvas(), "roads"))->setCheckState(0, Qt::Unchecked);
    // The counties' opaque paper fill moved above the villages hides them.
    for (int i = 0; i < 3; ++i) trigger_layer_menu("counties", "move_layer_up");
    QCOMPARE(layer_names(), (QStringList{"townships", "roads", "villages", "counties", "relocation_sites"}));
    QCOMPARE(m_window->layer_panel()->topLevelItem(1)->text(0), QStringLiteral("县区界"));
    QVERIFY(!canvas()->layer_visible(layer_index(*canvas(), "roads")));
    QCOMPARE(m_window->layer_panel()->layer_item(layer_index(*canvas(), "roads"))->checkState(0), Qt::Unchecked);
    QVERIFY(wait_for_render());
    // (A few village symbols outside the county outlines still show at the edges.)
    const auto [inside, red] = failing_villages_drawn();
    QVERIFY(inside > 500);
    QCOMPARE(red, 0);
    for (int i = 0; i < 3; ++i) trigger_layer_menu("counties", "move_layer_down");
    QCOMPARE(layer_names(), (QStringList{"counties", "townships", "roads", "villages", "relocation_sites"}));
    QVERIFY(wait_for_render());
    QVERIFY(count_colour(canvas()->last_render().image, kFailingVillage) > 500);
    // The bottom layer cannot go lower.
    const auto menu = m_window->layer_panel()->layer_menu(0);
    QVERIFY(!menu->findChild<QAction*>("move_layer_down")->isEnabled());
    m_window->layer_panel()->layer_item(layer_index(*canvas(), "roads"))->setCheckState(0, Qt::Checked);
  }

  void dragging_a_layer_in_the_panel_reorders_the_map() {
    auto* panel = m_window->layer_panel();
    auto* counties = panel->layer_item(layer_index(*canvas(), "counties"));
    auto* villages = panel->layer_item(layer_index(*canvas(), "villages"));
    panel->setCurrentItem(counties);
    std::unique_ptr<QMimeData> mime(panel->model()->mimeData({panel->indexFromItem(counties)}));
    const auto at = panel->visualItemRect(villages).center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(panel->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(panel->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(panel->viewport(), &drop);
    QTRY_COMPARE(layer_names(), (QStringList{"townships", "roads", "villages", "counties", "relocation_sites"}));
    trigger_layer_menu("counties", "move_layer_down");
    trigger_layer_menu("counties", "move_layer_down");
    trigger_layer_menu("counties", "move_layer_down");
    QCOMPARE(layer_names(), (QStringList{"counties", "townships", "roads", "villages", "relocation_sites"}));
  }

  void removing_a_layer_takes_it_off_the_map() {
    trigger_layer_menu("villages", "remove_layer");
    QCOMPARE(layer_names(), (QStringList{"counties", "townships", "roads", "relocation_sites"}));
    QCOMPARE(m_window->layer_panel()->topLevelItemCount(), 4);
    QVERIFY(wait_for_render());
    QCOMPARE(count_colour(canvas()->last_render().image, kFailingVillage), std::size_t{0});
  }

  void dropping_a_vector_file_adds_it_on_top() {
    const auto clinics = QDir(QStringLiteral(RA_SOURCE_DIR)).filePath("sample-data/clinics.shp");
    const auto info = ruralatlas::test::run_shell("ogrinfo -so -al '" + clinics.toStdString() + "'").out;
    std::smatch count;
    QVERIFY(std::regex_search(info, count, std::regex("Feature Count: ([0-9]+)")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(clinics)});
    QSignalSpy added(m_window.get(), &MainWindow::layers_added);
    QDragEnterEvent enter(QPoint(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(added.wait(kRenderTimeoutMs));
    QCOMPARE(added.front().front().toInt(), 1);
    QCOMPARE(layer_names().last(), QStringLiteral("clinics"));
    const auto& layer = *canvas()->map()->layers.back().layer;
    QCOMPARE(layer.features.size(), std::stoul(count[1].str()));
    QCOMPARE(m_window->layer_panel()->topLevelItem(0)->text(0), QStringLiteral("clinics"));
    // In the map CRS, drawn in the default ink at each clinic inside the window.
    QCOMPARE(layer.crs.epsg, std::optional<int>(4544));
    QVERIFY(wait_for_render());
    const auto& render = canvas()->last_render();
    const QColor ink(0x2b, 0x4a, 0x6f);
    std::vector<QPointF> at;
    for (const auto& f : layer.features)
      at.push_back(render.viewport.to_px(std::get<ruralatlas::core::MultiPoint>(f.geometry).front(), render.size_px));
    // Only clinics clear of the others: a neighbour's white edge may cross a crowded one.
    int inside = 0, inked = 0;
    for (const auto& px : at) {
      if (!QRectF(QPointF(4, 4), render.size_px - QSizeF(8, 8)).contains(px)) continue;
      if (std::count_if(at.begin(), at.end(), [&](const QPointF& o) { return QLineF(px, o).length() < 6; }) > 1) continue;
      ++inside;
      inked += near_colour(render.image.pixelColor((px * render.image.devicePixelRatio()).toPoint()), ink, 12);
    }
    QVERIFY(inside > 10);
    // Labels are drawn above every layer and cover a few.
    QVERIFY2(inked >= inside * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(inked).arg(inside)));
  }

  void adding_an_unreadable_file_says_which() {
    ruralatlas::test::TempDir dir;
    const auto bad = dir / "not_a_map.shp";
    std::ofstream(bad) << "this is not a shapefile";
    const auto before = layer_names();
    QSignalSpy added(m_window.get(), &MainWindow::layers_added);
    m_window->add_layer_files({QString::fromStdString(bad.string())});
    QVERIFY(added.wait(kRenderTimeoutMs));
    QCOMPARE(added.front().front().toInt(), 0);
    QCOMPARE(layer_names(), before);
    auto* box = m_window->error_box();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->detailedText().contains("not_a_map.shp") || box->informativeText().contains("not_a_map.shp"),
             qPrintable(box->informativeText()));
    box->close();
    // Back to the project as saved, for the tests after.
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    m_window->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kRenderTimeoutMs));
    QVERIFY(wait_for_render());
  }

  void broken_project_shows_an_error_and_keeps_the_window() {
    ruralatlas::test::TempDir dir;
    const auto broken = dir / "broken.yaml";
    std::ofstream(broken) << "name: broken\ntitle: x\nmap_crs: EPSG:4544\nlayout: ../nope.yaml\nlayers:\n"
                          << "  - layer: missing_layer.yaml\n    style: missing_style.yaml\n";
    const auto* map_before = canvas()->map();
    QSignalSpy failed(m_window.get(), &MainWindow::project_failed);
    m_window->open_project(QString::fromStdString(broken.string()));
    QVERIFY(failed.wait(kRenderTimeoutMs));
    auto* box = m_window->error_box();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains("broken.yaml"), qPrintable(box->text()));
    QVERIFY2(!box->informativeText().isEmpty(), qPrintable(box->informativeText()));
    // The window and the map it had are still there and still work.
    QVERIFY(m_window->isVisible());
    QCOMPARE(canvas()->map(), map_before);
    canvas()->zoom_by(2.0);
    QVERIFY(wait_for_render());
    box->close();
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  double units_per_px() const { return canvas()->to_map(QPointF(1, 0)).x() - canvas()->to_map(QPointF(0, 0)).x(); }

  /// The canvas frames `extent` as full extent does: centred, with 4% to spare on its tighter side.
  void expect_framed(const ruralatlas::core::Envelope& extent) {
    const double w = extent.max_corner().x() - extent.min_corner().x();
    const double h = extent.max_corner().y() - extent.min_corner().y();
    const double expected = std::max(w / canvas()->width(), h / canvas()->height()) * 1.04;
    QVERIFY2(std::abs(units_per_px() / expected - 1) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(units_per_px()).arg(expected)));
    const auto centre = canvas()->to_map(QPointF(canvas()->width() / 2.0, canvas()->height() / 2.0));
    QVERIFY(std::abs(centre.x() - (extent.min_corner().x() + extent.max_corner().x()) / 2) < 1e-6 * w);
    QVERIFY(std::abs(centre.y() - (extent.min_corner().y() + extent.max_corner().y()) / 2) < 1e-6 * h);
  }

  /// The map box under the widget pixels `a` to `b`.
  ruralatlas::core::Envelope map_box(QPoint a, QPoint b) const {
    const auto p = canvas()->to_map(a), q = canvas()->to_map(b);
    return {{std::min(p.x(), q.x()), std::min(p.y(), q.y())}, {std::max(p.x(), q.x()), std::max(p.y(), q.y())}};
  }

  /// Index of a village at least `room_px` from every other village and relocation site on
  /// screen, well inside the canvas: a click on it can only mean this one.
  std::size_t isolated_village(double room_px) const {
    const auto& layers = canvas()->map()->layers;
    std::vector<QPointF> others;
    for (const auto& name : {"villages", "relocation_sites"})
      for (const auto& f : layers[layer_index(*canvas(), name)].layer->features)
        others.push_back(canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(f.geometry).front()));
    const auto& villages = layers[layer_index(*canvas(), "villages")].layer->features;
    const auto inner = QRectF(canvas()->rect()).adjusted(40, 40, -40, -40);
    for (std::size_t i = 0; i < villages.size(); ++i) {
      const auto px = others[i];
      if (!inner.contains(px)) continue;
      std::size_t near = 0;
      for (const auto& o : others)
        if (QLineF(px, o).length() < room_px) ++near;
      if (near == 1) return i;  // itself
    }
    return villages.size();
  }

  void identify_click_shows_attributes_and_selects() {
    m_window->findChild<QAction*>("identify_tool")->trigger();
    canvas()->zoom_by(4.0);
    QVERIFY(wait_for_render());
    const auto villages_index = layer_index(*canvas(), "villages");
    const auto& villages = *canvas()->map()->layers[villages_index].layer;
    const auto index = isolated_village(20);
    QVERIFY(index < villages.features.size());
    const auto& village = villages.features[index];
    const auto at = canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(village.geometry).front()).toPoint();
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at);

    // The dock lists this village's own and joined attributes, as the data holds them.
    auto* panel = m_window->identify_panel();
    QVERIFY2(panel->heading().endsWith(QStringLiteral("feature %1").arg(village.fid)), qPrintable(panel->heading()));
    QCOMPARE(panel->table()->rowCount(), static_cast<int>(villages.fields.size()));
    for (const auto& field : {"vill_code", "tap_water_hh_pct", "households"}) {
      const auto value = ruralatlas::core::to_text(village.attributes[*villages.field_index(field)]);
      QVERIFY(!value.empty());
      QCOMPARE(identify_cell(*panel, field, IdentifyPanel::ValueColumn), QString::fromStdString(value));
    }
    QCOMPARE(identify_cell(*panel, "vill_code", IdentifyPanel::FromColumn), QStringLiteral("layer"));
    QStringList joined;
    for (int row = 0; row < panel->table()->rowCount(); ++row)
      if (const auto* from = panel->table()->item(row, IdentifyPanel::FromColumn); from->text() == "joined") {
        QVERIFY2(from->toolTip().endsWith("sample-data/village_indicators.csv"), qPrintable(from->toolTip()));
        joined << panel->table()->item(row, IdentifyPanel::FieldColumn)->text();
      }
    QCOMPARE(joined, kJoinedVillageColumns);

    // Selected, and drawn in the highlight colour where the village is.
    auto* selection = m_window->selection();
    QCOMPARE(selection->layer_index(), std::optional<std::size_t>(villages_index));
    QCOMPARE(selection->features(), std::vector<std::size_t>{index});
    const auto shown = canvas()->grab().toImage();
    const auto dpr = shown.devicePixelRatio();
    QVERIFY2(near_colour(shown.pixelColor((QPointF(at) * dpr).toPoint()), kSelected, 10),
             qPrintable(shown.pixelColor((QPointF(at) * dpr).toPoint()).name()));
    QCOMPARE(count_colour(canvas()->last_render().image, kSelected), std::size_t{0});
    canvas()->zoom_full_extent();
    QVERIFY(wait_for_render());
  }

  void identify_hits_the_topmost_visible_layer() {
    // With the point and line layers hidden, a click inside a township identifies the
    // township (drawn above the counties), not the county around it.
    const auto townships_index = layer_index(*canvas(), "townships");
    std::vector<QTreeWidgetItem*> hidden;
    for (const auto& name : {"villages", "roads", "relocation_sites"}) {
      hidden.push_back(m_window->layer_panel()->layer_item(layer_index(*canvas(), name)));
      hidden.back()->setCheckState(0, Qt::Unchecked);
    }
    const auto at = canvas()->rect().center();
    const auto p = canvas()->to_map(at);
    const auto& townships = *canvas()->map()->layers[townships_index].layer;
    std::vector<std::size_t> covering;
    for (std::size_t i = 0; i < townships.features.size(); ++i)
      if (ruralatlas::core::bg::covered_by(p, std::get<ruralatlas::core::MultiPolygon>(townships.features[i].geometry)))
        covering.push_back(i);
    QCOMPARE(covering.size(), std::size_t{1});
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->selection()->layer_index(), std::optional<std::size_t>(townships_index));
    QCOMPARE(m_window->selection()->features(), covering);
    QVERIFY(m_window->identify_panel()->heading().endsWith(
        QStringLiteral("feature %1").arg(townships.features[covering.front()].fid)));

    // Outside every county: nothing identified, the selection cleared.
    const QPoint corner(3, 3);
    const auto outside = canvas()->to_map(corner);
    for (const auto& f : canvas()->map()->layers[layer_index(*canvas(), "counties")].layer->features)
      QVERIFY(!ruralatlas::core::bg::covered_by(outside, std::get<ruralatlas::core::MultiPolygon>(f.geometry)));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, corner);
    QVERIFY(m_window->selection()->empty());
    QCOMPARE(m_window->identify_panel()->table()->rowCount(), 0);

    for (auto* item : hidden) item->setCheckState(0, Qt::Checked);
    m_window->findChild<QAction*>("pan_tool")->trigger();
    QVERIFY(wait_for_render());
  }

  void coverage_result_is_added_on_top_with_its_style() {
    QVERIFY(m_window->findChild<QAction*>("coverage")->isEnabled());
    const auto villages = canvas()->map()->layers[layer_index(*canvas(), "villages")].layer;
    const auto roads = canvas()->map()->layers[layer_index(*canvas(), "roads")].layer;
    ruralatlas::project::LayerCoverageSpec spec;
    spec.within_m = 500;
    const auto coverage = ruralatlas::project::measure_layer_coverage(*villages, *roads, spec);
    ruralatlas::project::MapLayer layer;
    layer.layer = std::make_shared<const ruralatlas::core::Layer>(coverage.layer);
    layer.style = ruralatlas::gui::coverage_style(coverage.layer, spec, spec.within_m);
    const auto before = canvas()->map()->layers.size();
    m_window->add_analysis_layer(layer);
    QCOMPARE(canvas()->map()->layers.size(), before + 1);
    QVERIFY(wait_for_render());
    // The villages beyond 500 m are red on top of everything.
    const auto& render = canvas()->last_render();
    const auto covered = *coverage.layer.field_index("covered");
    int beyond = 0, red = 0;
    for (const auto& f : coverage.layer.features) {
      if (ruralatlas::core::to_number(f.attributes[covered]) != 0.0) continue;
      const auto px = render.viewport.to_px(std::get<ruralatlas::core::MultiPoint>(f.geometry).front(), render.size_px);
      if (px.x() < 4 || px.y() < 4 || px.x() > render.size_px.width() - 4 || px.y() > render.size_px.height() - 4) continue;
      ++beyond;
      // Small markers at this scale: red within a pixel of the centre (labels and halos drawn
      // over the map cover a few).
      const auto centre = (px * render.image.devicePixelRatio()).toPoint();
      bool found = false;
      for (int dy = -1; dy <= 1 && !found; ++dy)
        for (int dx = -1; dx <= 1 && !found; ++dx)
          found = near_colour(render.image.pixelColor(centre + QPoint(dx, dy)), kFailingVillage, 12);
      red += found;
    }
    QVERIFY(beyond > 50);
    QVERIFY2(red > beyond * 8 / 10, qPrintable(QStringLiteral("%1 of %2 red").arg(red).arg(beyond)));
    trigger_layer_menu(coverage.layer.name, "remove_layer");
    QCOMPARE(canvas()->map()->layers.size(), before);
    QVERIFY(wait_for_render());
  }

  void closing_a_window_while_it_draws_waits_for_the_worker() {
    // Before: the render went on after the window was gone and the process crashed on exit.
    auto second = std::make_unique<MainWindow>();
    second->resize(800, 600);
    second->show();
    QSignalSpy opened(second.get(), &MainWindow::project_opened);
    second->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kRenderTimeoutMs));
    second->findChild<MapCanvas*>()->zoom_by(2.0);  // a render starts
    second.reset();
    QVERIFY(true);
  }

  void atlas_prints_a_page_per_township_and_cancels_cleanly() {
    MainWindow atlas_window;
    QSignalSpy opened(&atlas_window, &MainWindow::project_opened);
    atlas_window.open_project(QStringLiteral("projects/tap_water_atlas.yaml"));
    QVERIFY(opened.wait(kRenderTimeoutMs));
    QVERIFY(atlas_window.findChild<QAction*>("export_atlas")->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>("export_atlas")->isEnabled());  // tap_water.yaml has no atlas
    ruralatlas::test::TempDir dir;

    // Cancelled at its first page: nothing written, not even the staging folder.
    QSignalSpy cancelled(&atlas_window, &MainWindow::atlas_cancelled);
    atlas_window.export_atlas_file(QString::fromStdString((dir / "cancelled.pdf").string()));
    atlas_window.cancel_atlas();
    QVERIFY(cancelled.wait(kRenderTimeoutMs));
    QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 0);

    QSignalSpy exported(&atlas_window, &MainWindow::atlas_exported);
    QSignalSpy failed(&atlas_window, &MainWindow::atlas_export_failed);
    const auto pdf = dir / "townships.pdf";
    atlas_window.export_atlas_file(QString::fromStdString(pdf.string()));
    QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, 10 * kRenderTimeoutMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const auto townships = ruralatlas::io::read_vector_layer(std::filesystem::path(RA_SOURCE_DIR) / "sample-data/townships.shp").layer;
    QCOMPARE(exported.value(0).value(1).toInt(), static_cast<int>(townships.features.size()));
    const auto info = ruralatlas::test::run_shell("pdfinfo '" + pdf.string() + "'").out;
    QVERIFY2(std::regex_search(info, std::regex("\nPages: +" + std::to_string(townships.features.size()) + "\n")), info.c_str());
    // Page 5 is titled with a township of the data.
    const auto page5 = ruralatlas::test::run_shell("pdftotext -f 5 -l 5 '" + pdf.string() + "' -").out;
    const auto name = *townships.field_index("township");
    QVERIFY(std::any_of(townships.features.begin(), townships.features.end(), [&](const auto& f) {
      return page5.find(std::get<std::string>(f.attributes[name])) != std::string::npos;
    }));
    QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
  }

  void screenshot_when_asked() {
    // RA_GUI_SCREENSHOT=path.png saves the window as the README shows it: a village
    // identified (attributes in the dock, highlighted on the map).
    const auto path = qEnvironmentVariable("RA_GUI_SCREENSHOT");
    if (path.isEmpty()) QSKIP("set RA_GUI_SCREENSHOT to save a screenshot");
    m_window->resize(1400, 900);
    QVERIFY(QTest::qWaitFor([this] { return m_window->width() == 1400; }));
    canvas()->zoom_by(2.0);
    QVERIFY(wait_for_render());
    const auto& villages = *canvas()->map()->layers[layer_index(*canvas(), "villages")].layer;
    const auto index = isolated_village(14);
    QVERIFY(index < villages.features.size());
    m_window->findChild<QAction*>("identify_tool")->trigger();
    const auto at = canvas()->to_widget(std::get<ruralatlas::core::MultiPoint>(villages.features[index].geometry).front());
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at.toPoint());
    QTest::mouseMove(canvas(), at.toPoint() + QPoint(30, 20));
    QVERIFY(m_window->grab().save(path));
  }

  void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
