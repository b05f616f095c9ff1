#pragma once
// Small square icons of a colour, for the style panel's class lists and colour buttons.
#include <QColor>
#include <QIcon>

#include "style/color.hpp"

namespace ruralatlas::gui {

QIcon colour_swatch(const style::Color& colour);
QColor to_qcolor(const style::Color& colour);
style::Color to_style_color(const QColor& colour);

}  // namespace ruralatlas::gui
