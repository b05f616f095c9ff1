// `ruralatlas site DEMAND --weight FIELD [--problem covering|median|center] (-k N | --cover-share PCT)
//  (--within-m M | --network ROADS --speeds FILE [--within-min T]) [--candidates LAYER]
//  [--near LAYER:M[:FILTER]]... [--existing LAYER] [--solver heuristic|exact] --out DIR`: where to
// put the next k facilities so the most people are within reach (maximal covering), the
// weighted travel is least (p-median) or the worst trip is shortest (p-center), with the
// optimality gap stated.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <limits>

#include <fmt/format.h>

#include "analysis/capacitated_model.hpp"
#include "analysis/capacitated_solvers.hpp"
#include "analysis/covering_sets.hpp"
#include "analysis/network_travel_costs.hpp"
#include "analysis/road_graph.hpp"
#include "analysis/set_covering_search.hpp"
#include "analysis/speed_table.hpp"
#include "analysis/efficiency_curve.hpp"
#include "analysis/exact_mip_solver.hpp"
#include "analysis/greedy_swap_heuristic.hpp"
#include "analysis/p_center_search.hpp"
#include "analysis/p_median_exact_solver.hpp"
#include "analysis/p_median_heuristic.hpp"
#include "analysis/plan_comparison.hpp"
#include "analysis/site_cost_problem.hpp"
#include "analysis/site_contribution.hpp"
#include "cli/command.hpp"
#include "cli/graph_cache_options.hpp"
#include "cli/efficiency_chart_svg.hpp"
#include "cli/site_inputs.hpp"
#include "cli/site_outputs.hpp"
#include "cli/table_files.hpp"
#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"
#include "io/crs_registry.hpp"
#include "io/metric_crs.hpp"
#include "io/vector_layer_writer.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "project/road_graph_loader.hpp"
#include "project/speed_file.hpp"

