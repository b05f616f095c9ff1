#pragma once
// The Qt application painting needs, and the map font (Noto Sans CJK SC) with a check that
// it is really installed: Qt would otherwise substitute a font without Chinese glyphs and
// every label would print as empty boxes ("tofu").
#include <QFont>
#include <string>

namespace ruralatlas::render {

/// The family labels use unless a style names another.
inline constexpr const char* kMapFontFamily = "Noto Sans CJK SC";

/// Creates the QGuiApplication that fonts and painting need, once per process (offscreen
/// platform when no display is set, so the CLI and tests run headless). Safe to call
/// repeatedly; must first be called from the main thread. Throws core::Error (Internal) if
/// a non-GUI QCoreApplication already exists.
void ensure_gui_application();

/// Checks that `family` resolves to itself (QFontInfo(...).family()), not to a substitute.
/// Throws core::Error naming the font and how to install it (fonts-noto-cjk for Noto CJK).
/// Results are remembered per family.
void require_font(const std::string& family);

/// The map font: `family` at `size_pt`, after require_font(). Hinting off so glyph shapes are
/// the same on screen, PNG and PDF; shaping off so every glyph maps back to text in PDFs.
QFont map_font(const std::string& family, double size_pt, bool bold = false);

}  // namespace ruralatlas::render
