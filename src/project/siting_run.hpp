#pragma once
// One siting run from loaded inputs to result layers: the problem (maximal covering, set
// covering, p-median, p-center) built and solved, the efficiency curve, the plan comparison,
// the chosen sites and the allocation lines, with the figures `ruralatlas site` prints. The CLI
// and the window's siting panel both call it, so they give the same answer for the same inputs.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/efficiency_curve.hpp"
#include "analysis/siting_solution.hpp"
#include "core/layer.hpp"
#include "project/siting_inputs.hpp"

namespace ruralatlas::project {

enum class SitingProblem { Covering, Median, Center };

/// Everything in the one metric CRS; `plan` and `existing` may be empty.
struct SitingInputs {
  SitePoints demand, candidates, existing, plan;
  core::Crs crs;
  std::string demand_source;  ///< the demand's layer file or map layer, for messages
};

struct SitingOptions {
  SitingProblem problem = SitingProblem::Covering;
  std::string weight;              ///< demand field, e.g. households
  std::size_t k = 0;               ///< new sites; 0 with cover_share_pct: set covering
  double cover_share_pct = 0;      ///< > 0: the fewest new sites covering this % of the weight
  double within_m = 0;             ///< straight-line threshold; 0 with travel minutes
  double within_min = 0;           ///< threshold in minutes over the network
  bool exact = false;              ///< GLPK rather than greedy + swap (Lagrangian bound)
  double time_limit_s = 60;        ///< per exact solve
  double heuristic_gap_pct = 0.1;  ///< the heuristic stops once proven within this % of the optimum
  std::size_t curve_max = 0;       ///< efficiency curve for k = 1..this; 0: k
  double capacity = -1;            ///< every site's capacity; < 0: none
  std::string capacity_field;      ///< or each site's capacity from this field
  std::string capacity_demand;     ///< demand field the capacities count; empty: the weight
  std::string network_name;        ///< the roads' layer file, for messages (with travel minutes)
};

/// Minutes [site][demand] over the road network; empty function: straight-line metres.
using TravelMinutes =
    std::function<std::vector<std::vector<double>>(const std::vector<core::Point>& sites, const std::vector<core::Point>& demand)>;

struct SitingControl {
  std::function<bool()> cancelled;  ///< checked before every solve
  /// After every solve: solves done, solves planned (0: not known, e.g. set covering).
  std::function<void(int done, int planned)> progress;
};

/// Thrown by run_siting when SitingControl::cancelled says so; nothing is returned.
struct SitingCancelled : std::runtime_error {
  SitingCancelled() : std::runtime_error("siting cancelled") {}
};

struct SitingOutcome {
  core::Layer chosen_sites;  ///< ranked new sites with what each adds (see chosen_sites_layer)
  core::Layer allocations;   ///< a line from every demand point to its nearest open site
  core::Layer curve;         ///< the efficiency curve as a table
  std::optional<core::Layer> plan;  ///< the plan comparison, when the inputs have a plan
  analysis::SitingSolution solution;
  std::size_t new_sites = 0;  ///< k, or what set covering found
  std::vector<analysis::EfficiencyPoint> curve_points;
  double total_weight = 0;
  double existing_covered = 0;  ///< covering: what the existing facilities cover alone
  /// median/center: the mean or worst trip with the existing facilities alone, if they reach all.
  std::optional<double> existing_value;
  std::string report;                 ///< what `ruralatlas site` prints, line by line
  std::vector<std::string> warnings;  ///< e.g. demand out of reach of every candidate
};

/// Throws core::Error (InputData) for k above the candidates, demand that no site reaches, an
/// unreachable set-covering share or bad capacities; SitingCancelled when cancelled.
SitingOutcome run_siting(const SitingInputs& inputs, const SitingOptions& options, const TravelMinutes& travel_minutes = {},
                         const SitingControl& control = {});

}  // namespace ruralatlas::project
