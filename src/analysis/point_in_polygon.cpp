#include "analysis/point_in_polygon.hpp"

#include <boost/geometry/index/rtree.hpp>

#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

namespace bgi = boost::geometry::index;

std::vector<std::optional<std::size_t>> locate_points(const core::Layer& points, const core::Layer& polygons) {
  using Entry = std::pair<core::Envelope, std::size_t>;
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < polygons.features.size(); ++i)
    if (std::holds_alternative<core::MultiPolygon>(polygons.features[i].geometry))
      entries.emplace_back(core::envelope_of(polygons.features[i].geometry), i);
  const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());

  std::vector<std::optional<std::size_t>> out(points.features.size());
  core::parallel_ranges(points.features.size(), [&](std::size_t begin, std::size_t end) {
    std::vector<Entry> hits;
    for (std::size_t p = begin; p < end; ++p) {
      const auto* multi = std::get_if<core::MultiPoint>(&points.features[p].geometry);
      if (!multi || multi->empty()) continue;
      const auto& point = multi->front();
      hits.clear();
      tree.query(bgi::intersects(point), std::back_inserter(hits));
      std::optional<std::size_t> best;
      for (const auto& [box, index] : hits)
        if (boost::geometry::covered_by(point, std::get<core::MultiPolygon>(polygons.features[index].geometry)))
          if (!best || index < *best) best = index;  // deterministic where polygons overlap
      out[p] = best;
    }
  });
  return out;
}

}  // namespace ruralatlas::analysis
