#pragma once
// A rectangle on paper, in millimetres from the page's top-left corner (y down).

namespace ruralatlas::layout {

struct RectMm {
  double x_mm = 0, y_mm = 0, width_mm = 0, height_mm = 0;

  double right_mm() const { return x_mm + width_mm; }
  double bottom_mm() const { return y_mm + height_mm; }
  /// True when `inner` lies inside this rectangle, allowing `tolerance_mm` of overhang.
  bool contains(const RectMm& inner, double tolerance_mm = 0.01) const {
    return inner.x_mm >= x_mm - tolerance_mm && inner.y_mm >= y_mm - tolerance_mm &&
           inner.right_mm() <= right_mm() + tolerance_mm && inner.bottom_mm() <= bottom_mm() + tolerance_mm;
  }
};

}  // namespace ruralatlas::layout
