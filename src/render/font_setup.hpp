#pragma once
#include <QFont>
#include <string>

namespace ruralatlas::render {

/// Creates the QGuiApplication painting needs (offscreen platform when no display is set),
/// once per process. Safe to call repeatedly.
void ensure_gui_application();

/// The map font: Noto Sans CJK SC by default. Throws core::Error if the family is not
/// installed (Qt would silently substitute a font without Chinese glyphs).
QFont map_font(const std::string& family, double size_pt, bool bold = false);

}  // namespace ruralatlas::render
