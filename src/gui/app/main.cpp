// `ruralatlas-gui [PROJECT]`: the desktop app. Opens PROJECT (projects/*.yaml) if given.
#include <QApplication>
#include <QCommandLineParser>

#include "gui/interface_language.hpp"
#include "gui/main_window.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("RuralAtlas"));
  QApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
  ruralatlas::gui::install_interface_translation(app, QLocale::system());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "RuralAtlas desktop: look at and print project maps"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "project file to open (projects/*.yaml)"),
                               QStringLiteral("[project]"));
  parser.process(app);

  ruralatlas::gui::MainWindow window;
  window.show();
  if (!parser.positionalArguments().isEmpty()) window.open_project(parser.positionalArguments().constFirst());
  return app.exec();
}
