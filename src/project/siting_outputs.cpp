#include "project/siting_outputs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/site_contribution.hpp"
#include "core/error.hpp"

namespace ruralatlas::project {

namespace {

double centimetres(double metres) { return std::round(metres * 100) / 100; }

/// The open sites in output order: new ones by rank, then the existing facilities.
struct OpenSites {
  std::vector<std::size_t> problem_index;  ///< candidate index, or candidates + existing index
  std::vector<core::Point> points;
  std::vector<std::string> ids, names, kinds;
  std::vector<std::int64_t> ranks;
};

OpenSites open_sites(const SiteResult& r, const std::vector<analysis::SiteContribution>& ranked) {
  OpenSites o;
  for (const auto& c : ranked) {
    o.problem_index.push_back(c.candidate);
    o.points.push_back(r.candidates.points[c.candidate]);
    o.ids.push_back(r.candidates.id(c.candidate));
    o.names.push_back(r.candidates.name(c.candidate));
    o.kinds.emplace_back("new");
    o.ranks.push_back(static_cast<std::int64_t>(c.rank));
  }
  for (std::size_t e = 0; e < r.existing.points.size(); ++e) {
    o.problem_index.push_back(r.candidates.points.size() + e);
    o.points.push_back(r.existing.points[e]);
    o.ids.push_back(r.existing.id(e));
    o.names.push_back(r.existing.name(e));
    o.kinds.emplace_back("existing");
    o.ranks.push_back(0);
  }
  return o;
}

struct Allocation {
  std::optional<std::size_t> site;  ///< index into OpenSites
  double cost = 0;                  ///< metres or minutes
  double distance_m = 0;
};

/// Nearest open site per demand point by the result's cost; `first`..`last` of the open sites.
std::vector<Allocation> allocate(const SiteResult& r, const OpenSites& o, std::size_t first, std::size_t last) {
  std::vector<Allocation> result(r.demand.points.size());
  for (std::size_t i = 0; i < result.size(); ++i) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t s = first; s < last; ++s) {
      const double d = boost::geometry::distance(r.demand.points[i], o.points[s]);
      const double cost = r.travel_min ? (*r.travel_min)[o.problem_index[s]][i] : d;
      if (cost < best) best = cost, result[i] = {s, cost, d};
    }
  }
  return result;
}

core::Layer empty_layer(const std::string& name, const core::Crs& crs, core::GeometryKind kind) {
  core::Layer layer;
  layer.name = name;
  layer.crs = crs;
  layer.geometry_kind = kind;
  return layer;
}

}  // namespace

SiteOutputPaths output_paths(const std::filesystem::path& folder) {
  return {folder / "chosen_sites", folder / "allocations.gpkg", folder / "efficiency_curve.csv",
          folder / "plan_comparison.csv", folder / "efficiency_curve.svg"};
}

void check_outputs_absent(const SiteOutputPaths& paths, bool overwrite) {
  auto csv = paths.sites_stem, gpkg = paths.sites_stem;
  csv += ".csv";
  gpkg += ".gpkg";
  if (!overwrite)
    for (const auto& path : {csv, gpkg, paths.allocations, paths.curve, paths.plan, paths.chart})
      if (std::filesystem::exists(path))
        throw core::Error(core::ErrorKind::Output, {path.string(), 0, {}, {}, {}, "the output file exists",
                                                    "pass --overwrite to replace it, or choose another folder"});
  std::filesystem::create_directories(paths.allocations.parent_path().empty() ? "." : paths.allocations.parent_path());
}