namespace ruralatlas::cli {

namespace {

/// "  solver greedy+swap in 0.008 s: not proven optimal"
std::string solver_line(const analysis::SitingSolution& s, double seconds) {
  return fmt::format("  solver {} in {:.3f} s: {}\n", s.method, seconds,
                     s.proven_optimal ? "proven optimal" : s.timed_out ? "time limit reached, best found" : "not proven optimal");
}

class SiteCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("site", "Choose k facility sites: the most people within reach (maximal covering), the least "
                                           "weighted travel (p-median) or the shortest worst trip (p-center)");
    sub->add_option("demand", m_demand.layer_file, "layer file of the demand points, e.g. layers/relocation_sites.yaml")->required();
    sub->add_option("--weight", m_weight, "demand field to cover, e.g. households or population")->required();
    sub->add_option("--demand-filter", m_demand.filter, "only demand matching, e.g. \"county = '会宁县'\"");
    sub->add_option("--problem", m_problem, "covering (most demand within the threshold), median (least weight × distance "
                                            "or minutes) or center (least worst distance or minutes)")
        ->capture_default_str()->check(CLI::IsMember({"covering", "median", "center"}));
    auto* k = sub->add_option("-k,--sites", m_k, "number of new sites to open")->check(CLI::PositiveNumber);
    auto* share = sub->add_option("--cover-share", m_cover_share_pct,
                                  "set covering instead: the fewest new sites covering this % of the demand weight")
                      ->check(CLI::Range(0.0, 100.0));
    k->excludes(share);
    auto* within_m = sub->add_option("--within-m", m_within_m, "straight-line coverage threshold in metres")
                         ->check(CLI::PositiveNumber);
    auto* within_min = sub->add_option("--within-min", m_within_min, "coverage threshold in minutes over --network")
                           ->check(CLI::PositiveNumber);
    within_m->excludes(within_min);
    auto* network = sub->add_option("--network", m_network, "layer file of the roads for travel minutes, e.g. layers/roads.yaml");
    auto* speeds = sub->add_option("--speeds", m_speeds, "speed file: km/h by road class and surface, e.g. networks/speeds.yaml");
    network->needs(speeds);
    within_min->needs(network);
    sub->add_option("--access-kmh", m_access_kmh, "off-road speed to and from the road (default: the speed file's)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--snap-m", m_snap_m, "road ends and vertices closer than this are joined")->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    sub->add_option("--candidates", m_candidates.layer_file, "layer file of candidate sites (default: every demand point)");
    sub->add_option("--grid-m", m_grid_m, "candidate sites on a square grid of this spacing over the demand instead")
        ->check(CLI::PositiveNumber)->excludes("--candidates");
    sub->add_option("--candidate-filter", m_candidates.filter, "only candidates matching, e.g. \"kind = 'village'\"");
    sub->add_option("--near", m_near, "constraint LAYER:METRES[:FILTER]: candidates within METRES of a feature, e.g. "
                                      "\"layers/roads.yaml:1000:hardened = 1\" (repeatable)");
    sub->add_option("--exclude", m_exclude, "exclusion LAYER[:FILTER]: no candidate inside its polygons, e.g. "
                                            "\"layers/townships.yaml:town_code = '620422100'\" (repeatable)");
    sub->add_option("--existing", m_existing.layer_file, "layer file of existing facilities that stay, e.g. layers/clinics.yaml");
    sub->add_option("--existing-filter", m_existing.filter, "only existing facilities matching, e.g. \"level = 'township_hc'\"");
    sub->add_option("--plan", m_plan.layer_file, "layer file of planned sites to compare with the best as many, e.g. layers/projects.yaml");
    sub->add_option("--plan-filter", m_plan.filter, "only planned sites matching, e.g. \"subcat = '村级综合服务设施建设'\"");
    sub->add_option("--solver", m_solver, "heuristic (greedy + swap, with a Lagrangian bound) or exact (GLPK)")
        ->capture_default_str()->check(CLI::IsMember({"heuristic", "exact"}));
    sub->add_option("--time-limit", m_time_limit_s, "seconds for the exact solver per solve; then the best found and its gap")
        ->capture_default_str()->check(CLI::PositiveNumber);
    auto* capacity = sub->add_option("--capacity", m_capacity, "every site (new and existing) serves at most this much --weight "
                                                               "(households with --weight households); covering and median")
                         ->check(CLI::NonNegativeNumber);
    sub->add_option("--capacity-field", m_capacity_field, "field of the candidate (and --existing) layer with each site's capacity "
                                                          "in --weight, e.g. capacity_hh")
        ->excludes(capacity);
    sub->add_option("--capacity-demand", m_capacity_demand, "demand field the capacities count, e.g. households when --weight "
                                                            "is population (default: the --weight)");
    sub->add_option("--curve-max", m_curve_max, "efficiency curve for k = 1..this (default: k)")->check(CLI::PositiveNumber);
    sub->add_option("--crs", m_crs, "metric CRS (default: the CGCS2000 Gauss-Kruger zone of the data)");
    sub->add_option("-o,--out", m_out, "folder for chosen_sites.{csv,gpkg}, allocations.gpkg, efficiency_curve.{csv,svg} (and plan_comparison.csv)")->required();
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    m_graph_cache.add_to(sub);
    return sub;
  }

