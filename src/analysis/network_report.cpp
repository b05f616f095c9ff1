#include "analysis/network_report.hpp"

#include <algorithm>
#include <numeric>

namespace ruralatlas::analysis {

namespace {

/// Union-find with path halving: components in near-linear time on millions of edges.
class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (m_parent[x] != x) x = m_parent[x] = m_parent[m_parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::uint32_t> m_parent;
};

}  // namespace

NetworkReport describe_network(const RoadGraph& graph) {
  const std::size_t n = graph.nodes.size();
  std::vector<std::uint32_t> degree(n, 0);
  DisjointSets sets(n);
  for (const auto& e : graph.edges) {
    ++degree[e.from], ++degree[e.to];
    sets.unite(e.from, e.to);
  }
  NetworkReport report;
  for (std::uint32_t v = 0; v < n; ++v)
    if (degree[v] == 1) report.dangling_nodes.push_back(v);

  // Components numbered by root, then renumbered largest first (ties: lowest node first).
  std::vector<NetworkComponent> by_root(n);
  for (std::uint32_t v = 0; v < n; ++v) ++by_root[sets.find(v)].nodes;
  for (const auto& e : graph.edges) {
    auto& c = by_root[sets.find(e.from)];
    ++c.edges;
    c.length_m += e.length_m;
  }
  std::vector<std::uint32_t> roots;
  for (std::uint32_t v = 0; v < n; ++v)
    if (sets.find(v) == v) roots.push_back(v);
  std::stable_sort(roots.begin(), roots.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return by_root[a].nodes > by_root[b].nodes; });
  std::vector<std::uint32_t> rank(n, 0);
  for (std::uint32_t i = 0; i < roots.size(); ++i) {
    rank[roots[i]] = i;
    report.components.push_back(by_root[roots[i]]);
  }
  report.component_of_node.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) report.component_of_node[v] = rank[sets.find(v)];
  return report;
}

}  // namespace ruralatlas::analysis
