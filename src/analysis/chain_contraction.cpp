#include "analysis/chain_contraction.hpp"

namespace ruralatlas::analysis {

namespace {

struct CoreArc {
  std::uint32_t from = 0, to = 0;  ///< core indices
  double minutes = 0;
};

/// Core indices in node order, so the core keeps the network's locality.
void mark_core(const TravelNetwork& network, const std::vector<std::uint32_t>& keep, ChainContraction& c) {
  const auto n = static_cast<std::uint32_t>(network.first_arc.size() - 1);
  std::vector<bool> kept(n, false);
  for (const auto v : keep) kept[v] = true;
  c.core_of.assign(n, ChainContraction::kInterior);
  for (std::uint32_t v = 0; v < n; ++v)
    if (kept[v] || network.first_arc[v + 1] - network.first_arc[v] != 2) {
      c.core_of[v] = static_cast<std::uint32_t>(c.core_nodes.size());
      c.core_nodes.push_back(v);
    }
}

/// The arc leaving interior node v that is not the one back to `previous` (entered with
/// `minutes`). Two parallel edges of equal minutes to the same node are interchangeable.
const TravelArc& onward_arc(const TravelNetwork& network, std::uint32_t v, std::uint32_t previous, double minutes) {
  const auto& first = network.arcs[network.first_arc[v]];
  return first.to == previous && first.minutes == minutes ? network.arcs[network.first_arc[v] + 1] : first;
}

/// Walks from core node u along `arc` through interior nodes to the next core node, recording
/// the chain; returns the core node reached and the minutes of the whole chain.
std::pair<std::uint32_t, double> walk_chain(const TravelNetwork& network, std::uint32_t u, TravelArc arc,
                                            ChainContraction& c) {
  NetworkChain chain{u, 0, static_cast<std::uint32_t>(c.interior.size()), 0};
  std::uint32_t previous = u;
  double total = 0;
  while (c.core_of[arc.to] == ChainContraction::kInterior) {
    const auto v = arc.to;
    c.interior.push_back(v);
    c.step_min.push_back(arc.minutes);
    total += arc.minutes;
    arc = onward_arc(network, v, previous, arc.minutes);
    previous = v;
  }
  chain.to = arc.to;
  chain.last = static_cast<std::uint32_t>(c.interior.size());
  c.chains.push_back(chain);
  c.last_step_min.push_back(arc.minutes);
  return {arc.to, total + arc.minutes};
}

void index_core_arcs(const std::vector<CoreArc>& arcs, ChainContraction& c) {
  const auto n = c.core_nodes.size();
  c.first_arc.assign(n + 1, 0);
  for (const auto& a : arcs) ++c.first_arc[a.from + 1];
  for (std::size_t v = 0; v < n; ++v) c.first_arc[v + 1] += c.first_arc[v];
  c.arcs.resize(arcs.size());
  auto next = c.first_arc;
  for (const auto& a : arcs) c.arcs[next[a.from]++] = {a.to, a.minutes};
}

}  // namespace

ChainContraction contract_chains(const TravelNetwork& network, const std::vector<std::uint32_t>& keep) {
  ChainContraction c;
  mark_core(network, keep, c);
  std::vector<bool> walked(c.core_of.size(), false);  // interior nodes already in a chain
  std::vector<CoreArc> arcs;
  for (std::uint32_t core = 0; core < c.core_nodes.size(); ++core) {
    const auto u = c.core_nodes[core];
    for (auto a = network.first_arc[u]; a < network.first_arc[u + 1]; ++a) {
      const auto& arc = network.arcs[a];
      if (c.core_of[arc.to] != ChainContraction::kInterior) {
        arcs.push_back({core, c.core_of[arc.to], arc.minutes});  // the other end adds the way back
        continue;
      }
      if (walked[arc.to]) continue;  // walked from its other end, both ways recorded
      const auto first = c.interior.size();
      const auto [end, minutes] = walk_chain(network, u, arc, c);
      for (auto i = first; i < c.interior.size(); ++i) walked[c.interior[i]] = true;
      arcs.push_back({core, c.core_of[end], minutes});
      arcs.push_back({c.core_of[end], core, minutes});
    }
  }
  index_core_arcs(arcs, c);
  return c;
}

}  // namespace ruralatlas::analysis