core::Layer chosen_sites_layer(const SiteResult& r, const std::string& weight) {
  const auto& ranked = r.ranked;
  const auto open = open_sites(r, ranked);
  const auto allocation = allocate(r, open, 0, open.points.size());
  const auto before = allocate(r, open, ranked.size(), open.points.size());
  std::vector<std::int64_t> served(open.points.size(), 0);
  std::vector<double> served_weight(open.points.size(), 0.0), cost_before(open.points.size(), 0.0),
      cost_after(open.points.size(), 0.0);
  for (std::size_t i = 0; i < allocation.size(); ++i)
    if (const auto s = allocation[i].site; s && allocation[i].cost <= r.within) {
      const double w = r.demand.weights[i];
      ++served[*s], served_weight[*s] += w, cost_after[*s] += w * allocation[i].cost;
      cost_before[*s] += before[i].site ? w * before[i].cost : std::numeric_limits<double>::infinity();
    }
  auto mean = [&](double sum, std::size_t s) {  // empty where nothing served it before
    return served_weight[s] > 0 && std::isfinite(sum) ? core::Value{centimetres(sum / served_weight[s])} : core::Value{};
  };

  const std::string unit = r.travel_min ? "min" : "m";
  auto layer = empty_layer("chosen_sites", r.crs, core::GeometryKind::Point);
  layer.fields = {{"rank", core::FieldType::Integer, 0},
                  {"site_id", core::FieldType::String, 0},
                  {"name", core::FieldType::String, 0},
                  {r.ranked_by_cost ? "saved_" + weight + "_" + unit : "newly_covered_" + weight, core::FieldType::Real, 0},
                  {"served_count", core::FieldType::Integer, 0},
                  {"served_" + weight, core::FieldType::Real, 0},
                  {"mean_before_" + unit, core::FieldType::Real, 0},
                  {"mean_after_" + unit, core::FieldType::Real, 0}};
  for (std::size_t s = 0; s < ranked.size(); ++s) {
    core::Feature f;
    f.fid = static_cast<std::int64_t>(s + 1);
    f.geometry = core::MultiPoint{open.points[s]};
    const double saved = ranked[s].saved_weighted_cost;
    f.attributes = {open.ranks[s], open.ids[s], open.names[s], core::Value{}, served[s], served_weight[s],
                    mean(cost_before[s], s), mean(cost_after[s], s)};
    if (!r.ranked_by_cost) f.attributes[3] = ranked[s].newly_covered_weight;
    else if (std::isfinite(saved)) f.attributes[3] = std::round(saved);  // else empty: an unbounded saving
    layer.features.push_back(std::move(f));
  }
  return layer;
}

core::Layer allocations_layer(const SiteResult& r, const std::string& weight) {
  const auto& ranked = r.ranked;
  const auto open = open_sites(r, ranked);
  const auto after = allocate(r, open, 0, open.points.size());
  const auto before = allocate(r, open, ranked.size(), open.points.size());
  auto layer = empty_layer("allocations", r.crs, core::GeometryKind::Line);
  layer.fields = {{"demand_id", core::FieldType::String, 0},      {"demand_name", core::FieldType::String, 0},
                  {weight, core::FieldType::Real, 0},             {"site_id", core::FieldType::String, 0},
                  {"site_name", core::FieldType::String, 0},      {"site_kind", core::FieldType::String, 0},
                  {"site_rank", core::FieldType::Integer, 0},     {"distance_m", core::FieldType::Real, 0},
                  {"travel_min", core::FieldType::Real, 0},       {"covered", core::FieldType::Integer, 0},
                  {"distance_before_m", core::FieldType::Real, 0}, {"travel_before_min", core::FieldType::Real, 0},
                  {"covered_before", core::FieldType::Integer, 0}};
  const bool with_threshold = std::isfinite(r.within);
  if (!with_threshold) layer.fields.erase(layer.fields.begin() + 12), layer.fields.erase(layer.fields.begin() + 9);
  auto minutes = [&](const Allocation& a) { return r.travel_min && a.site ? core::Value{centimetres(a.cost)} : core::Value{}; };
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (!after[i].site) continue;  // no open site reaches it over the network
    const auto s = *after[i].site;
    core::Feature f;
    f.fid = static_cast<std::int64_t>(i + 1);
    f.geometry = core::MultiLineString{core::LineString{r.demand.points[i], open.points[s]}};
    core::Value distance_before;
    if (before[i].site) distance_before = centimetres(before[i].distance_m);
    const bool covered_before = before[i].site && before[i].cost <= r.within;
    f.attributes = {r.demand.id(i), r.demand.name(i), r.demand.weights[i], open.ids[s], open.names[s], open.kinds[s],
                    open.ranks[s], centimetres(after[i].distance_m), minutes(after[i]),
                    static_cast<std::int64_t>(after[i].cost <= r.within), distance_before, minutes(before[i]),
                    static_cast<std::int64_t>(covered_before)};
    if (!with_threshold) f.attributes.erase(f.attributes.begin() + 12), f.attributes.erase(f.attributes.begin() + 9);
    layer.features.push_back(std::move(f));
  }
  return layer;
}

