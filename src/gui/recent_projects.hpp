#pragma once
// File > Open Recent: the last project files opened or saved, newest first, kept in the
// user's settings (QSettings) between runs.
#include <QString>
#include <QStringList>
#include <functional>

class QMenu;

namespace ruralatlas::gui {

class RecentProjects {
 public:
  static constexpr int kMaxFiles = 8;

  QStringList files() const;
  /// `file` first (absolute), a copy further down removed, the oldest beyond kMaxFiles dropped.
  void add(const QString& file);
  void remove(const QString& file);
  /// Rebuilds `menu` with one entry per file ("1 tap_water.yaml", full path as tip); `open` is
  /// called with the chosen file. Disabled "No recent projects" when there are none.
  void fill_menu(QMenu* menu, const std::function<void(const QString&)>& open) const;

 private:
  void store(const QStringList& files) const;
};

}  // namespace ruralatlas::gui
