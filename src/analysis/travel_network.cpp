#include "analysis/travel_network.hpp"

#include <algorithm>

namespace ruralatlas::analysis {

namespace {

/// Attachments grouped by edge, each edge's sorted along it.
std::vector<std::vector<std::pair<double, std::uint32_t>>> cuts_by_edge(
    std::size_t edge_count, std::uint32_t first_node, const std::vector<std::optional<NetworkAttachment>>& attachments) {
  std::vector<std::vector<std::pair<double, std::uint32_t>>> cuts(edge_count);
  for (std::size_t i = 0; i < attachments.size(); ++i)
    if (attachments[i]) cuts[attachments[i]->edge].emplace_back(attachments[i]->t, first_node + static_cast<std::uint32_t>(i));
  for (auto& c : cuts) std::sort(c.begin(), c.end());
  return cuts;
}

void index_arcs(TravelNetwork& network) {
  const std::size_t n = network.nodes.size();
  network.first_arc.assign(n + 1, 0);
  for (const auto& e : network.edges) ++network.first_arc[e.from + 1], ++network.first_arc[e.to + 1];
  for (std::size_t v = 0; v < n; ++v) network.first_arc[v + 1] += network.first_arc[v];
  network.arc_edge.resize(network.first_arc[n]);
  auto next = network.first_arc;
  for (std::uint32_t e = 0; e < network.edges.size(); ++e) {
    network.arc_edge[next[network.edges[e].from]++] = e;
    network.arc_edge[next[network.edges[e].to]++] = e;
  }
}

}  // namespace

TravelNetwork build_travel_network(const RoadGraph& graph, const std::vector<double>& edge_minutes,
                                   const std::vector<std::optional<NetworkAttachment>>& attachments) {
  TravelNetwork network;
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
  const auto cuts = cuts_by_edge(graph.edges.size(), first_attachment, attachments);
  network.edges.reserve(graph.edges.size() + attachments.size());
  for (std::uint32_t e = 0; e < graph.edges.size(); ++e) {
    const auto& edge = graph.edges[e];
    // Minutes of each piece in proportion to its share of the straight edge.
    std::uint32_t previous = edge.from;
    double previous_t = 0;
    for (const auto& [t, node] : cuts[e]) {
      network.edges.push_back({previous, node, (t - previous_t) * edge_minutes[e], e});
      previous = node, previous_t = t;
    }
    network.edges.push_back({previous, edge.to, (1 - previous_t) * edge_minutes[e], e});
  }
  index_arcs(network);
  return network;
}

}  // namespace ruralatlas::analysis