core::Layer efficiency_curve_layer(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                   double existing_weight, const std::string& weight) {
  auto layer = empty_layer("efficiency_curve", {}, core::GeometryKind::None);
  layer.fields = {{"new_sites", core::FieldType::Integer, 0}, {"covered_" + weight, core::FieldType::Real, 0},
                  {"covered_pct", core::FieldType::Real, 0},  {"added_" + weight, core::FieldType::Real, 0},
                  {"bound_" + weight, core::FieldType::Real, 0}, {"gap_pct", core::FieldType::Real, 0},
                  {"solver", core::FieldType::String, 0},     {"proven_optimal", core::FieldType::Integer, 0}};
  double previous = existing_weight;
  for (const auto& point : curve) {
    const auto& s = point.solution;
    core::Feature f;
    f.fid = static_cast<std::int64_t>(point.new_sites);
    const double pct = total_weight > 0 ? std::round(1000.0 * s.objective / total_weight) / 10 : 0.0;
    f.attributes = {static_cast<std::int64_t>(point.new_sites), s.objective, pct,
                    s.objective - previous, std::round(s.bound * 100) / 100,
                    std::round(s.gap_pct() * 1000) / 1000, s.method, static_cast<std::int64_t>(s.proven_optimal)};
    previous = s.objective;
    layer.features.push_back(std::move(f));
  }
  return layer;
}

core::Layer cost_curve_layer(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight, bool median,
                             const std::string& unit) {
  const std::string measure = (median ? "mean_" : "worst_") + unit;
  auto layer = empty_layer("efficiency_curve", {}, core::GeometryKind::None);
  layer.fields = {{"new_sites", core::FieldType::Integer, 0}, {measure, core::FieldType::Real, 0},
                  {"bound_" + measure, core::FieldType::Real, 0}, {"gap_pct", core::FieldType::Real, 0},
                  {"solver", core::FieldType::String, 0},     {"proven_optimal", core::FieldType::Integer, 0}};
  const double divisor = median && total_weight > 0 ? total_weight : 1.0;
  for (const auto& point : curve) {
    const auto& s = point.solution;
    core::Feature f;
    f.fid = static_cast<std::int64_t>(point.new_sites);
    f.attributes = {static_cast<std::int64_t>(point.new_sites), centimetres(s.objective / divisor),
                    centimetres(s.bound / divisor), std::round(s.gap_pct() * 1000) / 1000, s.method,
                    static_cast<std::int64_t>(s.proven_optimal)};
    layer.features.push_back(std::move(f));
  }
  return layer;
}

std::vector<analysis::SiteContribution> rank_by_assigned_weight(const std::vector<std::size_t>& new_sites,
                                                                const std::vector<analysis::ServedFlow>& flows) {
  std::vector<analysis::SiteContribution> ranked;
  for (const auto j : new_sites) {
    analysis::SiteContribution c{j, 0, 0, 0};
    for (const auto& f : flows)
      if (f.site == j) c.newly_covered_weight += f.weight;
    ranked.push_back(c);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.newly_covered_weight > b.newly_covered_weight; });
  for (std::size_t r = 0; r < ranked.size(); ++r) ranked[r].rank = r + 1;
  return ranked;
}

