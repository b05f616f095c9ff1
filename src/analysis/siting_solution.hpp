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
  double objective = 0;                ///< covered weight, existing facilities included
  double bound = 0;                    ///< no solution can cover more than this
  bool proven_optimal = false;
  bool timed_out = false;
  std::string method;                  ///< e.g. "greedy+swap", "glpk"

  /// (bound - objective) / bound in percent; 0 when both are 0. Never negative.
  double gap_pct() const {
    if (bound <= 0) return 0;
    return std::max(0.0, 100.0 * (bound - objective) / bound);
  }
};

}  // namespace ruralatlas::analysis
