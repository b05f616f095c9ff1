#pragma once
// Strong unit types so a length in metres cannot be passed where millimetres of paper are meant.
#include <compare>

namespace ruralatlas::core {

template <class Tag>
struct Quantity {
  double value = 0.0;
  constexpr Quantity() = default;
  constexpr explicit Quantity(double v) : value(v) {}
  constexpr auto operator<=>(const Quantity&) const = default;
  constexpr Quantity operator+(Quantity o) const { return Quantity{value + o.value}; }
  constexpr Quantity operator-(Quantity o) const { return Quantity{value - o.value}; }
  constexpr Quantity operator*(double k) const { return Quantity{value * k}; }
  constexpr Quantity operator/(double k) const { return Quantity{value / k}; }
};

using Meters = Quantity<struct MetersTag>;            ///< ground distance
using Minutes = Quantity<struct MinutesTag>;          ///< travel time
using Millimeters = Quantity<struct MillimetersTag>;  ///< length on paper

constexpr double kMillimetersPerInch = 25.4;

}  // namespace ruralatlas::core
