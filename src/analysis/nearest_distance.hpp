#pragma once
// Nearest-distance coverage: for each demand feature (its first point), the exact planar
// distance to the nearest target feature — a point, a line or a polygon (0 inside) — and
// which one. Both layers must be in the same metric CRS: distances are metres, never degrees.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <boost/geometry/geometries/segment.hpp>

#include "core/layer.hpp"

namespace ruralatlas::analysis {

struct NearestTarget {
  std::optional<std::size_t> target;  ///< the target's id; nullopt if there are no targets
  double distance_m = 0;
};

/// Targets added one at a time — e.g. while a national network streams in, never held as a
/// layer — then indexed once and searched for every demand point. Only segments are kept (a
/// point is a zero-length one), and polygons whole, since a point inside one is at distance 0.
class NearestTargetIndex {
 public:
  /// `targets` (its CRS, name and source; features are ignored) must be in a metric CRS:
  /// throws core::Error (InputData) naming it otherwise.
  explicit NearestTargetIndex(const core::Layer& targets);
  NearestTargetIndex(NearestTargetIndex&&) noexcept;
  NearestTargetIndex& operator=(NearestTargetIndex&&) noexcept;
  ~NearestTargetIndex();

  /// Adds one target under `id` (the id `nearest` reports). Not thread-safe; not after build().
  void add(const core::Geometry& geometry, std::size_t id);

  /// Packs the R-trees (seconds for a national network, on one core: worth doing beside other
  /// work). nearest() calls it when it has not been called.
  void build();

  /// The nearest target of each demand feature's first point, searched on every core. Throws
  /// as the constructor does for a geographic demand layer.
  std::vector<NearestTarget> nearest(const core::Layer& demand);

 private:
  using Segment = boost::geometry::model::segment<core::Point>;
  struct Trees;
  std::deque<std::pair<Segment, std::size_t>> m_segments;  // a deque: no regrowth copies of millions
  std::vector<std::pair<core::MultiPolygon, std::size_t>> m_polygons;
  std::unique_ptr<Trees> m_trees;  // after build()
};

/// The whole-layer form: `target_mask` (optional) keeps only the targets whose entry is true
/// (e.g. hardened roads); ids are indices into `targets`.
std::vector<NearestTarget> nearest_targets(const core::Layer& demand, const core::Layer& targets,
                                           const std::vector<bool>& target_mask = {});

}  // namespace ruralatlas::analysis
