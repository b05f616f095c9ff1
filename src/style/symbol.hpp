#pragma once
// Symbols are plain data; render/ visits them. Sizes are millimetres on paper.
#include <optional>
#include <variant>
#include <vector>

#include "style/color.hpp"

namespace ruralatlas::style {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Star, Cross };
enum class Hatch { None, Forward, Backward, Cross, Horizontal, Vertical };

struct MarkerSymbol {
  MarkerShape shape = MarkerShape::Circle;
  double size_mm = 2.0;  ///< diameter / side
  std::optional<Color> fill = Color{80, 80, 80};
  std::optional<Color> stroke = Color{255, 255, 255};
  double stroke_width_mm = 0.2;
};

struct LineSymbol {
  Color color{60, 60, 60};
  double width_mm = 0.3;
  std::vector<double> dash_mm;  ///< on/off lengths; empty = solid
  std::optional<Color> casing;  ///< drawn beneath, wider, for roads
  double casing_width_mm = 0.0;
};

struct FillSymbol {
  std::optional<Color> fill;  ///< none = hollow
  Hatch hatch = Hatch::None;
  Color hatch_color{0, 0, 0};
  double hatch_spacing_mm = 1.5;
  std::optional<Color> outline = Color{60, 60, 60};
  double outline_width_mm = 0.2;
  std::vector<double> outline_dash_mm;
};

using Symbol = std::variant<MarkerSymbol, LineSymbol, FillSymbol>;

}  // namespace ruralatlas::style
