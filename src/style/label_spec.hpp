#pragma once
#include <optional>
#include <string>

#include "style/color.hpp"

namespace ruralatlas::style {

struct LabelSpec {
  std::string field;  ///< attribute whose text is the label
  std::string font_family = "Noto Sans CJK SC";
  double size_pt = 8.0;
  bool bold = false;
  Color color{30, 30, 30};
  std::optional<Color> halo = Color{255, 255, 255};
  double halo_mm = 0.4;
  int priority = 0;                             ///< higher places first and wins collisions
  bool along_lines = true;  ///< line features: glyph by glyph along the line, upright (else centred on its middle)
  std::optional<double> max_scale_denominator;  ///< hide labels when zoomed out beyond 1:N
  /// Hide labels when zoomed in beyond 1:N: a county name at the county's centre would cover
  /// the township or village an atlas page is about.
  std::optional<double> min_scale_denominator;
};

}  // namespace ruralatlas::style
