// Projects in the desktop app, driven through the window under Xvfb: edit the sample map
// (reorder, hide, join, restyle), save it as a new project, open that in a fresh window and
// print it with `ruralatlas render`; save into a read-only folder; the modified mark and the
// unsaved-changes prompt (answered through the window's prompt seam, no modal box); recent
// projects; a new project.
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest/QtTest>
#include <fstream>
#include <sstream>

#include "gui/added_layer.hpp"
#include "gui/graduated_style_panel.hpp"
#include "gui/style_dialog.hpp"
#include "gui/layer_panel.hpp"
#include "gui/main_window.hpp"
#include "gui/map_canvas.hpp"
#include "project/join_preview.hpp"
#include "project/printed_map.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"
#include "support/read_only_folder.hpp"

using ruralatlas::gui::MainWindow;
using ruralatlas::gui::UnsavedChoice;

namespace {

constexpr int kTimeoutMs = 60000;
const QColor kFailingVillage(0xd7, 0x30, 0x1f);  // styles/villages_tap_water.yaml, 未达标 < 90%

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t count_colour(const QImage& image, QColor target) {
  std::size_t n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const auto c = image.pixelColor(x, y);
      n += std::abs(c.red() - target.red()) <= 6 && std::abs(c.green() - target.green()) <= 6 &&
           std::abs(c.blue() - target.blue()) <= 6;
    }
  return n;
}

std::size_t layer_index(const MainWindow& window, const std::string& name) {
  const auto& layers = window.shown_map().map->layers;
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].layer->name == name) return i;
  return layers.size();
}

QStringList layer_names(const MainWindow& window) {
  QStringList names;
  for (const auto& l : window.shown_map().map->layers) names << QString::fromStdString(l.layer->name);
  return names;
}

bool open_in(MainWindow& window, const QString& file) {
  QSignalSpy opened(&window, &MainWindow::project_opened);
  window.open_project(file);
  return opened.wait(kTimeoutMs);
}

/// Exports the window's map to `file`; empty on success, else the error.
QString export_from(MainWindow& window, const std::filesystem::path& file) {
  QSignalSpy exported(&window, &MainWindow::map_exported);
  QSignalSpy failed(&window, &MainWindow::map_export_failed);
  window.export_map_file(QString::fromStdString(file.string()));
  if (!QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kTimeoutMs)) return QStringLiteral("timeout");
  return failed.isEmpty() ? QString() : failed.value(0).value(1).toString();
}

}  // namespace

class ProjectFilesTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<MainWindow> m_window;
  QStringList m_asked;  ///< project names the prompt was asked about
  UnsavedChoice m_answer = UnsavedChoice::Cancel;

  void answer_prompts(MainWindow& window) {
    window.session()->set_unsaved_changes_prompt([this](const QString& name) {
      m_asked << name;
      return m_answer;
    });
  }

  void close_error_box(MainWindow& window) {
    if (window.error_box()) window.error_box()->close();
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // recent projects go to a test settings file
    QApplication::setQuitOnLastWindowClosed(false);  // the tests close the window and show it again
    QDir::setCurrent(QStringLiteral(RA_SOURCE_DIR));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    answer_prompts(*m_window);
  }

  void init() {
    m_asked.clear();
    QVERIFY(open_in(*m_window, QStringLiteral("projects/tap_water.yaml")));
  }

  void opened_project_is_titled_by_its_file_and_unmodified() {
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("tap_water.yaml[*]")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->session()->recent().files().value(0), QDir::current().absoluteFilePath("projects/tap_water.yaml"));
    m_window->layer_panel()->layer_item(layer_index(*m_window, "roads"))->setCheckState(0, Qt::Unchecked);
    QVERIFY(m_window->isWindowModified());
  }

  void edited_map_saved_as_reopens_the_same_and_renders_as_the_window_prints() {
    const auto inputs = {"projects/tap_water.yaml", "layers/townships.yaml", "styles/townships_outline.yaml",
                         "layers/villages.yaml"};
    std::map<std::string, std::string> before;
    for (const auto* f : inputs) before[f] = slurp(f);
    // Reorder: the counties above the roads; hide the villages; join and restyle the townships.
    for (int i = 0; i < 2; ++i)
      m_window->layer_panel()->layer_menu(layer_index(*m_window, "counties"))->findChild<QAction*>("move_layer_up")->trigger();
    QCOMPARE(layer_names(*m_window), (QStringList{"townships", "roads", "counties", "villages", "relocation_sites"}));
    m_window->layer_panel()->layer_item(layer_index(*m_window, "villages"))->setCheckState(0, Qt::Unchecked);
    const auto townships = layer_index(*m_window, "townships");
    ruralatlas::project::TableJoinSpec join;
    join.table = std::filesystem::path(RA_SOURCE_DIR) / "sample-data/derived/township_indicators.csv";
    join.layer_keys = {"town_code"};
    join.table_keys = {"town_code"};
    const auto preview = ruralatlas::project::preview_join(*m_window->shown_map().map->layers[townships].layer, join);
    m_window->apply_join(townships, join, preview);
    ruralatlas::gui::StyleDialog dialog(m_window->shown_map().map->layers[townships]);
    dialog.graduated()->field_box()->setCurrentText(QStringLiteral("tap_water_hh_rate_pct"));
    dialog.graduated()->method_box()->setCurrentIndex(dialog.graduated()->method_box()->findData(QStringLiteral("equal-interval")));
    dialog.graduated()->classes_box()->setValue(4);
    dialog.graduated()->ramp_box()->setCurrentIndex(dialog.graduated()->ramp_box()->findData(QStringLiteral("Blues")));
    QVERIFY(dialog.style());
    m_window->apply_style(townships, *dialog.style());
    QVERIFY(m_window->isWindowModified());

    ruralatlas::test::TempDir dir;
    std::filesystem::create_directory(dir / "saved");
    const auto saved = dir / "saved" / "edited.yaml";
    QSignalSpy saved_spy(m_window.get(), &MainWindow::project_saved);
    QVERIFY(m_window->save_project_as(QString::fromStdString(saved.string())));
    QCOMPARE(saved_spy.count(), 1);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("edited.yaml[*]")));
    // The inputs are as they were; the join and the style went to new files beside the project.
    for (const auto* f : inputs) QVERIFY2(slurp(f) == before[f], f);
    QVERIFY(std::filesystem::exists(dir / "saved" / "edited-townships.layer.yaml"));
    QVERIFY(std::filesystem::exists(dir / "saved" / "edited-townships.style.yaml"));
    QVERIFY(slurp(saved).find("visible: false") != std::string::npos);

    // Reopened in a new window: the same layers, order, visibility and classes.
    MainWindow reopened;
    reopened.resize(800, 600);
    QVERIFY(open_in(reopened, QString::fromStdString(saved.string())));
    QCOMPARE(layer_names(reopened), layer_names(*m_window));
    QCOMPARE(reopened.shown_map().visible, m_window->shown_map().visible);
    QCOMPARE(reopened.shown_map().visible, (std::vector<bool>{true, true, true, false, true}));
    const auto& restyled = reopened.shown_map().map->layers[townships].style;
    const auto& original = m_window->shown_map().map->layers[townships].style;
    QCOMPARE(restyled.field, std::string("tap_water_hh_rate_pct"));
    QVERIFY(restyled.classification && original.classification);
    QCOMPARE(restyled.classification->breaks, original.classification->breaks);
    QCOMPARE(restyled.rules.size(), original.rules.size());
    for (std::size_t i = 0; i < restyled.rules.size(); ++i) QCOMPARE(restyled.rules[i].label, original.rules[i].label);
    // The township names the panel kept (drawn zoomed in beyond 1:600,000) are kept too.
    QVERIFY(restyled.labels && original.labels);
    QCOMPARE(restyled.labels->field, std::string("township"));
    QCOMPARE(restyled.labels->size_pt, original.labels->size_pt);
    QCOMPARE(restyled.labels->max_scale_denominator, original.labels->max_scale_denominator);
    QCOMPARE(reopened.layer_panel()->layer_item(layer_index(reopened, "villages"))->checkState(0), Qt::Unchecked);

    // `ruralatlas render` of the saved project prints what the window's Export map prints.
    QCOMPARE(export_from(*m_window, dir / "window.png"), QString());
    const auto cli = ruralatlas::test::run_cli(
        {"render", saved.string(), "--out", (dir / "cli").string(), "--format", "png", "--quiet"});
    QVERIFY2(cli.exit_code == 0, cli.err.c_str());
    const QImage window_png(QString::fromStdString((dir / "window.png").string()));
    const QImage cli_png(QString::fromStdString((dir / "cli" / "edited.png").string()));
    QVERIFY(!window_png.isNull() && !cli_png.isNull());
    QCOMPARE(window_png.size(), cli_png.size());
    QVERIFY(window_png.convertToFormat(QImage::Format_RGB32) == cli_png.convertToFormat(QImage::Format_RGB32));
    // The edits are on it: no failing village drawn, while the original project has them.
    QCOMPARE(count_colour(cli_png.convertToFormat(QImage::Format_RGB32), kFailingVillage), std::size_t{0});
    const auto original_cli = ruralatlas::test::run_cli(
        {"render", "projects/tap_water.yaml", "--out", (dir / "original").string(), "--format", "png", "--quiet"});
    QCOMPARE(original_cli.exit_code, 0);
    const QImage original_png(QString::fromStdString((dir / "original" / "tap_water.png").string()));
    QVERIFY(count_colour(original_png.convertToFormat(QImage::Format_RGB32), kFailingVillage) > 500);

    // Saved again unchanged: the same side files, nothing new written.
    QVERIFY(m_window->save_project());
    QCOMPARE(std::distance(std::filesystem::directory_iterator(dir / "saved"), {}), 3);
  }

  void saving_into_a_read_only_folder_fails_and_leaves_the_file() {
    ruralatlas::test::TempDir dir;
    const auto target = dir / "p.yaml";
    std::ofstream(target) << "# someone's project\n";
    ruralatlas::test::ReadOnlyFolder read_only(dir.path());
    if (!read_only.is_read_only()) QSKIP("cannot make a folder read-only here (root without chattr)");
    m_window->layer_panel()->layer_item(layer_index(*m_window, "villages"))->setCheckState(0, Qt::Unchecked);
    // A join makes a new layer file, the first file the save would write.
    const auto townships = layer_index(*m_window, "townships");
    ruralatlas::project::TableJoinSpec join;
    join.table = std::filesystem::path(RA_SOURCE_DIR) / "sample-data/derived/township_indicators.csv";
    join.layer_keys = {"town_code"};
    join.table_keys = {"town_code"};
    m_window->apply_join(townships, join, ruralatlas::project::preview_join(*m_window->shown_map().map->layers[townships].layer, join));
    QSignalSpy failed(m_window.get(), &MainWindow::project_save_failed);
    QVERIFY(!m_window->save_project_as(QString::fromStdString(target.string())));
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("tap_water.yaml")));
    auto* box = m_window->error_box();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(QString::fromStdString(dir.path().string()))), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("cannot save")), qPrintable(box->informativeText()));
    box->close();
    QCOMPARE(slurp(target), std::string("# someone's project\n"));
    QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
  }

  void prompt_guards_close_and_open_recent() {
    ruralatlas::test::TempDir dir;
    const auto saved = QString::fromStdString((dir / "mine.yaml").string());
    QVERIFY(m_window->save_project_as(saved));
    // Unmodified: nothing to ask.
    QVERIFY(m_window->close());
    QVERIFY(m_asked.isEmpty());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->layer_panel()->layer_item(layer_index(*m_window, "roads"))->setCheckState(0, Qt::Unchecked);
    // Cancel: the window stays, the map too.
    m_answer = UnsavedChoice::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_asked, QStringList{"mine.yaml"});
    QVERIFY(m_window->isVisible());
    m_window->open_recent_project(QDir::current().absoluteFilePath("projects/township_tap_water.yaml"));
    QCOMPARE(m_asked.size(), 2);
    QTest::qWait(200);
    QCOMPARE(QString::fromStdString(m_window->shown_map().map->spec.file.string()), saved);
    QVERIFY(m_window->isWindowModified());
    // Save: written, then the window closes.
    m_answer = UnsavedChoice::Save;
    QVERIFY(m_window->close());
    QVERIFY(slurp(saved.toStdString()).find("visible: false") != std::string::npos);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Discard: Open Recent goes on without saving.
    m_window->layer_panel()->layer_item(layer_index(*m_window, "villages"))->setCheckState(0, Qt::Unchecked);
    m_answer = UnsavedChoice::Discard;
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    m_window->open_recent_project(QDir::current().absoluteFilePath("projects/township_tap_water.yaml"));
    QVERIFY(opened.wait(kTimeoutMs));
    QCOMPARE(m_asked.size(), 4);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("township_tap_water.yaml")));
    const auto on_disk = ruralatlas::project::read_project_file(saved.toStdString());
    QCOMPARE(ruralatlas::project::layer_visibility(on_disk), (std::vector<bool>{true, true, false, true, true}));
  }

  void recent_projects_keep_eight_and_drop_missing_files() {
    ruralatlas::test::TempDir dir;
    auto& recent = m_window->session()->recent();
    for (int i = 0; i < 10; ++i) recent.add(QString::fromStdString((dir / ("p" + std::to_string(i) + ".yaml")).string()));
    QCOMPARE(recent.files().size(), 8);
    const auto newest = QString::fromStdString((dir / "p9.yaml").string());
    QCOMPARE(recent.files().first(), newest);
    auto* menu = m_window->findChild<QMenu*>("recent_projects");
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 8);
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 p9.yaml"));
    // The file is gone: a message, and it leaves the list; the map stays.
    menu->actions().first()->trigger();
    auto* box = m_window->error_box();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("p9.yaml")));
    box->close();
    QVERIFY(!recent.files().contains(newest));
    QCOMPARE(layer_names(*m_window).size(), 5);
    QVERIFY(m_asked.isEmpty());
  }

  void new_project_saves_added_layers_and_says_what_it_left_out() {
    // With unsaved changes, Cancel keeps the map.
    m_window->layer_panel()->layer_item(layer_index(*m_window, "roads"))->setCheckState(0, Qt::Unchecked);
    m_answer = UnsavedChoice::Cancel;
    QVERIFY(!m_window->new_project({QStringLiteral("新地图"), QStringLiteral("EPSG:4544"), QStringLiteral("layouts/a3_landscape.yaml")}));
    QCOMPARE(m_asked, QStringList{"tap_water.yaml"});
    QCOMPARE(layer_names(*m_window).size(), 5);
    QVERIFY(m_window->isWindowModified());
    m_answer = UnsavedChoice::Discard;
    // A geographic CRS is refused with the reason; the open map stays.
    QVERIFY(!m_window->new_project({QStringLiteral("新地图"), QStringLiteral("EPSG:4326"), QStringLiteral("layouts/a3_landscape.yaml")}));
    QVERIFY(m_window->error_box() && m_window->error_box()->informativeText().contains(QStringLiteral("geographic")));
    close_error_box(*m_window);
    QCOMPARE(layer_names(*m_window).size(), 5);

    QVERIFY(m_window->new_project({QStringLiteral("新地图"), QStringLiteral("EPSG:4544"), QStringLiteral("layouts/a3_landscape.yaml")}));
    QCOMPARE(m_asked.size(), 3);
    QVERIFY(layer_names(*m_window).isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled[*]")));
    QVERIFY(!m_window->isWindowModified());
    QSignalSpy added(m_window.get(), &MainWindow::layers_added);
    m_window->add_layer_files({QStringLiteral("sample-data/clinics.shp")});
    QVERIFY(added.wait(kTimeoutMs));
    QVERIFY(m_window->isWindowModified());
    // An analysis result (a layer with no file) is not saved, and the window says so.
    ruralatlas::project::MapLayer result;
    result.layer = m_window->shown_map().map->layers[0].layer;
    result.style = ruralatlas::gui::default_style(*result.layer);
    result.style.title = "覆盖分析结果";
    m_window->add_analysis_layer(result);

    ruralatlas::test::TempDir dir;
    const auto saved = dir / "new.yaml";
    QSignalSpy failed(m_window.get(), &MainWindow::project_save_failed);
    QVERIFY2(m_window->save_project_as(QString::fromStdString(saved.string())), qPrintable(failed.value(0).value(1).toString()));
    auto* box = m_window->error_box();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("覆盖分析结果")), qPrintable(box->informativeText()));
    box->close();
    const auto spec = ruralatlas::project::read_project_file(saved);
    QCOMPARE(spec.title, std::string("新地图"));
    QCOMPARE(spec.map_crs, std::string("EPSG:4544"));
    QCOMPARE(spec.layers.size(), std::size_t{1});
    QCOMPARE(spec.layers[0].layer_file, (dir / "new-clinics.layer.yaml"));
    QCOMPARE(spec.layers[0].style_file, (dir / "new-clinics.style.yaml"));
    const auto cli = ruralatlas::test::run_cli({"render", saved.string(), "--out", (dir / "cli").string(), "--format", "png", "--quiet"});
    QVERIFY2(cli.exit_code == 0, cli.err.c_str());
    QCOMPARE(export_from(*m_window, dir / "window.png"), QString());
    // The window prints the analysis layer too; remove it and the two agree.
    m_window->layer_panel()->layer_menu(1)->findChild<QAction*>("remove_layer")->trigger();
    QCOMPARE(export_from(*m_window, dir / "window.png"), QString());
    const QImage window_png(QString::fromStdString((dir / "window.png").string()));
    const QImage cli_png(QString::fromStdString((dir / "cli" / "new.png").string()));
    QVERIFY(window_png.convertToFormat(QImage::Format_RGB32) == cli_png.convertToFormat(QImage::Format_RGB32));
  }

  void cleanupTestCase() {
    m_window->session()->set_unsaved_changes_prompt([](const QString&) { return UnsavedChoice::Discard; });
    m_window.reset();
  }
};

QTEST_MAIN(ProjectFilesTest)
#include "project_files_test.moc"