namespace {

/// Open site (index into OpenSites) per problem site index.
std::vector<std::optional<std::size_t>> open_index(const SiteResult& r, const OpenSites& o) {
  std::vector<std::optional<std::size_t>> index(r.candidates.points.size() + r.existing.points.size());
  for (std::size_t s = 0; s < o.problem_index.size(); ++s) index[o.problem_index[s]] = s;
  return index;
}

double flow_cost(const SiteResult& r, const OpenSites& o, const analysis::ServedFlow& f, std::size_t s) {
  return r.travel_min ? (*r.travel_min)[f.site][f.demand] : boost::geometry::distance(r.demand.points[f.demand], o.points[s]);
}

}  // namespace

core::Layer capacitated_sites_layer(const SiteResult& r, const std::vector<analysis::ServedFlow>& flows,
                                    const std::vector<double>& capacity, const std::string& load) {
  const auto open = open_sites(r, r.ranked);
  const auto index = open_index(r, open);
  std::vector<double> assigned(open.points.size(), 0.0), served_weight(open.points.size(), 0.0), cost(open.points.size(), 0.0);
  std::vector<std::int64_t> served(open.points.size(), 0);
  for (const auto& f : flows) {
    const auto s = *index[f.site];
    assigned[s] += f.load, served_weight[s] += f.weight, cost[s] += f.weight * flow_cost(r, open, f, s), ++served[s];
  }
  const std::string unit = r.travel_min ? "min" : "m";
  auto layer = empty_layer("chosen_sites", r.crs, core::GeometryKind::Point);
  layer.fields = {{"rank", core::FieldType::Integer, 0},         {"site_id", core::FieldType::String, 0},
                  {"name", core::FieldType::String, 0},          {"capacity", core::FieldType::Real, 0},
                  {"assigned_" + load, core::FieldType::Real, 0}, {"served_count", core::FieldType::Integer, 0},
                  {"mean_after_" + unit, core::FieldType::Real, 0}};
  for (std::size_t s = 0; s < r.ranked.size(); ++s) {
    core::Feature f;
    f.fid = static_cast<std::int64_t>(s + 1);
    f.geometry = core::MultiPoint{open.points[s]};
    const double cap = capacity[open.problem_index[s]];
    f.attributes = {open.ranks[s], open.ids[s], open.names[s], std::isfinite(cap) ? core::Value{cap} : core::Value{},
                    centimetres(assigned[s]), served[s],
                    served_weight[s] > 0 ? core::Value{centimetres(cost[s] / served_weight[s])} : core::Value{}};
    layer.features.push_back(std::move(f));
  }
  return layer;
}

