#pragma once
// The sheet of paper: ISO 216 sizes A0–A5 or a custom size, orientation and margins.
#include <optional>
#include <string>
#include <string_view>

#include "layout/rect_mm.hpp"

namespace ruralatlas::layout {

enum class PaperSize { A0, A1, A2, A3, A4, A5, Custom };
enum class Orientation { Portrait, Landscape };

/// Unprintable border of the sheet; layout items must stay inside it.
struct MarginsMm {
  double top_mm = 0, right_mm = 0, bottom_mm = 0, left_mm = 0;
};

/// Paper in millimetres, already oriented (width > height for landscape).
struct PageSpec {
  std::string name = "A3";  ///< "A3", … or "custom"; printed in messages
  double width_mm = 420.0;
  double height_mm = 297.0;
  MarginsMm margins;

  Orientation orientation() const { return width_mm > height_mm ? Orientation::Landscape : Orientation::Portrait; }
  RectMm page_rect() const { return {0, 0, width_mm, height_mm}; }
  /// The page inside its margins.
  RectMm printable_rect() const;
};

/// "A3" / "a3" / "custom" → PaperSize; nullopt when unknown.
std::optional<PaperSize> paper_size_from_name(std::string_view name);
std::string paper_size_name(PaperSize paper);

/// An ISO sheet in the given orientation. Throws core::Error (Internal) for PaperSize::Custom.
PageSpec iso_page(PaperSize paper, Orientation orientation, MarginsMm margins = {});
/// Any size; throws core::Error (Internal) unless both sides are positive.
PageSpec custom_page(double width_mm, double height_mm, MarginsMm margins = {});

/// ISO sizes by name ("A0"–"A5"); nullopt if unknown.
std::optional<PageSpec> iso_page(const std::string& name, bool landscape);

}  // namespace ruralatlas::layout
