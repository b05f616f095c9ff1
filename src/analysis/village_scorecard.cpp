#include "analysis/village_scorecard.hpp"

#include <algorithm>
#include <cctype>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

bool is_blank(const core::Value& value) {
  if (core::is_null(value)) return true;
  const auto* text = std::get_if<std::string>(&value);
  if (!text) return false;
  const bool all_space = std::all_of(text->begin(), text->end(), [](unsigned char c) { return std::isspace(c); });
  return all_space || *text == "-";
}

std::size_t rule_column(const core::Layer& villages, const CriterionRule& rule) {
  if (auto index = villages.field_index(rule.column)) return *index;
  core::Diagnostic d;
  d.file = rule.file;
  d.line = rule.line;
  d.field = rule.column;
  d.message = "rule " + rule.id + " names column '" + rule.column + "', which layer '" + villages.name + "' does not have";
  d.hint = "join the indicator table with that column onto the layer, or fix the column name";
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

[[noreturn]] void not_a_number(const core::Layer& villages, const core::Feature& village, const CriterionRule& rule,
                               const core::Value& value, std::optional<std::size_t> key) {
  core::Diagnostic d;
  d.file = villages.source;
  d.layer = villages.name;
  d.row = village.fid;
  d.field = rule.column;
  d.message = (key ? "village " + core::to_text(village.attributes[*key]) + ": " : std::string{}) + "'" +
              core::to_text(value) + "' is not a number (rule " + rule.id + ")";
  d.hint = "correct the cell in the layer or its joined table (`ruralatlas join` lists such cells with their table rows), or leave it blank for no data";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

}  // namespace

const char* to_string(ItemOutcome outcome) {
  switch (outcome) {
    case ItemOutcome::Pass: return "pass";
    case ItemOutcome::Fail: return "fail";
    case ItemOutcome::NoData: return "no_data";
    case ItemOutcome::NotApplicable: return "not_applicable";
  }
  return "?";
}

std::vector<VillageScore> evaluate_criteria(const core::Layer& villages, const std::vector<CriterionRule>& rules,
                                            const std::vector<std::vector<bool>>& applies, const std::string& key_field) {
  std::vector<std::size_t> columns;
  for (const auto& rule : rules) columns.push_back(rule_column(villages, rule));
  const auto key = key_field.empty() ? std::nullopt : villages.field_index(key_field);
  std::vector<VillageScore> scores(villages.features.size());
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    const auto& village = villages.features[v];
    auto& score = scores[v];
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const bool applicable = r >= applies.size() || applies[r].empty() || applies[r][v];
      const auto& value = village.attributes[columns[r]];
      ItemOutcome outcome = ItemOutcome::NotApplicable;
      if (applicable && is_blank(value)) {
        outcome = ItemOutcome::NoData;
        ++score.no_data;
      } else if (applicable) {
        const auto number = core::to_number(value);
        if (!number) not_a_number(villages, village, rules[r], value, key);
        const bool pass = compare(*number, rules[r].op, rules[r].threshold);
        outcome = pass ? ItemOutcome::Pass : ItemOutcome::Fail;
        ++(pass ? score.met : score.failed);
      }
      score.items.push_back(outcome);
    }
    score.applicable = score.met + score.failed + score.no_data;
  }
  return scores;
}

}  // namespace ruralatlas::analysis
