#pragma once
// What every siting solver returns: the sites, the objective, and a proven bound on the best
// possible objective, so the user always knows how far from optimal the answer may be.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace ruralatlas::analysis {

struct SitingSolution {
  std::vector<std::size_t> new_sites;  ///< candidate indices opened (existing facilities excluded)
  double objective = 0;                ///< covered weight (or, minimising, cost), existing facilities included
  double bound = 0;                    ///< no solution can do better than this (cover more / cost less)
  bool minimise = false;               ///< p-median and p-center minimise a cost
  bool proven_optimal = false;
  bool timed_out = false;
  std::string method;                  ///< e.g. "greedy+swap", "glpk"

  /// Distance to the bound in percent of the larger of the two (the bound maximising, the
  /// objective minimising); 0 when that is 0. Never negative.
  double gap_pct() const {
    const double scale = minimise ? objective : bound;
    if (scale <= 0) return 0;
    return std::max(0.0, 100.0 * (minimise ? objective - bound : bound - objective) / scale);
  }
};

}  // namespace ruralatlas::analysis
