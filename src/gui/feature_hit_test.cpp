#include "gui/feature_hit_test.hpp"

#include <limits>
#include <ranges>
#include <type_traits>

#include "gui/layer_hit_indexes.hpp"

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

/// The nearest of `candidates` (feature indices, ascending) within the tolerance of `p`.
template <typename Candidates>
std::optional<std::size_t> nearest_of(const core::Layer& layer, const Candidates& candidates, const core::Point& p,
                                      double tolerance_units) {
  std::optional<std::size_t> best;
  double best_distance = std::numeric_limits<double>::infinity();
  for (const std::size_t i : candidates) {
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

}  // namespace

std::optional<std::size_t> feature_at(const core::Layer& layer, const core::Point& p, double tolerance_units) {
  return nearest_of(layer, std::views::iota(std::size_t{0}, layer.features.size()), p, tolerance_units);
}

std::optional<std::size_t> feature_at(const project::LayerWindow& index, const core::Point& p, double tolerance_units) {
  const core::Envelope near{{p.x() - tolerance_units, p.y() - tolerance_units},
                            {p.x() + tolerance_units, p.y() + tolerance_units}};
  return nearest_of(index.layer(), index.features_meeting(near), p, tolerance_units);
}

std::optional<FeatureRef> topmost_feature_at(const project::LoadedMap& map, const std::vector<std::size_t>& draw_order,
                                             const core::Point& p, double tolerance_units,
                                             const LayerHitIndexes* indexes) {
  for (auto it = draw_order.rbegin(); it != draw_order.rend(); ++it) {
    const auto& layer = *map.layers.at(*it).layer;
    const auto* index = indexes ? indexes->find(layer) : nullptr;
    if (const auto feature = index ? feature_at(*index, p, tolerance_units) : feature_at(layer, p, tolerance_units))
      return FeatureRef{*it, *feature};
  }
  return std::nullopt;
}

}  // namespace ruralatlas::gui
