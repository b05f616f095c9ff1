#include "layout/page_spec.hpp"

#include <utility>

namespace ruralatlas::layout {

std::optional<PageSpec> iso_page(const std::string& name, bool landscape) {
  static const std::pair<const char*, std::pair<double, double>> sizes[] = {
      {"A0", {841, 1189}}, {"A1", {594, 841}}, {"A2", {420, 594}},
      {"A3", {297, 420}},  {"A4", {210, 297}}, {"A5", {148, 210}}};
  for (const auto& [n, size] : sizes) {
    if (name != n) continue;
    auto [short_mm, long_mm] = size;
    return landscape ? PageSpec{name, long_mm, short_mm} : PageSpec{name, short_mm, long_mm};
  }
  return std::nullopt;
}

}  // namespace ruralatlas::layout
