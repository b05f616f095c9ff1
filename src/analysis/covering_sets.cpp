#include "analysis/covering_sets.hpp"

#include <algorithm>
#include <utility>

#include <boost/geometry/index/rtree.hpp>

namespace ruralatlas::analysis {

std::vector<std::vector<std::size_t>> covering_sets_within_distance(const std::vector<core::Point>& candidates,
                                                                     const std::vector<core::Point>& demand, double within_m) {
  namespace bg = boost::geometry;
  namespace bgi = boost::geometry::index;
  using Entry = std::pair<core::Point, std::size_t>;
  std::vector<Entry> entries;
  entries.reserve(demand.size());
  for (std::size_t i = 0; i < demand.size(); ++i) entries.emplace_back(demand[i], i);
  const bgi::rtree<Entry, bgi::rstar<16>> index(entries.begin(), entries.end());
  std::vector<std::vector<std::size_t>> covers(candidates.size());
  std::vector<Entry> hits;
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    const auto& c = candidates[j];
    const core::Envelope box{{c.x() - within_m, c.y() - within_m}, {c.x() + within_m, c.y() + within_m}};
    hits.clear();
    index.query(bgi::intersects(box), std::back_inserter(hits));
    for (const auto& [p, i] : hits)
      if (bg::distance(p, c) <= within_m) covers[j].push_back(i);
    std::sort(covers[j].begin(), covers[j].end());
  }
  return covers;
}

}  // namespace ruralatlas::analysis