  int run() override {
    check_usage();
    const auto paths = output_paths(m_out);
    check_outputs_absent(paths, m_overwrite);  // before any work: nothing is written on failure
    auto demand_layer = load_selected(m_demand);
    const auto crs = m_crs.empty() ? io::gauss_kruger_crs_for(demand_layer.layer) : io::crs_from_user_text(m_crs);
    if (crs.is_geographic) core::throw_config_error("--crs", 0, m_crs + " is geographic; siting needs metres", "e.g. EPSG:4544");

    const auto demand = demand_points(std::move(demand_layer), m_weight, crs);
    if (!m_capacity_demand.empty()) m_demand_load = demand_loads(demand, m_capacity_demand);
    auto candidates = m_grid_m > 0                    ? grid_candidates(demand, m_grid_m, crs)
                      : m_candidates.layer_file.empty() ? site_points(load_selected(m_demand), crs)
                                                        : site_points(load_selected(m_candidates), crs);
    candidates = apply_near_constraints(std::move(candidates), m_near, crs, !m_global->quiet);
    candidates = apply_exclusions(std::move(candidates), m_exclude, crs, !m_global->quiet);
    const auto existing = m_existing.layer_file.empty() ? SitePoints{} : site_points(load_selected(m_existing), crs);
    const auto plan = m_plan.layer_file.empty() ? SitePoints{} : site_points(load_selected(m_plan), crs);
    const auto sites = problem_sites(candidates, existing);
    std::vector<std::vector<double>> minutes;
    if (!m_network.empty()) minutes = network_minutes(sites, demand.points, crs);
    if (m_problem != "covering") return run_by_cost(demand, candidates, existing, plan, sites, minutes, crs, paths);
    const auto covers_of = [&](const std::vector<core::Point>& points) {
      return m_network.empty() ? analysis::covering_sets_within_distance(points, demand.points, m_within_m)
                               : analysis::covering_sets_within_cost(network_minutes(points, demand.points, crs), m_within_min);
    };
    auto covers = m_network.empty() ? analysis::covering_sets_within_distance(sites, demand.points, m_within_m)
                                    : analysis::covering_sets_within_cost(minutes, m_within_min);
    if (!m_network.empty()) check_reachable(demand, minutes);
    auto problem = covering_problem(demand, candidates, existing, m_k, std::move(covers));
    report_reach(demand, problem);

    const auto capacity = site_capacity(candidates, existing);
    const auto solve = [&](const analysis::MaximalCoveringProblem& p) {
      if (!capacity.empty()) {
        const auto c = analysis::capacitated_covering(p, capacity, m_demand_load);
        return m_solver == "exact" ? analysis::CapacitatedExactSolver(m_time_limit_s).solve(c) : analysis::CapacitatedHeuristic().solve(c);
      }
      return m_solver == "exact" ? analysis::ExactMipSolver(m_time_limit_s).solve(p) : analysis::GreedySwapHeuristic().solve(p);
    };
    // What a set of new sites covers: within their capacities when there are any.
    const analysis::CoveredWeight covered = [&](const std::vector<std::size_t>& new_sites) {
      if (capacity.empty()) return analysis::covered_weight(problem, new_sites);
      return analysis::CapacitatedModel(analysis::capacitated_covering(problem, capacity, m_demand_load)).assign(new_sites).served_weight;
    };
    const auto started = std::chrono::steady_clock::now();
    analysis::SitingSolution solution;
    std::vector<analysis::EfficiencyPoint> curve;
    if (m_cover_share_pct > 0) {
      auto answer = analysis::fewest_sites_reaching(problem, m_cover_share_pct / 100 * demand.total_weight(), solve, covered);
      print_set_cover(answer);
      m_k = problem.new_sites = answer.new_sites;
      solution = std::move(answer.solution);
      curve = std::move(answer.tried);
    } else {
      solution = solve(problem);
      curve = analysis::efficiency_curve(problem, std::min(m_curve_max ? m_curve_max : m_k, candidates.points.size()), solve);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    print_solution(demand, problem, covered({}), solution, seconds);

    std::optional<core::Layer> plan_table;
    if (!plan.points.empty()) plan_table = compare_plan(demand, problem, covers_of(plan.points), solve);

    std::vector<analysis::ServedFlow> flows;
    if (!capacity.empty()) {
      flows = analysis::CapacitatedModel(analysis::capacitated_covering(problem, capacity, m_demand_load)).assign(solution.new_sites).flows;
      print_capacity_use(demand, flows);
    }
    const auto ranked = capacity.empty() ? analysis::rank_sites(problem, solution.new_sites)
                                         : rank_by_assigned_weight(solution.new_sites, flows);
    const SiteResult result{demand, candidates, existing, ranked, false, threshold(), crs,
                            m_network.empty() ? nullptr : &minutes};
    const auto chosen = capacity.empty() ? chosen_sites_layer(result, m_weight) : capacitated_sites_layer(result, flows, capacity, load_name());
    const auto allocations = capacity.empty() ? allocations_layer(result, m_weight) : capacitated_allocations_layer(result, flows, m_weight, load_name(), m_demand_load);
    const auto curve_table = efficiency_curve_layer(curve, demand.total_weight(), covered({}), m_weight);
    write_table_files(chosen, paths.sites_stem, m_overwrite);
    io::write_vector_layer(allocations, paths.allocations, {m_overwrite});
    io::write_vector_layer(curve_table, paths.curve, {m_overwrite});
    if (plan_table) io::write_vector_layer(*plan_table, paths.plan, {m_overwrite});
    write_text_file(paths.chart, efficiency_chart_svg(curve, demand.total_weight(), covered({}), m_weight));
    if (!m_global->quiet)
      std::cout << fmt::format("  wrote {}.csv/.gpkg, {}, {} and .svg{}\n", paths.sites_stem.string(),
                               paths.allocations.string(), paths.curve.string(), plan_table ? ", " + paths.plan.string() : "");
    return 0;
  }

 private:
  void check_usage() const {
    auto usage = [](std::string message, std::string hint) {
      throw core::Error(core::ErrorKind::Usage, {"site", 0, {}, {}, {}, std::move(message), std::move(hint)});
    };
    const bool capacitated = capacitated_run();
    if (capacitated && m_problem == "center") usage("capacities are for covering and median", "leave out --capacity or use --problem median");
    if (capacitated && !m_plan.layer_file.empty()) usage("--plan does not take capacities", "compare the plan without --capacity");
    if (!m_capacity_demand.empty() && !capacitated) usage("--capacity-demand without capacities", "give --capacity or --capacity-field");
    if (!m_capacity_field.empty() && m_grid_m > 0) usage("grid candidates have no capacity field", "give one capacity for all with --capacity");
    if (m_problem != "covering") {
      if (m_cover_share_pct > 0) usage("--cover-share is set covering", "leave out --problem " + m_problem + " or --cover-share");
      if (m_k == 0) usage("how many sites?", "give -k N");
      return;
    }
    if (m_k == 0 && m_cover_share_pct <= 0)
      usage("how many sites?", "give -k N (maximal covering) or --cover-share PCT (set covering)");
    if (m_within_m <= 0 && m_within_min <= 0)
      usage("no coverage threshold", "give --within-m METRES, or --network, --speeds and --within-min MINUTES");
  }

  /// p-median and p-center: every demand point goes to its cheapest open site; the threshold,
  /// if given, only marks which allocations are within reach.
  int run_by_cost(const SitePoints& demand, const SitePoints& candidates, const SitePoints& existing, const SitePoints& plan,
                  const std::vector<core::Point>& sites, const std::vector<std::vector<double>>& minutes, const core::Crs& crs,
                  const SiteOutputPaths& paths) {
    if (m_k > candidates.points.size())
      core::throw_input_error(candidates.layer.source, fmt::format("-k {} asks for more sites than the {} candidates", m_k,
                                                                   candidates.points.size()),
                              "lower -k or relax the candidate filter and constraints");
    if (!m_network.empty()) check_reachable(demand, minutes);
    analysis::SiteCostProblem problem{demand.weights,
                                      m_network.empty() ? analysis::straight_line_costs(sites, demand.points) : minutes, {}, m_k};
    for (std::size_t e = 0; e < existing.points.size(); ++e) problem.existing.push_back(candidates.points.size() + e);
    const bool median = m_problem == "median";
    const auto capacity = site_capacity(candidates, existing);
    const analysis::SiteCostSolver solve = [&](const analysis::SiteCostProblem& p) {
      if (!capacity.empty()) {
        const auto c = analysis::capacitated_median(p, capacity, m_demand_load);
        return m_solver == "exact" ? analysis::CapacitatedExactSolver(m_time_limit_s).solve(c) : analysis::CapacitatedHeuristic().solve(c);
      }
      if (median)
        return m_solver == "exact" ? analysis::PMedianExactSolver(m_time_limit_s).solve(p) : analysis::PMedianHeuristic().solve(p);
      return analysis::solve_p_center(p, [&](const analysis::MaximalCoveringProblem& cover) {
        return m_solver == "exact" ? analysis::ExactMipSolver(m_time_limit_s).solve(cover) : analysis::GreedySwapHeuristic().solve(cover);
      });
    };
    const auto started = std::chrono::steady_clock::now();
    const auto solution = solve(problem);
    std::vector<analysis::EfficiencyPoint> curve;
    for (std::size_t k = 1; k <= std::min(m_curve_max ? m_curve_max : m_k, candidates.points.size()); ++k) {
      problem.new_sites = k;
      if (const auto c = analysis::capacitated_median(problem, capacity, m_demand_load);
          !capacity.empty() && analysis::largest_capacity(c) < analysis::total_load(c))
        continue;  // too few sites to hold the demand: no point on the curve
      curve.push_back({k, k == m_k ? solution : solve(problem)});
    }
    problem.new_sites = m_k;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const auto existing_value = existing_measure(problem, capacity, demand.total_weight());
    print_cost_solution(demand, problem, existing_value, solution, seconds);
    std::optional<core::Layer> plan_table;
    if (!plan.points.empty()) plan_table = compare_cost_plan(demand, problem, plan, crs, solve);

    std::vector<analysis::ServedFlow> flows;
    if (!capacity.empty()) {
      flows = analysis::CapacitatedModel(analysis::capacitated_median(problem, capacity, m_demand_load)).assign(solution.new_sites).flows;
      print_capacity_use(demand, flows);
    }
    const auto ranked = capacity.empty() ? analysis::rank_sites_by_saving(problem, solution.new_sites)
                                         : rank_by_assigned_weight(solution.new_sites, flows);
    const double within = threshold() > 0 ? threshold() : std::numeric_limits<double>::infinity();
    const SiteResult result{demand, candidates, existing, ranked, true, within, crs, m_network.empty() ? nullptr : &minutes};
    write_table_files(capacity.empty() ? chosen_sites_layer(result, m_weight) : capacitated_sites_layer(result, flows, capacity, load_name()),
                      paths.sites_stem, m_overwrite);
    io::write_vector_layer(capacity.empty() ? allocations_layer(result, m_weight) : capacitated_allocations_layer(result, flows, m_weight, load_name(), m_demand_load),
                           paths.allocations, {m_overwrite});
    io::write_vector_layer(cost_curve_layer(curve, demand.total_weight(), median, cost_unit()), paths.curve, {m_overwrite});
    write_text_file(paths.chart, cost_chart_svg(curve, demand.total_weight(), median, cost_unit(), m_weight, existing_value));
    if (plan_table) io::write_vector_layer(*plan_table, paths.plan, {m_overwrite});
    if (!m_global->quiet)
      std::cout << fmt::format("  wrote {}.csv/.gpkg, {}, {} and .svg{}\n", paths.sites_stem.string(), paths.allocations.string(),
                               paths.curve.string(), plan_table ? ", " + paths.plan.string() : "");
    return 0;
  }

  std::string cost_unit() const { return m_network.empty() ? "m" : "min"; }

  bool capacitated_run() const { return m_capacity >= 0 || !m_capacity_field.empty(); }
  /// What the capacities count: --capacity-demand, or the weight.
  std::string load_name() const { return m_capacity_demand.empty() ? m_weight : m_capacity_demand; }

  /// Capacity per problem site (candidates, then existing facilities); empty without capacities.
  std::vector<double> site_capacity(const SitePoints& candidates, const SitePoints& existing) const {
    if (!capacitated_run()) return {};
    if (m_capacity_field.empty()) return std::vector<double>(candidates.points.size() + existing.points.size(), m_capacity);
    auto capacity = site_capacities(candidates, m_capacity_field);
    if (!existing.points.empty())
      for (const double c : site_capacities(existing, m_capacity_field)) capacity.push_back(c);
    return capacity;
  }

  /// With capacities a demand point may be split between sites: say how many are.
  void print_capacity_use(const SitePoints& demand, const std::vector<analysis::ServedFlow>& flows) const {
    if (m_global->quiet) return;
    std::vector<int> sites_of(demand.points.size(), 0);
    for (const auto& f : flows) ++sites_of[f.demand];
    const auto split = std::count_if(sites_of.begin(), sites_of.end(), [](int n) { return n > 1; });
    std::cout << fmt::format("  capacities in {}: {} demand points split between sites (each part is an allocation line)\n",
                             load_name(), split);
  }

  /// The mean (p-median) or worst (p-center) trip with the existing facilities alone (within
  /// their capacities, if any); none when there are none or they leave demand unserved.
  std::optional<double> existing_measure(const analysis::SiteCostProblem& problem, const std::vector<double>& capacity,
                                         double total_weight) const {
    if (problem.existing.empty()) return std::nullopt;
    if (!capacity.empty()) {
      auto without_new = problem;
      without_new.new_sites = 0;
      const double cost = analysis::CapacitatedModel(analysis::capacitated_median(without_new, capacity, m_demand_load)).assign({}).objective;
      return std::isfinite(cost) ? std::optional<double>(cost / total_weight) : std::nullopt;
    }
    const auto before = analysis::nearest_costs(problem, {});
    if (!std::all_of(before.begin(), before.end(), [](double v) { return std::isfinite(v); })) return std::nullopt;
    return m_problem == "median" ? analysis::total_weighted_cost(problem, {}) / total_weight : analysis::worst_cost(problem, {});
  }

  void print_cost_solution(const SitePoints& demand, const analysis::SiteCostProblem& problem, std::optional<double> existing_value,
                           const analysis::SitingSolution& s, double seconds) const {
    if (m_global->quiet) return;
    const double total = demand.total_weight();
    const auto unit = cost_unit();
    const bool median = m_problem == "median";
    std::cout << fmt::format("{} {} new sites among {} candidates for {} demand points ({:.0f} {}), cost in {}:\n",
                             median ? "p-median:" : "p-center:", m_k, problem.cost.size() - problem.existing.size(),
                             demand.points.size(), total, m_weight,
                             m_network.empty() ? "straight-line metres" : "minutes over " + m_network);
    if (existing_value)
      std::cout << fmt::format("  existing {} facilities: {} trip {:.1f} {}\n", problem.existing.size(), median ? "mean" : "worst",
                               *existing_value, unit);
    if (median)
      std::cout << fmt::format("  objective {:.0f} {}×{} (mean {:.1f} {} per {}), best bound {:.0f} (mean {:.1f}), gap {:.2f}%\n",
                               s.objective, m_weight, unit, s.objective / total, unit, m_weight, s.bound, s.bound / total,
                               s.gap_pct());
    else
      std::cout << fmt::format("  objective {:.1f} {} worst, best bound {:.1f} {}, gap {:.2f}%\n", s.objective, unit, s.bound,
                               unit, s.gap_pct());
    std::cout << solver_line(s, seconds);
  }

  void write_text_file(const std::filesystem::path& path, const std::string& text) const {
    io::AtomicFileWriter writer(path, m_overwrite);
    std::ofstream(writer.temp_path(), std::ios::binary) << text;
    writer.commit();
  }

  double threshold() const { return m_network.empty() ? m_within_m : m_within_min; }
  std::string threshold_text() const {
    return m_network.empty() ? fmt::format("{:g} m", m_within_m) : fmt::format("{:g} min over {}", m_within_min, m_network);
  }

  std::vector<std::vector<double>> network_minutes(const std::vector<core::Point>& sites, const std::vector<core::Point>& demand,
                                                   const core::Crs& crs) const {
    const auto speed_file = project::read_speed_file(m_speeds);
    const auto loaded = m_graph_cache.load(m_network, crs, {m_snap_m, speed_file.class_field, speed_file.surface_field});
    const auto& graph = loaded.graph;
    const double access_kmh = m_access_kmh > 0 ? m_access_kmh : speed_file.access_kmh;
    return analysis::travel_minutes_from_sites(graph, analysis::edge_minutes(graph, speed_file.speeds), sites, demand, access_kmh);
  }

  /// Demand that no site reaches over the network at any time is an input problem, not a gap.
  void check_reachable(const SitePoints& demand, const std::vector<std::vector<double>>& minutes) const {
    std::size_t unreachable = 0, first = 0;
    for (std::size_t i = 0; i < demand.points.size(); ++i) {
      const bool reached = std::any_of(minutes.begin(), minutes.end(), [&](const auto& row) { return std::isfinite(row[i]); });
      if (!reached && unreachable++ == 0) first = i;
    }
    if (unreachable)
      throw core::Error(core::ErrorKind::InputData,
                        {demand.layer.source, 0, demand.layer.name, demand.layer.features[first].fid, {},
                         fmt::format("{} demand points (first: {} {}) are unreachable over {} from every candidate and "
                                     "existing site (another part of the road network)",
                                     unreachable, demand.id(first), demand.name(first), m_network),
                         "connect the roads (ruralatlas travel --graph shows the components) or leave them out with "
                         "--demand-filter"});
  }

  /// Scenario comparison: what the planned sites cover against the best as many new sites.
  core::Layer compare_plan(const SitePoints& demand, const analysis::MaximalCoveringProblem& problem,
                           std::vector<std::vector<std::size_t>> plan_covers, const analysis::SitingSolver& solve) const {
    const auto c = analysis::compare_plan(problem, std::move(plan_covers), solve);
    const double total = demand.total_weight();
    const auto& best = c.best;
    if (!m_global->quiet)
      std::cout << fmt::format("plan: {} planned sites cover {:.0f} {} ({:.1f}%); the best {} sites cover {:.0f} ({:.1f}%, "
                               "bound {:.0f}, gap {:.2f}%)\n",
                               c.planned_sites, c.plan_objective, m_weight, 100 * c.plan_objective / total, best.new_sites.size(),
                               best.objective, 100 * best.objective / total, best.bound, best.gap_pct());
    return covering_plan_layer(c, m_weight);
  }

  /// Scenario comparison for p-median and p-center: the plan's mean or worst trip against the
  /// best as many new sites, over the same costs.
  core::Layer compare_cost_plan(const SitePoints& demand, const analysis::SiteCostProblem& problem, const SitePoints& plan,
                                const core::Crs& crs, const analysis::SiteCostSolver& solve) const {
    const bool median = m_problem == "median";
    auto plan_costs = m_network.empty() ? analysis::straight_line_costs(plan.points, demand.points)
                                        : network_minutes(plan.points, demand.points, crs);
    const auto c = analysis::compare_plan(problem, std::move(plan_costs), median, solve);
    const double divisor = median ? demand.total_weight() : 1.0;
    const auto unit = cost_unit();
    const auto& best = c.best;
    if (!m_global->quiet) {
      const auto plan_text = std::isfinite(c.plan_objective) ? fmt::format("{:.1f} {}", c.plan_objective / divisor, unit)
                                                             : std::string("unbounded (some demand is out of its reach)");
      std::cout << fmt::format("plan: {} planned sites give a {} trip of {}; the best {} sites {:.1f} {} (bound {:.1f}, gap {:.2f}%)\n",
                               c.planned_sites, median ? "mean" : "worst", plan_text, best.new_sites.size(),
                               best.objective / divisor, unit, best.bound / divisor, best.gap_pct());
    }
    return cost_plan_layer(c, demand.total_weight(), median, unit);
  }

  void print_set_cover(const analysis::SetCoveringAnswer& answer) const {
    if (m_global->quiet) return;
    std::cout << fmt::format("set covering: {} new sites reach {:g}% of the demand", answer.new_sites, m_cover_share_pct);
    if (answer.new_sites == 0) std::cout << " (the existing facilities already do)\n";
    else if (answer.min_new_sites == answer.new_sites) std::cout << "; fewer cannot (proven by the bounds)\n";
    else std::cout << fmt::format("; at least {} are needed (proven), fewer than {} not ruled out\n", answer.min_new_sites,
                                  answer.new_sites);
  }

  void report_reach(const SitePoints& demand, const analysis::MaximalCoveringProblem& problem) const {
    std::vector<bool> reachable(demand.points.size(), false);
    for (const auto& list : problem.covers)
      for (const auto i : list) reachable[i] = true;
    std::size_t missed = 0;
    double missed_weight = 0;
    for (std::size_t i = 0; i < reachable.size(); ++i)
      if (!reachable[i]) ++missed, missed_weight += demand.weights[i];
    if (missed == reachable.size())
      core::throw_input_error(m_demand.layer_file, fmt::format("no demand point is within {} of any candidate or existing site",
                                                               threshold_text()),
                              "raise --within-m or relax the candidate constraints");
    if (missed && !m_global->quiet)
      std::cerr << fmt::format("warning: {} demand points ({:.0f} {}) are beyond {} of every candidate; no choice covers them\n",
                               missed, missed_weight, m_weight, threshold_text());
  }

  /// `before`: what the existing facilities cover (within their capacities, if any).
  void print_solution(const SitePoints& demand, const analysis::MaximalCoveringProblem& problem, double before,
                      const analysis::SitingSolution& s, double seconds) const {
    if (m_global->quiet) return;
    const double total = demand.total_weight();
    auto pct = [&](double v) { return total > 0 ? 100.0 * v / total : 0.0; };
    std::cout << fmt::format("siting {} new sites among {} candidates for {} demand points ({:.0f} {}), within {}:\n",
                             m_k, problem.covers.size() - problem.existing.size(), demand.points.size(), total, m_weight,
                             threshold_text());
    if (!problem.existing.empty())
      std::cout << fmt::format("  existing {} facilities cover {:.0f} ({:.1f}%)\n", problem.existing.size(), before, pct(before));
    std::cout << fmt::format("  objective {:.0f} {} covered ({:.1f}%), best bound {:.0f}, gap {:.2f}%\n", s.objective, m_weight,
                             pct(s.objective), s.bound, s.gap_pct())
              << solver_line(s, seconds);
  }

  const GlobalOptions* m_global = nullptr;
  LayerSelection m_demand, m_candidates, m_existing, m_plan;
  std::vector<std::string> m_near, m_exclude;
  std::string m_weight, m_problem = "covering", m_solver = "heuristic", m_crs, m_out, m_network, m_speeds;
  std::size_t m_k = 0, m_curve_max = 0;
  double m_capacity = -1;  ///< < 0: no --capacity
  std::string m_capacity_field, m_capacity_demand;
  std::vector<double> m_demand_load;  ///< per demand point, from --capacity-demand; empty: the weight
  double m_cover_share_pct = 0, m_within_m = 0, m_within_min = 0, m_access_kmh = 0, m_grid_m = 0, m_snap_m = 1, m_time_limit_s = 60;
  bool m_overwrite = false;
  GraphCacheOptions m_graph_cache;
};

}  // namespace

std::unique_ptr<Command> make_site_command() { return std::make_unique<SiteCommand>(); }

}  // namespace ruralatlas::cli
