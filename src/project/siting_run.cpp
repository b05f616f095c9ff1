#include "project/siting_run.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "analysis/capacitated_bottleneck.hpp"
#include "analysis/capacitated_model.hpp"
#include "analysis/capacitated_solvers.hpp"
#include "analysis/covering_sets.hpp"
#include "analysis/exact_mip_solver.hpp"
#include "analysis/greedy_swap_heuristic.hpp"
#include "analysis/network_travel_costs.hpp"
#include "analysis/p_center_search.hpp"
#include "analysis/p_median_exact_solver.hpp"
#include "analysis/p_median_heuristic.hpp"
#include "analysis/plan_comparison.hpp"
#include "analysis/set_covering_search.hpp"
#include "analysis/site_contribution.hpp"
#include "analysis/site_cost_problem.hpp"
#include "core/error.hpp"
#include "project/siting_outputs.hpp"

namespace ruralatlas::project {

namespace {

using Matrix = std::vector<std::vector<double>>;

/// "  solver greedy+swap in 0.008 s: not proven optimal"
std::string solver_line(const analysis::SitingSolution& s, double seconds) {
  return fmt::format("  solver {} in {:.3f} s: {}\n", s.method, seconds,
                     s.proven_optimal ? "proven optimal" : s.timed_out ? "time limit reached, best found" : "not proven optimal");
}

double seconds_since(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

/// One run: the inputs, the options and what has been found so far.
class SitingRun {
 public:
  SitingRun(const SitingInputs& in, const SitingOptions& o, const TravelMinutes& travel, const SitingControl& control)
      : m_in(in), m_o(o), m_travel(travel), m_control(control) {
    if (!m_o.capacity_demand.empty()) m_demand_load = demand_loads(m_in.demand, m_o.capacity_demand);
    m_capacity = site_capacity();
    if (!m_capacity.empty() && !m_in.plan.points.empty()) m_capacity_with_plan = capacity_with_plan();  // checks the field first
  }

  SitingOutcome run() {
    m_out.total_weight = m_in.demand.total_weight();
    m_sites = problem_sites(m_in.candidates, m_in.existing);
    if (m_travel) m_minutes = m_travel(m_sites, m_in.demand.points);
    if (m_o.problem == SitingProblem::Covering) run_covering();
    else run_by_cost();
    return std::move(m_out);
  }

 private:
  bool network() const { return static_cast<bool>(m_travel); }
  std::string cost_unit() const { return network() ? "min" : "m"; }
  double threshold() const { return network() ? m_o.within_min : m_o.within_m; }
  std::string threshold_text() const {
    return network() ? fmt::format("{:g} min over {}", m_o.within_min, m_o.network_name) : fmt::format("{:g} m", m_o.within_m);
  }
  /// What the capacities count: the capacity demand field, or the weight.
  std::string load_name() const { return m_o.capacity_demand.empty() ? m_o.weight : m_o.capacity_demand; }
  analysis::GreedySwapHeuristic heuristic() const {
    analysis::GreedySwapHeuristic::Options options;
    options.stop_gap = m_o.heuristic_gap_pct / 100;
    return analysis::GreedySwapHeuristic(options);
  }
  bool capacitated() const { return m_o.capacity >= 0 || !m_o.capacity_field.empty(); }
  std::size_t curve_max() const { return std::min(m_o.curve_max ? m_o.curve_max : m_k, m_in.candidates.points.size()); }

  /// Capacity per problem site (candidates, then existing facilities); empty without capacities.
  std::vector<double> site_capacity() const {
    if (!capacitated()) return {};
    const auto count = m_in.candidates.points.size() + m_in.existing.points.size();
    if (m_o.capacity_field.empty()) return std::vector<double>(count, m_o.capacity);
    auto capacity = site_capacities(m_in.candidates, m_o.capacity_field);
    if (!m_in.existing.points.empty())
      for (const double c : site_capacities(m_in.existing, m_o.capacity_field)) capacity.push_back(c);
    return capacity;
  }

  /// The site capacities followed by the planned sites' (the one capacity, or their field).
  std::vector<double> capacity_with_plan() const {
    auto capacity = m_capacity;
    if (m_o.capacity_field.empty()) capacity.resize(capacity.size() + m_in.plan.points.size(), m_o.capacity);
    else
      for (const double c : site_capacities(m_in.plan, m_o.capacity_field)) capacity.push_back(c);
    return capacity;
  }

  /// Called before every solve: stops a cancelled run, counts progress.
  void before_solve() {
    if (m_control.cancelled && m_control.cancelled()) throw SitingCancelled();
  }
  void after_solve() {
    ++m_solves;
    if (m_control.progress) m_control.progress(m_solves, m_planned_solves);
  }

  void run_covering() {
    m_k = m_o.k;
    const auto covers_of = [&](const std::vector<core::Point>& points) {
      return network() ? analysis::covering_sets_within_cost(m_travel(points, m_in.demand.points), m_o.within_min)
                       : analysis::covering_sets_within_distance(points, m_in.demand.points, m_o.within_m);
    };
    auto covers = network() ? analysis::covering_sets_within_cost(m_minutes, m_o.within_min)
                            : analysis::covering_sets_within_distance(m_sites, m_in.demand.points, m_o.within_m);
    if (network()) check_reachable();
    auto problem = covering_problem(m_in.demand, m_in.candidates, m_in.existing, m_k, std::move(covers));
    report_reach(problem);

    const analysis::SitingSolver solve = [&](const analysis::MaximalCoveringProblem& p) {
      before_solve();
      analysis::SitingSolution s;
      if (!m_capacity.empty()) {
        const auto c = analysis::capacitated_covering(p, m_capacity, m_demand_load);
        s = m_o.exact ? analysis::CapacitatedExactSolver(m_o.time_limit_s).solve(c) : analysis::CapacitatedHeuristic().solve(c);
      } else {
        s = m_o.exact ? analysis::ExactMipSolver(m_o.time_limit_s).solve(p) : heuristic().solve(p);
      }
      after_solve();
      return s;
    };
    // What a set of new sites covers: within their capacities when there are any.
    const analysis::CoveredWeight covered = [&](const std::vector<std::size_t>& new_sites) {
      if (m_capacity.empty()) return analysis::covered_weight(problem, new_sites);
      return analysis::CapacitatedModel(analysis::capacitated_covering(problem, m_capacity, m_demand_load)).assign(new_sites).served_weight;
    };
    const auto started = std::chrono::steady_clock::now();
    if (m_o.cover_share_pct > 0) {
      auto answer = analysis::fewest_sites_reaching(problem, m_o.cover_share_pct / 100 * m_out.total_weight, solve, covered);
      report_set_cover(answer);
      m_k = problem.new_sites = answer.new_sites;
      m_out.solution = std::move(answer.solution);
      m_out.curve_points = std::move(answer.tried);
    } else {
      m_planned_solves = static_cast<int>(1 + curve_max());
      m_out.solution = solve(problem);
      m_out.curve_points = analysis::efficiency_curve(problem, curve_max(), solve);
    }
    m_out.new_sites = m_k;
    m_out.existing_covered = covered({});
    report_solution(problem, m_out.existing_covered, m_out.solution, seconds_since(started));

    if (!m_in.plan.points.empty()) m_out.plan = compare_plan(problem, covers_of(m_in.plan.points), solve);

    std::vector<analysis::ServedFlow> flows;
    if (!m_capacity.empty()) {
      flows = analysis::CapacitatedModel(analysis::capacitated_covering(problem, m_capacity, m_demand_load))
                  .assign(m_out.solution.new_sites)
                  .flows;
      report_capacity_use(flows);
    }
    const auto ranked = m_capacity.empty() ? analysis::rank_sites(problem, m_out.solution.new_sites)
                                           : rank_by_assigned_weight(m_out.solution.new_sites, flows);
    write_layers(ranked, flows, false, threshold());
    m_out.curve = efficiency_curve_layer(m_out.curve_points, m_out.total_weight, m_out.existing_covered, m_o.weight);
  }

  /// p-median and p-center: every demand point goes to its cheapest open site; the threshold,
  /// if given, only marks which allocations are within reach.
  void run_by_cost() {
    m_k = m_o.k;
    const auto& candidates = m_in.candidates;
    if (m_k > candidates.points.size())
      core::throw_input_error(candidates.layer.source, fmt::format("-k {} asks for more sites than the {} candidates", m_k,
                                                                   candidates.points.size()),
                              "lower -k or relax the candidate filter and constraints");
    if (network()) check_reachable();
    analysis::SiteCostProblem problem{m_in.demand.weights,
                                      network() ? m_minutes : analysis::straight_line_costs(m_sites, m_in.demand.points), {}, m_k};
    for (std::size_t e = 0; e < m_in.existing.points.size(); ++e) problem.existing.push_back(candidates.points.size() + e);
    const bool median = m_o.problem == SitingProblem::Median;
    const analysis::SiteCostSolver solve = [&](const analysis::SiteCostProblem& p) {
      before_solve();
      analysis::SitingSolution s;
      if (!median) {
        s = solve_center(p);
      } else if (!m_capacity.empty()) {
        const auto c = analysis::capacitated_median(p, m_capacity, m_demand_load);
        s = m_o.exact ? analysis::CapacitatedExactSolver(m_o.time_limit_s).solve(c) : analysis::CapacitatedHeuristic().solve(c);
      } else {
        s = m_o.exact ? analysis::PMedianExactSolver(m_o.time_limit_s).solve(p) : analysis::PMedianHeuristic().solve(p);
      }
      after_solve();
      return s;
    };
    const auto started = std::chrono::steady_clock::now();
    m_planned_solves = static_cast<int>(curve_max() + (m_k > curve_max() ? 1 : 0));
    m_out.solution = solve(problem);
    for (std::size_t k = 1; k <= curve_max(); ++k) {
      problem.new_sites = k;
      if (const auto c = analysis::capacitated_median(problem, m_capacity, m_demand_load);
          !m_capacity.empty() && analysis::largest_capacity(c) < analysis::total_load(c))
        continue;  // too few sites to hold the demand: no point on the curve
      m_out.curve_points.push_back({k, k == m_k ? m_out.solution : solve(problem)});
    }
    problem.new_sites = m_k;
    m_out.new_sites = m_k;
    m_out.existing_value = existing_measure(problem);
    report_cost_solution(problem, m_out.existing_value, m_out.solution, seconds_since(started));
    if (!m_in.plan.points.empty()) m_out.plan = compare_cost_plan(problem, solve);

    std::vector<analysis::ServedFlow> flows;
    if (!m_capacity.empty()) {
      const auto form = analysis::capacitated_median(problem, m_capacity, m_demand_load);
      flows = median ? analysis::CapacitatedModel(form).assign(m_out.solution.new_sites).flows
                     : analysis::capacitated_bottleneck(form, m_out.solution.new_sites).flows;
      report_capacity_use(flows);
    }
    const auto ranked = m_capacity.empty() ? analysis::rank_sites_by_saving(problem, m_out.solution.new_sites)
                                           : rank_by_assigned_weight(m_out.solution.new_sites, flows);
    write_layers(ranked, flows, true, threshold() > 0 ? threshold() : std::numeric_limits<double>::infinity());
    m_out.curve = cost_curve_layer(m_out.curve_points, m_out.total_weight, median, cost_unit());
  }

  /// p-center as a search over covering radii; with capacities each radius is a capacitated
  /// covering and a choice is worth the worst trip of its best capacitated assignment.
  analysis::SitingSolution solve_center(const analysis::SiteCostProblem& p) const {
    const auto cover = [&](const analysis::MaximalCoveringProblem& c) {
      if (m_capacity.empty()) return m_o.exact ? analysis::ExactMipSolver(m_o.time_limit_s).solve(c) : heuristic().solve(c);
      const auto cc = analysis::capacitated_covering(c, m_capacity, m_demand_load);
      return m_o.exact ? analysis::CapacitatedExactSolver(m_o.time_limit_s).solve(cc) : analysis::CapacitatedHeuristic().solve(cc);
    };
    if (m_capacity.empty()) return analysis::solve_p_center(p, cover);
    const auto form = analysis::capacitated_median(p, m_capacity, m_demand_load);
    if (analysis::largest_capacity(form) < analysis::total_load(form)) analysis::throw_capacity_shortfall(form, std::nullopt);
    return analysis::solve_p_center(p, cover, [&](const std::vector<std::size_t>& sites) {
      return analysis::capacitated_bottleneck(form, sites).worst_cost;
    });
  }

  void write_layers(const std::vector<analysis::SiteContribution>& ranked, const std::vector<analysis::ServedFlow>& flows,
                    bool by_cost, double within) {
    const SiteResult result{m_in.demand, m_in.candidates, m_in.existing, ranked, by_cost, within, m_in.crs,
                            network() ? &m_minutes : nullptr};
    m_out.chosen_sites = m_capacity.empty() ? chosen_sites_layer(result, m_o.weight)
                                            : capacitated_sites_layer(result, flows, m_capacity, load_name());
    m_out.allocations = m_capacity.empty()
                            ? allocations_layer(result, m_o.weight)
                            : capacitated_allocations_layer(result, flows, m_o.weight, load_name(), m_demand_load);
  }

  /// The mean (p-median) or worst (p-center) trip with the existing facilities alone (within
  /// their capacities, if any); none when there are none or they leave demand unserved.
  std::optional<double> existing_measure(const analysis::SiteCostProblem& problem) const {
    if (problem.existing.empty()) return std::nullopt;
    if (!m_capacity.empty()) {
      auto without_new = problem;
      without_new.new_sites = 0;
      const auto form = analysis::capacitated_median(without_new, m_capacity, m_demand_load);
      if (m_o.problem == SitingProblem::Center) {
        const double worst = analysis::capacitated_bottleneck(form, {}).worst_cost;
        return std::isfinite(worst) ? std::optional<double>(worst) : std::nullopt;
      }
      const double cost = analysis::CapacitatedModel(form).assign({}).objective;
      return std::isfinite(cost) ? std::optional<double>(cost / m_out.total_weight) : std::nullopt;
    }
    const auto before = analysis::nearest_costs(problem, {});
    if (!std::all_of(before.begin(), before.end(), [](double v) { return std::isfinite(v); })) return std::nullopt;
    return m_o.problem == SitingProblem::Median ? analysis::total_weighted_cost(problem, {}) / m_out.total_weight
                                                : analysis::worst_cost(problem, {});
  }

  /// Demand that no site reaches over the network at any time is an input problem, not a gap.
  void check_reachable() const {
    const auto& demand = m_in.demand;
    std::size_t unreachable = 0, first = 0;
    for (std::size_t i = 0; i < demand.points.size(); ++i) {
      const bool reached = std::any_of(m_minutes.begin(), m_minutes.end(), [&](const auto& row) { return std::isfinite(row[i]); });
      if (!reached && unreachable++ == 0) first = i;
    }
    if (unreachable)
      throw core::Error(core::ErrorKind::InputData,
                        {demand.layer.source, 0, demand.layer.name, demand.layer.features[first].fid, {},
                         fmt::format("{} demand points (first: {} {}) are unreachable over {} from every candidate and "
                                     "existing site (another part of the road network)",
                                     unreachable, demand.id(first), demand.name(first), m_o.network_name),
                         "connect the roads (ruralatlas travel --graph shows the components) or leave them out with "
                         "--demand-filter"});
  }

  void report_reach(const analysis::MaximalCoveringProblem& problem) {
    const auto& demand = m_in.demand;
    std::vector<bool> reachable(demand.points.size(), false);
    for (const auto& list : problem.covers)
      for (const auto i : list) reachable[i] = true;
    std::size_t missed = 0;
    double missed_weight = 0;
    for (std::size_t i = 0; i < reachable.size(); ++i)
      if (!reachable[i]) ++missed, missed_weight += demand.weights[i];
    if (missed == reachable.size())
      core::throw_input_error(m_in.demand_source,
                              fmt::format("no demand point is within {} of any candidate or existing site", threshold_text()),
                              "raise --within-m or relax the candidate constraints");
    if (missed)
      m_out.warnings.push_back(fmt::format("{} demand points ({:.0f} {}) are beyond {} of every candidate; no choice covers them",
                                           missed, missed_weight, m_o.weight, threshold_text()));
  }

  /// Scenario comparison: what the planned sites cover against the best as many new sites.
  core::Layer compare_plan(const analysis::MaximalCoveringProblem& problem, std::vector<std::vector<std::size_t>> plan_covers,
                           const analysis::SitingSolver& solve) {
    analysis::PlanCoveringValue value;
    if (!m_capacity.empty())
      value = [&](const analysis::MaximalCoveringProblem& with_plan, const std::vector<std::size_t>& planned) {
        auto p = with_plan;
        p.new_sites = planned.size();
        return analysis::CapacitatedModel(analysis::capacitated_covering(p, m_capacity_with_plan, m_demand_load))
            .assign(planned)
            .served_weight;
      };
    const auto c = analysis::compare_plan(problem, std::move(plan_covers), solve, value);
    const double total = m_out.total_weight;
    const auto& best = c.best;
    m_out.report += fmt::format("plan: {} planned sites cover {:.0f} {} ({:.1f}%); the best {} sites cover {:.0f} ({:.1f}%, "
                                "bound {:.0f}, gap {:.2f}%)\n",
                                c.planned_sites, c.plan_objective, m_o.weight, 100 * c.plan_objective / total,
                                best.new_sites.size(), best.objective, 100 * best.objective / total, best.bound, best.gap_pct());
    return covering_plan_layer(c, m_o.weight);
  }

  /// Scenario comparison for p-median and p-center: the plan's mean or worst trip against the
  /// best as many new sites, over the same costs.
  core::Layer compare_cost_plan(const analysis::SiteCostProblem& problem, const analysis::SiteCostSolver& solve) {
    const bool median = m_o.problem == SitingProblem::Median;
    const auto& plan = m_in.plan;
    auto plan_costs = network() ? m_travel(plan.points, m_in.demand.points)
                                : analysis::straight_line_costs(plan.points, m_in.demand.points);
    analysis::PlanCostValue value;
    if (!m_capacity.empty())
      value = [&](const analysis::SiteCostProblem& with_plan, const std::vector<std::size_t>& planned) {
        auto p = with_plan;
        p.new_sites = planned.size();
        const auto form = analysis::capacitated_median(p, m_capacity_with_plan, m_demand_load);
        return median ? analysis::CapacitatedModel(form).assign(planned).objective
                      : analysis::capacitated_bottleneck(form, planned).worst_cost;
      };
    const auto c = analysis::compare_plan(problem, std::move(plan_costs), median, solve, value);
    const double divisor = median ? m_out.total_weight : 1.0;
    const auto unit = cost_unit();
    const auto& best = c.best;
    const auto plan_text = std::isfinite(c.plan_objective) ? fmt::format("{:.1f} {}", c.plan_objective / divisor, unit)
                                                           : std::string("unbounded (some demand is out of its reach)");
    m_out.report += fmt::format("plan: {} planned sites give a {} trip of {}; the best {} sites {:.1f} {} (bound {:.1f}, gap {:.2f}%)\n",
                                c.planned_sites, median ? "mean" : "worst", plan_text, best.new_sites.size(),
                                best.objective / divisor, unit, best.bound / divisor, best.gap_pct());
    return cost_plan_layer(c, m_out.total_weight, median, unit);
  }

  void report_set_cover(const analysis::SetCoveringAnswer& answer) {
    auto& r = m_out.report;
    r += fmt::format("set covering: {} new sites reach {:g}% of the demand", answer.new_sites, m_o.cover_share_pct);
    if (answer.new_sites == 0) r += " (the existing facilities already do)\n";
    else if (answer.min_new_sites == answer.new_sites) r += "; fewer cannot (proven by the bounds)\n";
    else r += fmt::format("; at least {} are needed (proven), fewer than {} not ruled out\n", answer.min_new_sites, answer.new_sites);
  }

  /// With capacities a demand point may be split between sites: say how many are.
  void report_capacity_use(const std::vector<analysis::ServedFlow>& flows) {
    std::vector<int> sites_of(m_in.demand.points.size(), 0);
    for (const auto& f : flows) ++sites_of[f.demand];
    const auto split = std::count_if(sites_of.begin(), sites_of.end(), [](int n) { return n > 1; });
    m_out.report += fmt::format("  capacities in {}: {} demand points split between sites (each part is an allocation line)\n",
                                load_name(), split);
  }

  /// `before`: what the existing facilities cover (within their capacities, if any).
  void report_solution(const analysis::MaximalCoveringProblem& problem, double before, const analysis::SitingSolution& s,
                       double seconds) {
    const double total = m_out.total_weight;
    auto pct = [&](double v) { return total > 0 ? 100.0 * v / total : 0.0; };
    auto& r = m_out.report;
    r += fmt::format("siting {} new sites among {} candidates for {} demand points ({:.0f} {}), within {}:\n", m_k,
                     problem.covers.size() - problem.existing.size(), m_in.demand.points.size(), total, m_o.weight,
                     threshold_text());
    if (!problem.existing.empty())
      r += fmt::format("  existing {} facilities cover {:.0f} ({:.1f}%)\n", problem.existing.size(), before, pct(before));
    r += fmt::format("  objective {:.0f} {} covered ({:.1f}%), best bound {:.0f}, gap {:.2f}%\n", s.objective, m_o.weight,
                     pct(s.objective), s.bound, s.gap_pct());
    r += solver_line(s, seconds);
  }

  void report_cost_solution(const analysis::SiteCostProblem& problem, std::optional<double> existing_value,
                            const analysis::SitingSolution& s, double seconds) {
    const double total = m_out.total_weight;
    const auto unit = cost_unit();
    const bool median = m_o.problem == SitingProblem::Median;
    auto& r = m_out.report;
    r += fmt::format("{} {} new sites among {} candidates for {} demand points ({:.0f} {}), cost in {}:\n",
                     median ? "p-median:" : "p-center:", m_k, problem.cost.size() - problem.existing.size(),
                     m_in.demand.points.size(), total, m_o.weight,
                     network() ? "minutes over " + m_o.network_name : std::string("straight-line metres"));
    if (existing_value)
      r += fmt::format("  existing {} facilities: {} trip {:.1f} {}\n", problem.existing.size(), median ? "mean" : "worst",
                       *existing_value, unit);
    if (median)
      r += fmt::format("  objective {:.0f} {}×{} (mean {:.1f} {} per {}), best bound {:.0f} (mean {:.1f}), gap {:.2f}%\n",
                       s.objective, m_o.weight, unit, s.objective / total, unit, m_o.weight, s.bound, s.bound / total, s.gap_pct());
    else
      r += fmt::format("  objective {:.1f} {} worst, best bound {:.1f} {}, gap {:.2f}%\n", s.objective, unit, s.bound, unit,
                       s.gap_pct());
    r += solver_line(s, seconds);
  }

  const SitingInputs& m_in;
  const SitingOptions& m_o;
  const TravelMinutes& m_travel;
  const SitingControl& m_control;
  std::vector<double> m_demand_load;  ///< per demand point, from capacity_demand; empty: the weight
  std::vector<double> m_capacity;     ///< per problem site; empty: no capacities
  std::vector<double> m_capacity_with_plan;  ///< m_capacity, then the planned sites'
  std::vector<core::Point> m_sites;   ///< candidates, then existing
  Matrix m_minutes;                   ///< [site][demand] with travel minutes
  std::size_t m_k = 0;
  int m_solves = 0, m_planned_solves = 0;
  SitingOutcome m_out;
};

}  // namespace

SitingOutcome run_siting(const SitingInputs& inputs, const SitingOptions& options, const TravelMinutes& travel_minutes,
                         const SitingControl& control) {
  return SitingRun(inputs, options, travel_minutes, control).run();
}

}  // namespace ruralatlas::project
