#include "project/village_scorecards.hpp"

#include <cctype>
#include <future>
#include <optional>

#include "analysis/criteria_count.hpp"
#include "analysis/point_in_polygon.hpp"
#include "analysis/village_scorecard.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "io/metric_crs.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/distance_measure.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

std::vector<bool> applies_mask(const core::Layer& villages, const CriteriaRuleSpec& spec) {
  if (spec.applies_to.empty()) return {};
  try {
    auto filter = style::Filter::parse(spec.applies_to);
    filter.bind(villages.fields);
    std::vector<bool> mask;
    for (const auto& v : villages.features) mask.push_back(filter.matches(v.attributes));
    return mask;
  } catch (const core::Error& e) {  // point at the rule, not just the expression
    core::throw_config_error(spec.rule.file, spec.rule.line, "applies_to of rule " + spec.rule.id + ": " + e.what());
  }
}

core::Value number_or_null(std::optional<double> x) {
  core::Value v;
  if (x) v = *x;
  return v;
}

core::Value text_or_null(const std::string* text) {
  core::Value v;
  if (text) v = *text;
  return v;
}

void add_field(core::Layer& layer, const std::string& name, core::FieldType type, const CriteriaRuleSpec* rule = nullptr) {
  if (layer.field_index(name)) {
    const std::string where = rule ? rule->rule.file : layer.source;
    core::throw_config_error(where, rule ? rule->rule.line : 0,
                             "output column '" + name + "' is already a column of layer '" + layer.name + "'",
                             "rename the rule id or the column");
  }
  layer.fields.push_back({name, type, 0});
}

/// Outcome per rule, items met / failed / no data / applicable, meets_all and failing labels.
void append_village_columns(core::Layer& villages, const std::vector<CriteriaRuleSpec>& specs,
                            const std::vector<analysis::CriterionRule>& rules,
                            const std::vector<analysis::VillageScore>& scores) {
  for (const auto& spec : specs) add_field(villages, outcome_column(spec.rule), core::FieldType::String, &spec);
  for (const char* name : {"items_met", "items_failed", "items_no_data", "items_applicable", "meets_all",
                           "criteria_met", "criteria_applicable"})
    add_field(villages, name, core::FieldType::Integer);
  add_field(villages, "failing", core::FieldType::String);
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    auto& a = villages.features[v].attributes;
    const auto& score = scores[v];
    std::string failing;
    for (std::size_t r = 0; r < specs.size(); ++r) {
      a.emplace_back(std::string(analysis::to_string(score.items[r])));
      if (score.items[r] == analysis::ItemOutcome::Fail) failing += (failing.empty() ? "" : "；") + specs[r].rule.label;
    }
    const auto criteria = analysis::count_criteria(score, rules);
    for (int n : {score.met, score.failed, score.no_data, score.applicable, static_cast<int>(score.meets_all()),
                  criteria.met, criteria.applicable})
      a.emplace_back(static_cast<std::int64_t>(n));
    a.emplace_back(std::move(failing));
  }
}

void append_zone_columns(core::Layer& zones, const std::vector<analysis::CriterionRule>& rules,
                         const std::vector<analysis::ZoneScorecard>& summary) {
  const std::pair<const char*, core::FieldType> columns[] = {
      {"villages", core::FieldType::Integer},       {"meeting_all", core::FieldType::Integer},
      {"meeting_all_pct", core::FieldType::Real},   {"mean_items_met", core::FieldType::Real},
      {"most_failed_id", core::FieldType::String},  {"most_failed", core::FieldType::String},
      {"most_failed_villages", core::FieldType::Integer}};
  for (const auto& [name, type] : columns) add_field(zones, name, type);
  for (const auto& rule : rules) add_field(zones, "fail_" + outcome_column(rule), core::FieldType::Integer);
  for (std::size_t z = 0; z < zones.features.size(); ++z) {
    const auto& s = summary[z];
    auto& a = zones.features[z].attributes;
    a.emplace_back(static_cast<std::int64_t>(s.villages));
    a.emplace_back(static_cast<std::int64_t>(s.meeting_all));
    a.push_back(number_or_null(s.villages ? std::optional<double>{100.0 * static_cast<double>(s.meeting_all) /
                                                                   static_cast<double>(s.villages)}
                                          : std::nullopt));
    a.push_back(number_or_null(s.mean_items_met()));
    const auto most = s.most_failed_rule();
    a.push_back(text_or_null(most ? &rules[*most].id : nullptr));
    a.push_back(text_or_null(most ? &rules[*most].label : nullptr));
    a.emplace_back(static_cast<std::int64_t>(most ? s.fails_per_rule[*most] : 0));
    for (auto fails : s.fails_per_rule) a.emplace_back(static_cast<std::int64_t>(fails));
  }
}

using TargetLoads = std::vector<std::future<analysis::NearestTargetIndex>>;

