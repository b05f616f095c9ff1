#pragma once
// How the window marks a joined column (an indicator table's, not the layer's own): the same
// tint, tooltip and "from" text in the identify panel and the attribute table.
#include <QBrush>
#include <QString>
#include <QTableWidgetItem>
#include <string_view>

#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

/// Background of joined cells and headers.
inline const QColor kJoinedTint(0xe3, 0xee, 0xfb);

/// The join that added `field` to the layer, or null for one of the layer's own.
const project::JoinedField* find_joined_field(const project::MapLayer& map_layer, std::string_view field);
/// "joined": what the identify panel's From column says of a joined field.
QString joined_from_text();
/// "Joined from village_indicators.csv"
QString joined_tooltip(const project::JoinedField& joined);
void mark_joined(QTableWidgetItem& item, const project::JoinedField& joined);

}  // namespace ruralatlas::gui
