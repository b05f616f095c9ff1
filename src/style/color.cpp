#include "style/color.hpp"

#include <cstdio>

namespace ruralatlas::style {

namespace {
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::optional<Color> Color::parse(std::string_view text) {
  if (text.size() != 7 && text.size() != 9) return std::nullopt;
  if (text[0] != '#') return std::nullopt;
  std::uint8_t channels[4] = {0, 0, 0, 255};
  for (std::size_t i = 1, c = 0; i < text.size(); i += 2, ++c) {
    int hi = hex_digit(text[i]), lo = hex_digit(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    channels[c] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Color{channels[0], channels[1], channels[2], channels[3]};
}

std::string Color::to_hex() const {
  char buffer[10];
  if (a == 255)
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r, g, b);
  else
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x%02x", r, g, b, a);
  return buffer;
}

}  // namespace ruralatlas::style
