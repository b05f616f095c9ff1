#pragma once
#include <optional>
#include <string>

namespace ruralatlas::layout {

/// Paper in millimetres, already oriented (width > height for landscape).
struct PageSpec {
  std::string name = "A3";
  double width_mm = 420.0;
  double height_mm = 297.0;
};

/// ISO 216 sizes A0–A5 in the given orientation ("portrait" or "landscape"); nullopt if unknown.
std::optional<PageSpec> iso_page(const std::string& name, bool landscape);

}  // namespace ruralatlas::layout
