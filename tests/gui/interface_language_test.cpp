// The interface in Chinese when the locale is Chinese and in English otherwise, and every
// interface text of the Chinese translation finished (a new untranslated string fails here).
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest/QtTest>

#include "gui/interface_language.hpp"
#include "gui/main_window.hpp"
#include "support/cli_runner.hpp"

using ruralatlas::gui::MainWindow;

class InterfaceLanguageTest : public QObject {
  Q_OBJECT

 private slots:
  void english_locale_keeps_the_source_text() {
    QVERIFY(!ruralatlas::gui::install_interface_translation(*QCoreApplication::instance(), QLocale(QLocale::English)));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(window.windowTitle(), QStringLiteral("RuralAtlas"));
  }

  void chinese_locale_translates_menus_titles_and_qt_buttons() {
    QVERIFY(ruralatlas::gui::install_interface_translation(*QCoreApplication::instance(),
                                                           QLocale(QLocale::Chinese, QLocale::China)));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("视图(&V)"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("乡村图集")), qPrintable(window.windowTitle()));
    // Qt's own strings (message boxes, file dialogs) come from Debian's qt6-translations-l10n.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
  }

  void every_chinese_entry_is_translated() {
    QFile ts(QString::fromStdString((ruralatlas::test::source_dir() / "src/gui/translations/ruralatlas_zh_CN.ts").string()));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const auto text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 30);
    const QRegularExpression unfinished(QStringLiteral(R"(<source>([^<]*)</source>\s*<translation type="unfinished")"));
    const auto match = unfinished.match(text);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("untranslated: ") + match.captured(1) +
                                           QStringLiteral(" (translate it in src/gui/translations/ruralatlas_zh_CN.ts)")));
  }
};

QTEST_MAIN(InterfaceLanguageTest)
#include "interface_language_test.moc"
