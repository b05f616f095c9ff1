// The layout panel on the sample projects: an edited title shows in the preview where the
// template prints the title (as on the page drawn on its own with it) and is in the exported
// PDF's text (pdftotext) — and in the window's Export map once applied; another template
// changes the page size; an atlas previews page by page.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include "gui/layout_panel.hpp"
#include "gui/main_window.hpp"
#include "project/layout_file.hpp"
#include "project/project_file.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::LayoutPanel;
namespace project = ruralatlas::project;
namespace layout = ruralatlas::layout;
namespace test = ruralatlas::test;

namespace {

const QString kTitle = QStringLiteral("预览标题 Layout Panel Test");

std::shared_ptr<const project::LoadedMap> load(const std::string& project_file) {
  return std::make_shared<const project::LoadedMap>(
      project::load_map(project::read_project_file(test::source_dir() / "projects" / project_file)));
}

std::shared_ptr<const project::LoadedMap> tap_water() {
  static const auto map = load("tap_water.yaml");
  return map;
}

bool wait_preview(LayoutPanel& panel, const std::function<void()>& action) {
  QSignalSpy ready(&panel, &LayoutPanel::preview_ready);
  action();
  return ready.wait(120000);
}

/// The title's box on the page, in pixels of an image drawn at `dpi`.
QRect title_rect_px(const std::filesystem::path& layout_file, double dpi) {
  const auto page = project::read_layout_file(layout_file);
  for (const auto& item : page.items)
    if (const auto* text = std::get_if<layout::TextItem>(&item); text && text->text.find("{title}") != std::string::npos) {
      const double px = dpi / 25.4;
      return QRect(QPoint(static_cast<int>(text->rect.x_mm * px) - 1, static_cast<int>(text->rect.y_mm * px) - 1),
                   QPoint(static_cast<int>(text->rect.right_mm() * px) + 1,
                          static_cast<int>(text->rect.bottom_mm() * px) + 1));
    }
  return {};
}

QString pdf_text(const QString& file) {
  const auto r = test::run_shell("pdftotext -enc UTF-8 '" + file.toStdString() + "' -");
  return QString::fromStdString(r.out);
}

}  // namespace

class LayoutPanelTest : public QObject {
  Q_OBJECT

 private slots:
  void edited_title_is_previewed_where_the_template_prints_it_and_exported() {
    LayoutPanel panel(tap_water());
    QSignalSpy first(&panel, &LayoutPanel::preview_ready);
    QVERIFY(first.count() == 1 || first.wait(120000));
    QVERIFY2(!panel.preview_image().isNull(), qPrintable(panel.status_label()->text()));
    const auto before = panel.preview_image();

    panel.title_edit()->setText(kTitle);
    QVERIFY(wait_preview(panel, [&] { panel.refresh_preview(); }));
    const auto after = panel.preview_image();
    QCOMPARE(after.size(), before.size());
    // The title's box shows the new title: it changed, and it equals the same page drawn on
    // its own with that title. (Elsewhere the map's dense markers may overlap in another order.)
    const double dpi = LayoutPanel::kPreviewDpi;
    const auto title_box = title_rect_px(tap_water()->spec.layout_file, dpi);
    QVERIFY(!title_box.isEmpty());
    QVERIFY(before.copy(title_box) != after.copy(title_box));
    project::PagePreview alone(std::make_shared<const project::LoadedMap>(project::with_page_settings(*tap_water(), panel.settings())));
    const auto expected = alone.render(0, dpi).image;
    QCOMPARE(expected.size(), after.size());
    QVERIFY(expected.copy(title_box) == after.copy(title_box));

    test::TempDir dir;
    const auto pdf = QString::fromStdString((dir / "page.pdf").string());
    QSignalSpy exported(&panel, &LayoutPanel::exported);
    panel.export_file(pdf);
    QVERIFY(exported.wait(120000));
    const auto text = pdf_text(pdf);
    QVERIFY2(text.contains(kTitle), qPrintable(text.left(400)));
    QVERIFY(!text.contains(QString::fromStdString(tap_water()->spec.title)));
  }

  void another_template_changes_the_page_size() {
    LayoutPanel panel(tap_water());
    QSignalSpy first(&panel, &LayoutPanel::preview_ready);
    QVERIFY(first.count() == 1 || first.wait(120000));
    QCOMPARE(panel.page_width_mm(), 420.0);
    QCOMPARE(panel.page_height_mm(), 297.0);
    QVERIFY(panel.preview_image().width() > panel.preview_image().height());
    const int portrait = panel.template_box()->findText(QStringLiteral("a4_portrait"));
    QVERIFY(portrait >= 0);
    QVERIFY(wait_preview(panel, [&] {
      panel.template_box()->setCurrentIndex(portrait);
      panel.refresh_preview();
    }));
    QCOMPARE(panel.page_width_mm(), 210.0);
    QCOMPARE(panel.page_height_mm(), 297.0);
    const auto image = panel.preview_image();
    QVERIFY(image.height() > image.width());
    QVERIFY(std::abs(static_cast<double>(image.height()) / image.width() - 297.0 / 210.0) < 0.01);
    QCOMPARE(panel.settings().layout_file.filename().string(), std::string("a4_portrait.yaml"));
  }

  void applied_texts_are_what_export_map_prints() {
    ruralatlas::gui::MainWindow window;
    QSignalSpy opened(&window, &ruralatlas::gui::MainWindow::project_opened);
    window.open_project(QString::fromStdString((test::source_dir() / "projects/tap_water.yaml").string()));
    QVERIFY(opened.wait(120000));
    auto settings = project::page_settings_of(tap_water()->spec);
    settings.title = kTitle.toStdString();
    settings.source_note = "来源说明 edited source";
    window.apply_page_settings(settings);
    test::TempDir dir;
    const auto pdf = QString::fromStdString((dir / "map.pdf").string());
    QSignalSpy exported(&window, &ruralatlas::gui::MainWindow::map_exported);
    window.export_map_file(pdf);
    QVERIFY(exported.wait(120000));
    const auto text = pdf_text(pdf);
    QVERIFY2(text.contains(kTitle) && text.contains(QStringLiteral("来源说明 edited source")), qPrintable(text.left(400)));
  }

  void atlas_pages_are_previewed_one_by_one() {
    const auto atlas = load("tap_water_atlas.yaml");
    LayoutPanel panel(atlas);
    QSignalSpy first(&panel, &LayoutPanel::preview_ready);
    QVERIFY(first.count() == 1 || first.wait(120000));
    QVERIFY2(panel.page_count() > 1, qPrintable(panel.status_label()->text()));
    const auto page_one = panel.preview_image();
    QVERIFY(wait_preview(panel, [&] { panel.show_page(1); }));
    QCOMPARE(panel.page_index(), std::size_t{1});
    QVERIFY(panel.preview_image() != page_one);
    QCOMPARE(panel.page_width_mm(), 210.0);  // the atlas's A4 template
  }
};

QTEST_MAIN(LayoutPanelTest)
#include "layout_panel_test.moc"
