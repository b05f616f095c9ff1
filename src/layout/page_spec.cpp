#include "layout/page_spec.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "core/error.hpp"

namespace ruralatlas::layout {

namespace {

struct IsoSheet {
  PaperSize paper;
  const char* name;
  double short_mm, long_mm;
};

// ISO 216: each size halves the previous one's long side, rounded down to the millimetre.
constexpr std::array<IsoSheet, 6> kIsoSheets{{{PaperSize::A0, "A0", 841, 1189},
                                               {PaperSize::A1, "A1", 594, 841},
                                               {PaperSize::A2, "A2", 420, 594},
                                               {PaperSize::A3, "A3", 297, 420},
                                               {PaperSize::A4, "A4", 210, 297},
                                               {PaperSize::A5, "A5", 148, 210}}};

[[noreturn]] void internal_error(std::string message) {
  core::Diagnostic d;
  d.message = std::move(message);
  throw core::Error(core::ErrorKind::Internal, std::move(d));
}

}  // namespace

RectMm PageSpec::printable_rect() const {
  return {margins.left_mm, margins.top_mm, width_mm - margins.left_mm - margins.right_mm,
          height_mm - margins.top_mm - margins.bottom_mm};
}

std::optional<PaperSize> paper_size_from_name(std::string_view name) {
  std::string upper;
  for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper == "CUSTOM") return PaperSize::Custom;
  for (const auto& sheet : kIsoSheets)
    if (upper == sheet.name) return sheet.paper;
  return std::nullopt;
}

std::string paper_size_name(PaperSize paper) {
  for (const auto& sheet : kIsoSheets)
    if (sheet.paper == paper) return sheet.name;
  return "custom";
}

PageSpec iso_page(PaperSize paper, Orientation orientation, MarginsMm margins) {
  for (const auto& sheet : kIsoSheets) {
    if (sheet.paper != paper) continue;
    const bool landscape = orientation == Orientation::Landscape;
    return PageSpec{sheet.name, landscape ? sheet.long_mm : sheet.short_mm, landscape ? sheet.short_mm : sheet.long_mm,
                    margins};
  }
  internal_error("iso_page: a custom paper size has no ISO dimensions; use custom_page(width_mm, height_mm)");
}

PageSpec custom_page(double width_mm, double height_mm, MarginsMm margins) {
  if (!(width_mm > 0) || !(height_mm > 0)) internal_error("custom_page: width_mm and height_mm must be positive");
  return PageSpec{"custom", width_mm, height_mm, margins};
}

std::optional<PageSpec> iso_page(const std::string& name, bool landscape) {
  const auto paper = paper_size_from_name(name);
  if (!paper || *paper == PaperSize::Custom) return std::nullopt;
  return iso_page(*paper, landscape ? Orientation::Landscape : Orientation::Portrait);
}

}  // namespace ruralatlas::layout
