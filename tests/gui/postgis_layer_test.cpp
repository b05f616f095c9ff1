// Layer > Add PostGIS layer… against a private server that asks for a password
// (scripts/postgis_test_server.sh, loaded with the sample villages by ogr2ogr): Connect lists
// the spatial tables, the villages added are drawn and number as many as the shapefile's, the
// saved project's layer file names the server without the password, and a wrong password or a
// server that is down is said in the dialog, naming the server, with the window alive.
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest/QtTest>
#include <fstream>
#include <random>
#include <sstream>

#include "gui/layer_panel.hpp"
#include "gui/main_window.hpp"
#include "gui/map_canvas.hpp"
#include "gui/postgis_layer_dialog.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::MainWindow;
using ruralatlas::gui::PostgisLayerDialog;

namespace {

constexpr int kTimeoutMs = 60000;
const char* kPassword = "s3cret-ra";
const QColor kInk(0x2b, 0x4a, 0x6f);  // an added layer's default style

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

class PostgisLayerTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<MainWindow> m_window;
  ruralatlas::test::TempDir m_dir;
  std::filesystem::path m_socket_dir;
  int m_port = 0;

  void fill(PostgisLayerDialog& dialog, const QString& password) const {
    dialog.host_edit()->setText(QString::fromStdString(m_socket_dir.string()));
    dialog.port_box()->setValue(m_port);
    dialog.database_edit()->setText(QStringLiteral("ruralatlas"));
    dialog.user_edit()->setText(QStringLiteral("postgres"));
    dialog.password_edit()->setText(password);
  }
  static bool list_tables(PostgisLayerDialog& dialog) {
    QSignalSpy listed(&dialog, &PostgisLayerDialog::tables_listed);
    dialog.connect_button()->click();
    return listed.wait(kTimeoutMs);
  }

