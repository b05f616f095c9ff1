#include "gui/recent_projects.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ruralatlas::gui {

namespace {

const QString kKey = QStringLiteral("recent_projects");

QSettings settings() { return QSettings(QStringLiteral("RuralAtlas"), QStringLiteral("RuralAtlas")); }

}  // namespace

QStringList RecentProjects::files() const { return settings().value(kKey).toStringList(); }

void RecentProjects::add(const QString& file) {
  const auto absolute = QFileInfo(file).absoluteFilePath();
  auto list = files();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kMaxFiles) list.removeLast();
  store(list);
}

void RecentProjects::remove(const QString& file) {
  auto list = files();
  list.removeAll(QFileInfo(file).absoluteFilePath());
  store(list);
}

void RecentProjects::store(const QStringList& files) const {
  auto s = settings();
  s.setValue(kKey, files);
}

void RecentProjects::fill_menu(QMenu* menu, const std::function<void(const QString&)>& open) const {
  menu->clear();
  const auto list = files();
  if (list.isEmpty()) {
    menu->addAction(QCoreApplication::translate("RecentProjects", "No recent projects"))->setEnabled(false);
    return;
  }
  for (int i = 0; i < list.size(); ++i) {
    const auto& file = list[i];
    auto* action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()));
    action->setToolTip(QDir::toNativeSeparators(file));
    action->setStatusTip(QDir::toNativeSeparators(file));
    QObject::connect(action, &QAction::triggered, menu, [open, file] { open(file); });
  }
}

}  // namespace ruralatlas::gui
