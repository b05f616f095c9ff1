#include "gui/feature_hit_test.hpp"

#include <limits>
#include <type_traits>

namespace ruralatlas::gui {

namespace {

/// Distance from `p` to the geometry; 0 inside a polygon; infinite for an empty geometry.
double distance_to(const core::Geometry& geometry, const core::Point& p) {
  return std::visit(
      [&p](const auto& g) -> double {
        using G = std::decay_t<decltype(g)>;
        if constexpr (std::is_same_v<G, std::monostate>) {
          return std::numeric_limits<double>::infinity();
        } else if constexpr (std::is_same_v<G, core::MultiPolygon>) {
          return core::bg::covered_by(p, g) ? 0.0 : std::numeric_limits<double>::infinity();
        } else {
          return g.empty() ? std::numeric_limits<double>::infinity() : core::bg::distance(p, g);
        }
      },
      geometry);
}

bool near_envelope(const core::Envelope& box, const core::Point& p, double tolerance) {
  return p.x() >= box.min_corner().x() - tolerance && p.x() <= box.max_corner().x() + tolerance &&
         p.y() >= box.min_corner().y() - tolerance && p.y() <= box.max_corner().y() + tolerance;
}

}  // namespace

std::optional<std::size_t> feature_at(const core::Layer& layer, const core::Point& p, double tolerance_units) {
  std::optional<std::size_t> best;
  double best_distance = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < layer.features.size(); ++i) {
    const auto& geometry = layer.features[i].geometry;
    if (!near_envelope(core::envelope_of(geometry), p, tolerance_units)) continue;
    const double d = distance_to(geometry, p);
    // Later features draw on top: on a tie the later one is what the user sees.
    if (d <= tolerance_units && d <= best_distance) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

std::optional<FeatureRef> topmost_feature_at(const project::LoadedMap& map, const std::vector<std::size_t>& draw_order,
                                             const core::Point& p, double tolerance_units) {
  for (auto it = draw_order.rbegin(); it != draw_order.rend(); ++it)
    if (const auto feature = feature_at(*map.layers.at(*it).layer, p, tolerance_units)) return FeatureRef{*it, *feature};
  return std::nullopt;
}

}  // namespace ruralatlas::gui
