#pragma once
// Colour ramps for classified styles: ColorBrewer schemes by name (Cynthia Brewer,
// colorbrewer2.org, Apache-2.0) and ramps through the map maker's own colours.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "style/color.hpp"

namespace ruralatlas::style {

enum class RampKind { Sequential, Diverging, Qualitative };

class ColorRamp {
 public:
  /// A ramp through `stops` (at least one), evenly spaced from 0 to 1.
  explicit ColorRamp(std::vector<Color> stops, RampKind kind = RampKind::Sequential, std::string name = {});

  /// A ColorBrewer scheme (case-insensitive: "YlGnBu", "Blues", "RdYlGn", "Set2", ...);
  /// nullopt when there is none of that name.
  static std::optional<ColorRamp> brewer(std::string_view name);
  /// Names of the ColorBrewer schemes available, sequential, diverging, then qualitative.
  static std::vector<std::string_view> brewer_names();

  const std::string& name() const { return m_name; }
  RampKind kind() const { return m_kind; }
  /// The colours the ramp runs through (for a ColorBrewer scheme: its largest palette).
  const std::vector<Color>& stops() const { return m_stops; }

  /// Colour at t in [0, 1] (clamped), linear in sRGB between neighbouring stops.
  Color at(double t) const;

  /// `n` colours for n classes, light to dark for sequential schemes (dark to light when
  /// reversed). ColorBrewer's own n-class palette when the scheme defines one (they are not
  /// samples of the largest one); otherwise evenly spaced along the stops. A qualitative
  /// ramp gives its first n colours and throws core::Error (Config) when n exceeds them.
  std::vector<Color> colors(int n, bool reversed = false) const;

 private:
  std::string m_name;
  RampKind m_kind;
  std::vector<Color> m_stops;
  int m_brewer = -1;  ///< index of the ColorBrewer scheme, -1 for a custom ramp
};

}  // namespace ruralatlas::style
