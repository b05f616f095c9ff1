// The chain-contracted search against a plain Dijkstra over every node, on random networks made
// mostly of chains (as road networks are), with the awkward parts a real network has: loops,
// parallel edges, rings no source can reach, isolated nodes and sources inside chains.
#include <queue>
#include <random>

#include <gtest/gtest.h>

#include "analysis/chain_contraction.hpp"
#include "analysis/shortest_times.hpp"

using namespace ruralatlas;

namespace {

struct RandomNetwork {
  analysis::TravelNetwork network;
  std::vector<analysis::TravelSource> sources;
};

RandomNetwork random_network(unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> minutes(0.1, 5.0);
  analysis::RoadGraph graph;
  std::vector<double> edge_minutes;
  auto add_node = [&] {
    graph.nodes.push_back(core::Point{0, 0});
    return static_cast<std::uint32_t>(graph.nodes.size() - 1);
  };
  auto add_edge = [&](std::uint32_t a, std::uint32_t b) {
    graph.edges.push_back({a, b, 0, 0});
    edge_minutes.push_back(minutes(random));
  };
  const std::uint32_t hubs = 40;
  for (std::uint32_t i = 0; i < hubs; ++i) add_node();
  std::uniform_int_distribution<std::uint32_t> hub(0, hubs - 1), length(0, 12);
  for (int c = 0; c < 90; ++c) {  // chains between hubs (length 0: a direct edge), some loops
    std::uint32_t previous = hub(random);
    const auto end = c % 15 == 0 ? previous : hub(random);
    for (auto k = length(random); k > 0; --k) {
      const auto v = add_node();
      add_edge(previous, v);
      previous = v;
    }
    add_edge(previous, end);
  }
  add_edge(3, 3);                      // a self-loop at a hub
  const auto a = add_node(), b = add_node();  // two nodes joined twice: a ring without a core
  add_edge(a, b), add_edge(b, a);
  const auto lone = add_node();
  add_edge(lone, lone);                // a degree-2 node on its own loop
  add_node();                          // isolated
  const auto spur = add_node();  // a dead end joined to hub 5 by two edges of different minutes
  add_edge(5, spur), add_edge(spur, 5);
  const auto twin = add_node();  // ... and to hub 6 by two of equal minutes
  add_edge(6, twin);
  graph.edges.push_back({twin, 6, 0, 0}), edge_minutes.push_back(edge_minutes.back());
  RandomNetwork result;
  result.network = analysis::build_travel_network(graph, edge_minutes, {});
  std::uniform_int_distribution<std::uint32_t> node(0, static_cast<std::uint32_t>(graph.nodes.size() - 1));
  for (std::uint32_t s = 0; s < 6; ++s) result.sources.push_back({node(random), minutes(random), s});
  result.sources.push_back({a, 0.5, 6});  // a source on the unreachable ring reaches it
  return result;
}

/// Textbook Dijkstra over every node.
analysis::ShortestTimes plain_dijkstra(const analysis::TravelNetwork& network, const std::vector<analysis::TravelSource>& sources) {
  analysis::ShortestTimes t;
  t.minutes.assign(network.nodes.size(), analysis::ShortestTimes::kUnreached);
  t.label.assign(network.nodes.size(), 0);
  using Entry = std::pair<double, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  for (const auto& s : sources)
    if (s.start_min < t.minutes[s.node]) t.minutes[s.node] = s.start_min, t.label[s.node] = s.label, queue.push({s.start_min, s.node});
  while (!queue.empty()) {
    const auto [m, v] = queue.top();
    queue.pop();
    if (m > t.minutes[v]) continue;
    for (auto a = network.first_arc[v]; a < network.first_arc[v + 1]; ++a)
      if (m + network.arcs[a].minutes < t.minutes[network.arcs[a].to]) {
        t.minutes[network.arcs[a].to] = m + network.arcs[a].minutes;
        t.label[network.arcs[a].to] = t.label[v];
        queue.push({t.minutes[network.arcs[a].to], network.arcs[a].to});
      }
  }
  return t;
}

}  // namespace

TEST(ShortestTimes, ChainContractedSearchEqualsDijkstraOverEveryNode) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto [network, sources] = random_network(seed);
    const auto expected = plain_dijkstra(network, sources);
    const auto actual = analysis::shortest_times(network, sources);
    ASSERT_EQ(actual.minutes.size(), expected.minutes.size());
    std::size_t unreached = 0;
    for (std::size_t v = 0; v < expected.minutes.size(); ++v) {
      SCOPED_TRACE("node " + std::to_string(v));
      if (std::isinf(expected.minutes[v])) {
        EXPECT_TRUE(std::isinf(actual.minutes[v]));
        ++unreached;
        continue;
      }
      EXPECT_NEAR(actual.minutes[v], expected.minutes[v], 1e-9);
      EXPECT_EQ(actual.label[v], expected.label[v]);  // random minutes: no ties
    }
    EXPECT_GE(unreached, 2u);  // the lone loop and the isolated node at least
  }
}

TEST(ShortestTimes, ContractionKeepsJunctionsEndsAndSourcesAndFoldsTheRest) {
  // A path 0-1-2-3-4 with a spur 2-5: nodes 1 and 3 fold into chains unless kept.
  analysis::RoadGraph graph;
  graph.nodes.assign(6, core::Point{0, 0});
  graph.edges = {{0, 1, 0, 0}, {1, 2, 0, 0}, {2, 3, 0, 0}, {3, 4, 0, 0}, {2, 5, 0, 0}};
  const auto network = analysis::build_travel_network(graph, {1, 2, 3, 4, 5}, {});
  const auto plain = analysis::contract_chains(network, {});
  EXPECT_EQ(plain.core_nodes, (std::vector<std::uint32_t>{0, 2, 4, 5}));
  EXPECT_EQ(plain.chains.size(), 2u);
  const auto kept = analysis::contract_chains(network, {3});
  EXPECT_EQ(kept.core_nodes, (std::vector<std::uint32_t>{0, 2, 3, 4, 5}));
  // 0 → 2 through node 1 is one arc of 3 minutes each way.
  const auto times = analysis::shortest_times(network, {{0, 0, 7}});
  EXPECT_EQ(times.minutes, (std::vector<double>{0, 1, 3, 6, 10, 8}));
}
