#pragma once
// A criteria file (criteria/*.yaml): named thresholds (parameters), computed distance
// measures, and the rules a village must meet, each with its source tag and the villages
// it applies to.
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/criterion_rule.hpp"
#include "project/distance_measure.hpp"

namespace ruralatlas::project {

struct CriteriaRuleSpec {
  analysis::CriterionRule rule;
  std::string applies_to;  ///< filter over the village layer; empty = every village
};

struct CriteriaFile {
  std::filesystem::path file;
  std::string name;
  std::string title;
  std::string source;  ///< the document the criteria come from
  std::vector<DistanceMeasureSpec> measures;
  std::vector<CriteriaRuleSpec> rules;
};

/// Throws core::Error (Config) with file:line on unknown keys, an unknown operator, an
/// unknown parameter, a duplicated rule id or a missing key.
CriteriaFile read_criteria_file(const std::filesystem::path& path);

}  // namespace ruralatlas::project
