#include "analysis/travel_network.hpp"

#include <algorithm>

namespace ruralatlas::analysis {

namespace {

/// A place where an attachment cuts an edge.
struct Cut {
  std::uint32_t edge = 0;
  double t = 0;
  std::uint32_t node = 0;
  bool operator<(const Cut& o) const {
    return edge < o.edge || (edge == o.edge && (t < o.t || (t == o.t && node < o.node)));
  }
};

/// Attachments sorted by edge, then along it: one flat list, not a list per edge (most edges
/// of a national network have none).
std::vector<Cut> cuts_by_edge(std::uint32_t first_node, const std::vector<std::optional<NetworkAttachment>>& attachments) {
  std::vector<Cut> cuts;
  for (std::size_t i = 0; i < attachments.size(); ++i)
    if (attachments[i]) cuts.push_back({attachments[i]->edge, attachments[i]->t, first_node + static_cast<std::uint32_t>(i)});
  std::sort(cuts.begin(), cuts.end());
  return cuts;
}

void index_arcs(TravelNetwork& network) {
  const std::size_t n = network.nodes.size();
  network.first_arc.assign(n + 1, 0);
  for (const auto& e : network.edges) ++network.first_arc[e.from + 1], ++network.first_arc[e.to + 1];
  for (std::size_t v = 0; v < n; ++v) network.first_arc[v + 1] += network.first_arc[v];
  network.arcs.resize(network.first_arc[n]);
  auto next = network.first_arc;
  for (const auto& e : network.edges) {
    network.arcs[next[e.from]++] = {e.to, e.minutes};
    network.arcs[next[e.to]++] = {e.from, e.minutes};
  }
}

}  // namespace

TravelNetwork build_travel_network(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                   const std::vector<std::optional<NetworkAttachment>>& attachments) {
  TravelNetwork network;
  network.nodes.reserve(graph.nodes.size() + attachments.size());
  network.nodes = graph.nodes;
  const auto first_attachment = static_cast<std::uint32_t>(graph.nodes.size());
  for (const auto& a : attachments) {
    if (!a) {
      network.nodes.push_back(core::Point{0, 0});  // isolated: never reached
      continue;
    }
    const auto& p = graph.nodes[graph.edges[a->edge].from];
    const auto& q = graph.nodes[graph.edges[a->edge].to];
    network.nodes.push_back(core::Point{p.x() + a->t * (q.x() - p.x()), p.y() + a->t * (q.y() - p.y())});
  }
  const auto cuts = cuts_by_edge(first_attachment, attachments);
  network.edges.reserve(graph.edges.size() + cuts.size());
  auto cut = cuts.begin();
  for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
    const auto& edge = graph.edges[e];
    // Minutes of each piece in proportion to its share of the straight edge.
    std::uint32_t previous = edge.from;
    double previous_t = 0;
    for (; cut != cuts.end() && cut->edge == e; ++cut) {
      network.edges.push_back({previous, cut->node, (cut->t - previous_t) * edge_minutes[e], e});
      previous = cut->node, previous_t = cut->t;
    }
    network.edges.push_back({previous, edge.to, (1 - previous_t) * edge_minutes[e], e});
  }
  index_arcs(network);
  return network;
}

}  // namespace ruralatlas::analysis
