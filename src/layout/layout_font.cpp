#include "layout/layout_font.hpp"

#include "render/font_setup.hpp"

namespace ruralatlas::layout {

QFont layout_font(double size_pt, bool bold) { return render::map_font(kLayoutFontFamily, size_pt, bold); }

}  // namespace ruralatlas::layout