core::Layer capacitated_allocations_layer(const SiteResult& r, const std::vector<analysis::ServedFlow>& flows,
                                          const std::string& weight, const std::string& load,
                                          const std::vector<double>& demand_load) {
  const auto open = open_sites(r, r.ranked);
  const auto index = open_index(r, open);
  auto layer = empty_layer("allocations", r.crs, core::GeometryKind::Line);
  layer.fields = {{"demand_id", core::FieldType::String, 0}, {"demand_name", core::FieldType::String, 0},
                  {weight, core::FieldType::Real, 0},        {"share_pct", core::FieldType::Real, 0},
                  {"site_id", core::FieldType::String, 0},   {"site_name", core::FieldType::String, 0},
                  {"site_kind", core::FieldType::String, 0}, {"site_rank", core::FieldType::Integer, 0},
                  {"distance_m", core::FieldType::Real, 0},  {"travel_min", core::FieldType::Real, 0}};
  const bool with_load = load != weight && !demand_load.empty();
  if (with_load) layer.fields.insert(layer.fields.begin() + 3, {load, core::FieldType::Real, 0});
  const bool with_threshold = std::isfinite(r.within);
  if (with_threshold) layer.fields.push_back({"covered", core::FieldType::Integer, 0});
  auto add_line = [&](std::size_t i, std::size_t s, double weight, bool covered) {
    core::Feature f;
    f.fid = static_cast<std::int64_t>(layer.features.size() + 1);
    f.geometry = core::MultiLineString{core::LineString{r.demand.points[i], open.points[s]}};
    const auto site = open.problem_index[s];
    const core::Value minutes = r.travel_min ? core::Value{centimetres((*r.travel_min)[site][i])} : core::Value{};
    f.attributes = {r.demand.id(i), r.demand.name(i), centimetres(weight), std::round(1000 * weight / r.demand.weights[i]) / 10,
                    open.ids[s], open.names[s], open.kinds[s], open.ranks[s],
                    centimetres(boost::geometry::distance(r.demand.points[i], open.points[s])), minutes};
    if (with_load) f.attributes.insert(f.attributes.begin() + 3, centimetres(weight / r.demand.weights[i] * demand_load[i]));
    if (with_threshold) f.attributes.emplace_back(static_cast<std::int64_t>(covered));
    layer.features.push_back(std::move(f));
  };
  std::vector<double> unserved = r.demand.weights;
  for (const auto& flow : flows) {
    const auto s = *index[flow.site];
    add_line(flow.demand, s, flow.weight, flow_cost(r, open, flow, s) <= r.within);
    unserved[flow.demand] -= flow.weight;
  }
  if (with_threshold) {  // what no site within reach has room for: a line to the nearest open site
    const auto nearest = allocate(r, open, 0, open.points.size());
    for (std::size_t i = 0; i < unserved.size(); ++i)
      if (unserved[i] > 1e-6 * r.demand.weights[i] && nearest[i].site) add_line(i, *nearest[i].site, unserved[i], false);
  }
  return layer;
}

core::Layer covering_plan_layer(const analysis::PlanComparison& c, const std::string& weight) {
  auto layer = empty_layer("plan_comparison", {}, core::GeometryKind::None);
  layer.fields = {{"sites", core::FieldType::Integer, 0},          {"plan_covered_" + weight, core::FieldType::Real, 0},
                  {"best_covered_" + weight, core::FieldType::Real, 0}, {"best_bound_" + weight, core::FieldType::Real, 0},
                  {"best_gap_pct", core::FieldType::Real, 0},     {"plan_share_of_best_pct", core::FieldType::Real, 0}};
  const auto& best = c.best;
  layer.features.push_back({1, std::monostate{}, {static_cast<std::int64_t>(c.planned_sites), c.plan_objective, best.objective,
                                                  best.bound, std::round(best.gap_pct() * 1000) / 1000,
                                                  best.objective > 0 ? std::round(1000 * c.plan_objective / best.objective) / 10 : 0.0}});
  return layer;
}

core::Layer cost_plan_layer(const analysis::PlanComparison& c, double total_weight, bool median, const std::string& unit) {
  const std::string measure = (median ? "mean_" : "worst_") + unit;
  const double divisor = median && total_weight > 0 ? total_weight : 1.0;
  auto layer = empty_layer("plan_comparison", {}, core::GeometryKind::None);
  layer.fields = {{"sites", core::FieldType::Integer, 0},
                  {"plan_" + measure, core::FieldType::Real, 0},
                  {"best_" + measure, core::FieldType::Real, 0},
                  {"best_bound_" + measure, core::FieldType::Real, 0},
                  {"best_gap_pct", core::FieldType::Real, 0},
                  {"plan_over_best_pct", core::FieldType::Real, 0}};
  const auto& best = c.best;
  const bool reached = std::isfinite(c.plan_objective);
  const core::Value plan = reached ? core::Value{centimetres(c.plan_objective / divisor)} : core::Value{};
  const core::Value over = reached && best.objective > 0
                               ? core::Value{std::round(1000 * (c.plan_objective - best.objective) / best.objective) / 10}
                               : core::Value{};
  layer.features.push_back({1, std::monostate{}, {static_cast<std::int64_t>(c.planned_sites), plan,
                                                  centimetres(best.objective / divisor), centimetres(best.bound / divisor),
                                                  std::round(best.gap_pct() * 1000) / 1000, over}});
  return layer;
}

}  // namespace ruralatlas::project
