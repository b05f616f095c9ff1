#include "gui/interface_language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ruralatlas::gui {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder) {
  auto* translator = new QTranslator(&app);
  if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
    return true;
  delete translator;
  return false;
}

}  // namespace

bool install_interface_translation(QCoreApplication& app, const QLocale& locale) {
  if (locale.language() != QLocale::Chinese) return false;
  install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  return install(app, locale, QStringLiteral("ruralatlas"), QStringLiteral(":/i18n"));
}

}  // namespace ruralatlas::gui
