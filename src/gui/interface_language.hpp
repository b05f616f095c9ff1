#pragma once
// The interface language: Chinese when the locale's language is Chinese (the system locale, so
// LANG=zh_CN.UTF-8 or a Chinese desktop), English (the source text) otherwise.
#include <QLocale>

class QCoreApplication;

namespace ruralatlas::gui {

/// Installs RuralAtlas's translation for `locale`, and Qt's own (dialog buttons, file dialogs)
/// when Debian's qt6-translations-l10n has it. Returns whether RuralAtlas's was installed;
/// false for English, which needs none.
bool install_interface_translation(QCoreApplication& app, const QLocale& locale);

}  // namespace ruralatlas::gui
