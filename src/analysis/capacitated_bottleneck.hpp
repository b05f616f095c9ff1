#pragma once
// The worst trip of a capacitated assignment: with capacities a demand point may have to go
// past its nearest open site, so the p-center value of a choice of sites is the smallest cost
// r such that the open sites serve every demand point within r without exceeding any capacity
// (demand may be split). Found by a binary search over the costs, each step one transportation
// problem (CapacitatedModel::assign).
#include <cstddef>
#include <vector>

#include "analysis/capacitated_model.hpp"
#include "analysis/capacitated_problem.hpp"

namespace ruralatlas::analysis {

struct CapacitatedBottleneck {
  double worst_cost = 0;          ///< infinity: the open sites cannot serve everyone at any cost
  std::vector<ServedFlow> flows;  ///< an assignment with no trip above worst_cost
};

/// `problem` in its p-median form (costs, capacities, loads); `new_sites` open besides the
/// existing facilities.
CapacitatedBottleneck capacitated_bottleneck(const CapacitatedProblem& problem, const std::vector<std::size_t>& new_sites);

}  // namespace ruralatlas::analysis
