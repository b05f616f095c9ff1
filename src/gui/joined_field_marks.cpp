#include "gui/joined_field_marks.hpp"

#include <QCoreApplication>
#include <algorithm>

namespace ruralatlas::gui {

const project::JoinedField* find_joined_field(const project::MapLayer& map_layer, std::string_view field) {
  const auto& joined = map_layer.joined_fields;
  const auto it = std::find_if(joined.begin(), joined.end(), [field](const auto& j) { return j.field == field; });
  return it == joined.end() ? nullptr : &*it;
}

QString joined_from_text() { return QCoreApplication::translate("JoinedField", "joined"); }

QString joined_tooltip(const project::JoinedField& joined) {
  return QCoreApplication::translate("JoinedField", "Joined from %1")
      .arg(QString::fromStdString(joined.table.string()));
}

void mark_joined(QTableWidgetItem& item, const project::JoinedField& joined) {
  item.setBackground(kJoinedTint);
  item.setToolTip(joined_tooltip(joined));
}

}  // namespace ruralatlas::gui
