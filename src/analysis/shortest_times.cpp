#include "analysis/shortest_times.hpp"

#include <functional>
#include <queue>

namespace ruralatlas::analysis {

ShortestTimes shortest_times(const TravelNetwork& network, const std::vector<TravelSource>& sources) {
  ShortestTimes result;
  result.minutes.assign(network.nodes.size(), ShortestTimes::kUnreached);
  result.label.assign(network.nodes.size(), 0);
  // Binary heap with lazy deletion: a stale entry is skipped when its time exceeds the label.
  using Entry = std::pair<double, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (const auto& s : sources)
    if (s.start_min < result.minutes[s.node]) {
      result.minutes[s.node] = s.start_min;
      result.label[s.node] = s.label;
      heap.emplace(s.start_min, s.node);
    }
  while (!heap.empty()) {
    const auto [minutes, v] = heap.top();
    heap.pop();
    if (minutes > result.minutes[v]) continue;
    for (auto a = network.first_arc[v]; a < network.first_arc[v + 1]; ++a) {
      const auto w = network.arcs[a].to;
      const double through_v = minutes + network.arcs[a].minutes;
      if (through_v < result.minutes[w]) {
        result.minutes[w] = through_v;
        result.label[w] = result.label[v];
        heap.emplace(through_v, w);
      }
    }
  }
  return result;
}

}  // namespace ruralatlas::analysis
