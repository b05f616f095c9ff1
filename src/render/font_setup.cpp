#include "render/font_setup.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

#include <QFontDatabase>
#include <QGuiApplication>

#include "core/error.hpp"

namespace ruralatlas::render {

namespace {

/// Qt's notices about the session (no XDG_RUNTIME_DIR as root, offscreen platform) say
/// nothing to a map maker; everything else still reaches stderr.
void filter_qt_messages(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (type < QtWarningMsg) return;
  if (message.startsWith("QStandardPaths:") || message.contains("propagateSizeHints")) return;
  std::fprintf(stderr, "Qt: %s\n", qPrintable(message));
}

}  // namespace

void ensure_gui_application() {
  if (QGuiApplication::instance()) return;
  qInstallMessageHandler(filter_qt_messages);
  if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
  static int argc = 1;
  static char name[] = "ruralatlas";
  static char* argv[] = {name, nullptr};
  static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

QFont map_font(const std::string& family, double size_pt, bool bold) {
  ensure_gui_application();
  static std::map<std::string, bool> checked;
  auto it = checked.find(family);
  if (it == checked.end())
    it = checked.emplace(family, QFontDatabase::hasFamily(QString::fromStdString(family))).first;
  if (!it->second) {
    core::Diagnostic d;
    d.message = "font '" + family + "' is not installed";
    d.hint = family.find("Noto") != std::string::npos ? "install it: apt-get install fonts-noto-cjk"
                                                     : "install the font or choose another in the style file";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  QFont font(QString::fromStdString(family));
  font.setPointSizeF(size_pt);
  font.setBold(bold);
  font.setHintingPreference(QFont::PreferNoHinting);  // same glyph shapes on screen, PNG and PDF
  // Shaping substitutes glyphs that are not in the cmap (seen for digits after Latin
  // letters), and Qt's PDF writer then cannot map them back to text.
  font.setStyleStrategy(QFont::PreferNoShaping);
  return font;
}

}  // namespace ruralatlas::render
