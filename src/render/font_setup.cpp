#include "render/font_setup.hpp"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

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

bool resolves_to_itself(const std::string& family) {
  const QString wanted = QString::fromStdString(family);
  if (!QFontDatabase::hasFamily(wanted)) return false;
  QFont font(wanted);
  font.setStyleStrategy(QFont::NoFontMerging);
  return QFontInfo(font).family().compare(wanted, Qt::CaseInsensitive) == 0;
}

}  // namespace

void ensure_gui_application() {
  if (auto* existing = QCoreApplication::instance()) {
    if (qobject_cast<QGuiApplication*>(existing)) return;
    core::Diagnostic d;
    d.message = "drawing maps needs a QGuiApplication, but a QCoreApplication was created first";
    d.hint = "create a QGuiApplication (or call render::ensure_gui_application()) before any QCoreApplication";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  qInstallMessageHandler(filter_qt_messages);
  if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
  static int argc = 1;
  static char name[] = "ruralatlas";
  static char* argv[] = {name, nullptr};
  static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

void require_font(const std::string& family) {
  ensure_gui_application();
  static std::mutex mutex;
  static std::map<std::string, bool> checked;
  std::lock_guard lock(mutex);
  auto it = checked.find(family);
  if (it == checked.end()) it = checked.emplace(family, resolves_to_itself(family)).first;
  if (it->second) return;
  core::Diagnostic d;
  d.message = "font '" + family + "' is not installed (Qt would substitute another font" +
              (family.find("CJK") != std::string::npos ? ", and Chinese labels would print as empty boxes)" : ")");
  d.hint = family.find("Noto") != std::string::npos
               ? "install it: apt-get install fonts-noto-cjk (Debian/Ubuntu), or dnf install google-noto-sans-cjk-fonts"
               : "install the font, or choose an installed one with `font:` in the style file (fc-list lists them)";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

QFont map_font(const std::string& family, double size_pt, bool bold) {
  require_font(family);
  QFont font(QString::fromStdString(family));
  font.setPointSizeF(size_pt);
  font.setBold(bold);
  font.setHintingPreference(QFont::PreferNoHinting);
  font.setStyleStrategy(QFont::PreferNoShaping);
  return font;
}

}  // namespace ruralatlas::render
