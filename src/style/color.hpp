#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ruralatlas::style {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  constexpr bool operator==(const Color&) const = default;

  /// "#rrggbb" or "#rrggbbaa"; nullopt when malformed.
  static std::optional<Color> parse(std::string_view text);
  std::string to_hex() const;
};

}  // namespace ruralatlas::style
