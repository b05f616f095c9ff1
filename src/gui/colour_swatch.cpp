#include "gui/colour_swatch.hpp"

#include <QPixmap>

namespace ruralatlas::gui {

QIcon colour_swatch(const style::Color& colour) {
  QPixmap pixmap(16, 16);
  pixmap.fill(to_qcolor(colour));
  return QIcon(pixmap);
}

QColor to_qcolor(const style::Color& colour) { return QColor(colour.r, colour.g, colour.b, colour.a); }

style::Color to_style_color(const QColor& colour) {
  return style::Color{static_cast<std::uint8_t>(colour.red()), static_cast<std::uint8_t>(colour.green()),
                      static_cast<std::uint8_t>(colour.blue()), static_cast<std::uint8_t>(colour.alpha())};
}

}  // namespace ruralatlas::gui
