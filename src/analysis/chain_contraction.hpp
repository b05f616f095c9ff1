#pragma once
// A road network is mostly chains: a national one has 4.8M nodes of which 95% join exactly two
// edges (vertices along a road). A shortest-path search only has to order the other nodes
// (junctions, dead ends, sources); the minutes at a node inside a chain are the better of
// walking in from either end. This splits a network into that core and its chains.
#include <cstdint>
#include <vector>

#include "analysis/travel_network.hpp"

namespace ruralatlas::analysis {

/// A run of degree-2 nodes between two core nodes (the same one for a loop).
struct NetworkChain {
  std::uint32_t from = 0, to = 0;  ///< core nodes at the ends (network node ids)
  std::uint32_t first = 0, last = 0;  ///< interior nodes are ChainContraction::interior[first, last)
};

struct ChainContraction {
  static constexpr std::uint32_t kInterior = 0xffffffffu;
  std::vector<std::uint32_t> core_of;  ///< per network node: its core index, or kInterior
  std::vector<std::uint32_t> core_nodes;  ///< network node id of each core index
  std::vector<std::uint32_t> first_arc;  ///< CSR over core indices
  std::vector<TravelArc> arcs;  ///< `to` is a core index; minutes summed along the chain
  std::vector<NetworkChain> chains;  ///< chains with at least one interior node, each once
  std::vector<std::uint32_t> interior;  ///< interior nodes, chain by chain, in order from `from`
  std::vector<double> step_min;  ///< minutes of the edge entering interior[i] from the `from` side
  std::vector<double> last_step_min;  ///< per chain: minutes of the edge from its last interior node to `to`
};

/// Core nodes are those not of degree 2, and every node in `keep` (e.g. the search's sources).
/// Nodes on rings without a core node belong to no chain (nothing can reach them).
ChainContraction contract_chains(const TravelNetwork& network, const std::vector<std::uint32_t>& keep);

}  // namespace ruralatlas::analysis
