#pragma once
// Runs criteria files over a village layer: computed measures first, then every rule per
// village (outcome columns, items met, failing items), then the township summary.
#include <filesystem>
#include <vector>

#include "analysis/scorecard_summary.hpp"
#include "core/layer.hpp"
#include "project/criteria_file.hpp"

namespace ruralatlas::project {

struct ScorecardRun {
  std::vector<analysis::CriterionRule> rules;  ///< of all files, in order
  std::vector<analysis::VillageScore> scores;  ///< one per village
  core::Layer villages;  ///< the village layer plus measures, one outcome column per rule and the totals
  core::Layer zones;     ///< the zone layer plus the summary columns
  std::size_t villages_outside = 0;  ///< in no zone
};

/// Column of a rule's outcome: its id in lower case with '-' as '_' ("DX-V05b" -> "dx_v05b").
std::string outcome_column(const analysis::CriterionRule& rule);

struct VillageScoring {
  std::vector<analysis::CriterionRule> rules;  ///< of all files, in order
  std::vector<analysis::VillageScore> scores;  ///< one per village
};

/// Adds to `villages` the criteria files' measures (reprojecting a layer in degrees to its
/// Gauss-Kruger zone first), one outcome column per rule, items_met / items_failed /
/// items_no_data / items_applicable / meets_all, criteria_met / criteria_applicable (items
/// grouped by criterion) and `failing` (the failing items' labels, joined by "；").
VillageScoring score_villages(core::Layer& villages, const std::vector<CriteriaFile>& criteria,
                              const std::string& key_field);

/// Reads the villages of `villages_file` and scores them: fills rules, scores and villages.
ScorecardRun score_village_file(const std::vector<CriteriaFile>& criteria, const std::filesystem::path& villages_file);

/// Reads the zones of `zones_file` into run.zones, in the villages' CRS.
void read_zones(ScorecardRun& run, const std::filesystem::path& zones_file);

/// Finds each scored village's zone and fills run.villages_outside and the summary columns of
/// run.zones. Only reads run.villages, so the villages may be written meanwhile.
void summarise_by_zones(ScorecardRun& run);

}  // namespace ruralatlas::project