 private slots:
  void initTestCase() {
    QDir::setCurrent(QStringLiteral(RA_SOURCE_DIR));
    QStandardPaths::setTestModeEnabled(true);
    std::filesystem::permissions(m_dir.path(), std::filesystem::perms::others_exec | std::filesystem::perms::group_exec,
                                 std::filesystem::perm_options::add);  // the postgres user reaches its folder
    m_socket_dir = m_dir / "pg";
    m_port = 40000 + static_cast<int>(std::random_device{}() % 20000);
    const auto script = (ruralatlas::test::source_dir() / "scripts/postgis_test_server.sh").string();
    const auto started = ruralatlas::test::run_shell("'" + script + "' start '" + m_socket_dir.string() + "' " +
                                                     std::to_string(m_port) + " " + kPassword + " 2>&1");
    QVERIFY2(started.exit_code == 0, started.out.c_str());
    const auto connection = started.out.substr(0, started.out.find('\n'));
    for (const char* table : {"villages", "township_indicators"}) {
      const auto file = std::string(table) == "villages" ? "sample-data/villages.shp" : "sample-data/derived/township_indicators.csv";
      const auto loaded = ruralatlas::test::run_shell("PGPASSWORD=" + std::string(kPassword) + " ogr2ogr -f PostgreSQL '" +
                                                      connection + "' '" + file + "' -nln " + table +
                                                      " -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom 2>&1");
      QVERIFY2(loaded.exit_code == 0, loaded.out.c_str());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->session()->set_unsaved_changes_prompt([](const QString&) { return ruralatlas::gui::UnsavedChoice::Discard; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::project_opened);
    m_window->open_project(QStringLiteral("projects/tap_water.yaml"));
    QVERIFY(opened.wait(kTimeoutMs));
  }

  void connect_lists_spatial_tables_and_adds_villages() {
    PostgisLayerDialog dialog;
    fill(dialog, QString::fromLatin1(kPassword));
    QVERIFY(list_tables(dialog));
    QStringList listed;
    for (int i = 0; i < dialog.tables()->count(); ++i) listed << dialog.tables()->item(i)->text();
    QCOMPARE(listed, QStringList{QStringLiteral("villages")});  // the indicator table has no geometry
    QVERIFY(!dialog.add_button()->isEnabled());
    dialog.tables()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.add_button()->isEnabled());
    QCOMPARE(dialog.chosen_tables(), QStringList{QStringLiteral("villages")});

    const auto before = m_window->shown_map().map->layers.size();
    QSignalSpy added(m_window.get(), &MainWindow::layers_added);
    m_window->add_database_layers(dialog.connection(), dialog.chosen_tables());
    QVERIFY(added.wait(kTimeoutMs));
    QCOMPARE(added.value(0).value(0).toInt(), 1);
    const auto& map = *m_window->shown_map().map;
    QCOMPARE(map.layers.size(), before + 1);
    const auto& layer = map.layers.back();
    const auto shapefile = ruralatlas::io::read_vector_layer(ruralatlas::test::source_dir() / "sample-data/villages.shp");
    QCOMPARE(layer.layer->features.size(), shapefile.layer.features.size());

    // Drawn: only it shown, its default ink is on the map.
    for (std::size_t i = 0; i + 1 < map.layers.size(); ++i)
      m_window->layer_panel()->layer_item(i)->setCheckState(0, Qt::Unchecked);
    QVERIFY(QTest::qWaitFor([this] { return m_window->canvas()->render_up_to_date(); }, kTimeoutMs));
    const auto image = m_window->canvas()->last_render().image.convertToFormat(QImage::Format_RGB32);
    std::size_t ink = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) {
        const auto c = image.pixelColor(x, y);
        ink += std::abs(c.red() - kInk.red()) <= 8 && std::abs(c.green() - kInk.green()) <= 8 && std::abs(c.blue() - kInk.blue()) <= 8;
      }
    QVERIFY2(ink > 5000, qPrintable(QString::number(ink)));

    // Saved: a layer file naming the server and table, without the password; it reads back
    // through PGPASSWORD.
    const auto project_file = m_dir / "with_postgis.yaml";
    QVERIFY(m_window->save_project_as(QString::fromStdString(project_file.string())));
    const auto layer_file = m_dir / "with_postgis-villages.layer.yaml";
    QVERIFY(std::filesystem::exists(layer_file));
    const auto text = slurp(layer_file);
    QVERIFY2(text.find("PG:host=") != std::string::npos && text.find("source_layer: \"villages\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find(kPassword) == std::string::npos, text.c_str());
    QVERIFY(slurp(project_file).find(kPassword) == std::string::npos);
    qputenv("PGPASSWORD", kPassword);
    const auto reopened = ruralatlas::project::load_map(ruralatlas::project::read_project_file(project_file));
    qunsetenv("PGPASSWORD");
    QCOMPARE(reopened.layers.back().layer->features.size(), shapefile.layer.features.size());
  }

  void wrong_password_or_server_down_is_said_naming_the_server() {
    PostgisLayerDialog dialog;
    fill(dialog, QStringLiteral("wrong"));
    QVERIFY(list_tables(dialog));
    const auto server = QStringLiteral("%1:%2/ruralatlas").arg(QString::fromStdString(m_socket_dir.string())).arg(m_port);
    auto text = dialog.message_label()->text();
    QVERIFY2(text.contains(server) && text.contains(QStringLiteral("password authentication failed")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("wrong")), qPrintable(text));  // the password is masked
    QCOMPARE(dialog.tables()->count(), 0);
    QVERIFY(!dialog.add_button()->isEnabled());

    dialog.port_box()->setValue(m_port == 59999 ? 59998 : 59999);  // nothing listens there
    QVERIFY(list_tables(dialog));
    text = dialog.message_label()->text();
    QVERIFY2(text.contains(QStringLiteral("Cannot connect to the PostGIS server")), qPrintable(text));
    QVERIFY(m_window->isVisible());
  }

  void cleanupTestCase() {
    m_window.reset();
    ruralatlas::test::run_shell("'" + (ruralatlas::test::source_dir() / "scripts/postgis_test_server.sh").string() +
                                "' stop '" + m_socket_dir.string() + "'");
  }
};

QTEST_MAIN(PostgisLayerTest)
#include "postgis_layer_test.moc"
