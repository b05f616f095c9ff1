#include "style/symbol_color.hpp"

namespace ruralatlas::style {

Symbol recolored(Symbol symbol, const Color& color) {
  if (auto* m = std::get_if<MarkerSymbol>(&symbol)) m->fill = color;
  if (auto* l = std::get_if<LineSymbol>(&symbol)) l->color = color;
  if (auto* f = std::get_if<FillSymbol>(&symbol)) f->fill = color;
  return symbol;
}

std::optional<Color> class_color(const Symbol& symbol) {
  if (const auto* m = std::get_if<MarkerSymbol>(&symbol)) return m->fill;
  if (const auto* l = std::get_if<LineSymbol>(&symbol)) return l->color;
  return std::get<FillSymbol>(symbol).fill;
}

}  // namespace ruralatlas::style