std::vector<const DistanceMeasureSpec*> measures_of(const std::vector<CriteriaFile>& criteria) {
  std::vector<const DistanceMeasureSpec*> measures;
  for (const auto& file : criteria)
    for (const auto& measure : file.measures) {
      for (const auto* earlier : measures)
        if (earlier->name == measure.name)
          core::throw_config_error(measure.file.string(), measure.line, "measure '" + measure.name + "' is defined twice",
                                   "give one of them another name");
      measures.push_back(&measure);
    }
  return measures;
}

/// Each network is read and indexed on a thread of its own: the small ones fit beside the
/// national road network, whose reading and R-tree packing leave a core partly idle.
TargetLoads start_loading(const std::vector<const DistanceMeasureSpec*>& measures, const core::Crs& crs) {
  TargetLoads loads;
  for (const auto* measure : measures)
    loads.push_back(std::async(std::launch::async, [measure, crs] { return load_measure_targets(*measure, crs); }));
  return loads;
}

/// The villages' metric CRS for the measures: their own when projected, else their
/// Gauss-Kruger zone.
core::Crs measure_crs(const core::Layer& villages) {
  return villages.crs.is_geographic ? io::gauss_kruger_crs_for(villages) : villages.crs;
}

/// The same from the source's header, so the networks can be read while the villages are;
/// nothing when the header cannot tell (a service area, an empty extent).
std::optional<core::Crs> measure_crs_from_header(const LayerFileSpec& spec) {
  if (spec.service_area) return std::nullopt;
  const auto header = io::read_layer_header(spec.source, vector_read_options(spec));
  if (!header.crs.is_geographic) return header.crs;
  if (core::is_empty(header.extent)) return std::nullopt;
  return io::gauss_kruger_crs_for(header.extent, header.crs, spec.source.string());
}

/// Moves the villages to `crs` and appends one column per measure, in order, as each load ends.
void append_measures(core::Layer& villages, const std::vector<const DistanceMeasureSpec*>& measures, TargetLoads& loads,
                     const core::Crs& crs) {
  if (measures.empty()) return;
  for (const auto* measure : measures) require_new_measure_column(villages, *measure);
  if (villages.crs.definition != crs.definition) villages = io::reproject(std::move(villages), crs);
  for (std::size_t i = 0; i < measures.size(); ++i) {
    auto targets = loads[i].get();
    append_distance_measure(villages, *measures[i], targets);
  }
}

/// The rules' outcomes on villages that already carry every measure.
VillageScoring apply_rules(core::Layer& villages, const std::vector<CriteriaFile>& criteria, const std::string& key_field) {
  std::vector<CriteriaRuleSpec> specs;
  for (const auto& file : criteria) specs.insert(specs.end(), file.rules.begin(), file.rules.end());
  VillageScoring scoring;
  std::vector<std::vector<bool>> applies;
  for (const auto& spec : specs) {
    scoring.rules.push_back(spec.rule);
    applies.push_back(applies_mask(villages, spec));
  }
  scoring.scores = analysis::evaluate_criteria(villages, scoring.rules, applies, key_field);
  append_village_columns(villages, specs, scoring.rules, scoring.scores);
  return scoring;
}

}  // namespace

std::string outcome_column(const analysis::CriterionRule& rule) {
  std::string name;
  for (unsigned char c : rule.id) name += c == '-' || c == ' ' || c == '.' ? '_' : static_cast<char>(std::tolower(c));
  return name;
}

VillageScoring score_villages(core::Layer& villages, const std::vector<CriteriaFile>& criteria,
                              const std::string& key_field) {
  const auto measures = measures_of(criteria);
  if (!measures.empty()) {
    const auto crs = measure_crs(villages);
    auto loads = start_loading(measures, crs);
    append_measures(villages, measures, loads, crs);
  }
  return apply_rules(villages, criteria, key_field);
}

ScorecardRun score_village_file(const std::vector<CriteriaFile>& criteria, const std::filesystem::path& villages_file) {
  const auto spec = read_layer_file(villages_file);
  const auto measures = measures_of(criteria);
  std::optional<core::Crs> crs;
  TargetLoads loads;
  if (!measures.empty() && (crs = measure_crs_from_header(spec))) loads = start_loading(measures, *crs);
  ScorecardRun run;
  run.villages = load_layer(spec).layer;
  if (!measures.empty() && !crs) {
    crs = measure_crs(run.villages);
    loads = start_loading(measures, *crs);
  }
  if (crs) append_measures(run.villages, measures, loads, *crs);
  auto scoring = apply_rules(run.villages, criteria, spec.key);
  run.rules = std::move(scoring.rules);
  run.scores = std::move(scoring.scores);
  return run;
}

void read_zones(ScorecardRun& run, const std::filesystem::path& zones_file) {
  run.zones = io::reproject(load_layer(read_layer_file(zones_file)).layer, run.villages.crs);
}

void summarise_by_zones(ScorecardRun& run) {
  const auto zone_of = analysis::locate_points(run.villages, run.zones);
  run.villages_outside = 0;
  for (const auto& z : zone_of) run.villages_outside += !z;
  const auto summary = analysis::summarise_scorecards(run.scores, zone_of, run.zones.features.size(), run.rules.size());
  append_zone_columns(run.zones, run.rules, summary);
}

}  // namespace ruralatlas::project
