#pragma once
// The one font family of page furniture (titles, legend, scale bar, north arrow): Noto Sans
// CJK SC, which holds both Chinese and Latin glyphs, so PNG, PDF and SVG look alike.
#include <QFont>

namespace ruralatlas::layout {

inline constexpr const char* kLayoutFontFamily = "Noto Sans CJK SC";

/// The layout font at `size_pt`; throws core::Error if it is not installed.
QFont layout_font(double size_pt, bool bold = false);

}  // namespace ruralatlas::layout
