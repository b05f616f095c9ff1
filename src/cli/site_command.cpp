// `ruralatlas site DEMAND --weight FIELD [--problem covering|median|center] (-k N | --cover-share PCT)
//  (--within-m M | --network ROADS --speeds FILE [--within-min T]) [--candidates LAYER]
//  [--near LAYER:M[:FILTER]]... [--existing LAYER] [--solver heuristic|exact] --out DIR`: where to
// put the next k facilities so the most people are within reach (maximal covering), the
// weighted travel is least (p-median) or the worst trip is shortest (p-center), with the
// optimality gap stated.
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/efficiency_chart_svg.hpp"
#include "cli/graph_cache_options.hpp"
#include "cli/table_files.hpp"
#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"
#include "io/crs_registry.hpp"
#include "io/metric_crs.hpp"
#include "io/vector_layer_writer.hpp"
#include "project/priced_road_graph.hpp"
#include "project/siting_outputs.hpp"
#include "project/siting_run.hpp"
#include "project/speed_file.hpp"

namespace ruralatlas::cli {

namespace {

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
    sub->add_option("--gap", m_gap_pct, "covering heuristic: stop once its answer is proven within this % of the optimum "
                                        "(0: tighten the bound as far as it goes)")
        ->capture_default_str()->check(CLI::Range(0.0, 100.0));
    auto* capacity = sub->add_option("--capacity", m_capacity, "every site (new and existing) serves at most this much --weight "
                                                               "(households with --weight households)")
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
    const auto paths = project::output_paths(m_out);
    project::check_outputs_absent(paths, m_overwrite);  // before any work: nothing is written on failure
    project::SitingInputs in;
    in.demand_source = m_demand.layer_file;
    auto demand_layer = project::load_selected(m_demand);
    in.crs = m_crs.empty() ? io::gauss_kruger_crs_for(demand_layer.layer) : io::crs_from_user_text(m_crs);
    if (in.crs.is_geographic) core::throw_config_error("--crs", 0, m_crs + " is geographic; siting needs metres", "e.g. EPSG:4544");

    in.demand = project::demand_points(std::move(demand_layer), m_weight, in.crs);
    in.candidates = m_grid_m > 0                    ? project::grid_candidates(in.demand, m_grid_m, in.crs)
                    : m_candidates.layer_file.empty() ? project::site_points(project::load_selected(m_demand), in.crs)
                                                      : project::site_points(project::load_selected(m_candidates), in.crs);
    std::vector<project::NearConstraint> near;
    for (const auto& text : m_near) near.push_back(project::read_near_constraint(text));
    std::string trail;
    in.candidates = project::apply_near_constraints(std::move(in.candidates), near, in.crs, trail);
    if (!near.empty()) say("candidates: " + trail + "\n");
    in.candidates = project::apply_exclusions(std::move(in.candidates), m_exclude, in.crs, trail);
    if (!m_exclude.empty()) say("candidates: " + trail + "\n");
    if (!m_existing.layer_file.empty()) in.existing = project::site_points(project::load_selected(m_existing), in.crs);
    if (!m_plan.layer_file.empty()) in.plan = project::site_points(project::load_selected(m_plan), in.crs);

    project::TravelMinutes travel;
    if (!m_network.empty())
      travel = [this, &in](const std::vector<core::Point>& sites, const std::vector<core::Point>& demand) {
        return network_minutes(sites, demand, in.crs);
      };
    const auto outcome = project::run_siting(in, siting_options(), travel);
    if (!m_global->quiet)
      for (const auto& warning : outcome.warnings) std::cerr << "warning: " << warning << '\n';
    say(outcome.report);

    const bool median = m_problem == "median";
    write_table_files(outcome.chosen_sites, paths.sites_stem, m_overwrite);
    io::write_vector_layer(outcome.allocations, paths.allocations, {m_overwrite});
    io::write_vector_layer(outcome.curve, paths.curve, {m_overwrite});
    if (outcome.plan) io::write_vector_layer(*outcome.plan, paths.plan, {m_overwrite});
    write_text_file(paths.chart, m_problem == "covering"
                                     ? efficiency_chart_svg(outcome.curve_points, outcome.total_weight, outcome.existing_covered, m_weight)
                                     : cost_chart_svg(outcome.curve_points, outcome.total_weight, median,
                                                      m_network.empty() ? "m" : "min", m_weight, outcome.existing_value));
    say(fmt::format("  wrote {}.csv/.gpkg, {}, {} and .svg{}\n", paths.sites_stem.string(), paths.allocations.string(),
                    paths.curve.string(), outcome.plan ? ", " + paths.plan.string() : ""));
    return 0;
  }

 private:
  void check_usage() const {
    auto usage = [](std::string message, std::string hint) {
      throw core::Error(core::ErrorKind::Usage, {"site", 0, {}, {}, {}, std::move(message), std::move(hint)});
    };
    const bool capacitated = capacitated_run();
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

  void say(const std::string& text) const {
    if (!m_global->quiet) std::cout << text;
  }

  project::SitingOptions siting_options() const {
    project::SitingOptions o;
    o.problem = m_problem == "median"   ? project::SitingProblem::Median
                : m_problem == "center" ? project::SitingProblem::Center
                                        : project::SitingProblem::Covering;
    o.weight = m_weight;
    o.k = m_k;
    o.cover_share_pct = m_cover_share_pct;
    o.within_m = m_within_m;
    o.within_min = m_within_min;
    o.exact = m_solver == "exact";
    o.time_limit_s = m_time_limit_s;
    o.heuristic_gap_pct = m_gap_pct;
    o.curve_max = m_curve_max;
    o.capacity = m_capacity;
    o.capacity_field = m_capacity_field;
    o.capacity_demand = m_capacity_demand;
    o.network_name = m_network;
    return o;
  }

  bool capacitated_run() const { return m_capacity >= 0 || !m_capacity_field.empty(); }

  void write_text_file(const std::filesystem::path& path, const std::string& text) const {
    io::AtomicFileWriter writer(path, m_overwrite);
    std::ofstream(writer.temp_path(), std::ios::binary) << text;
    writer.commit();
  }

  std::vector<std::vector<double>> network_minutes(const std::vector<core::Point>& sites, const std::vector<core::Point>& demand,
                                                   const core::Crs& crs) const {
    const auto speed_file = project::read_speed_file(m_speeds);
    auto loaded = m_graph_cache.load(m_network, crs, project::road_graph_options(speed_file, m_snap_m));
    return project::price_road_graph(std::move(loaded.graph), speed_file, m_access_kmh).minutes_from_sites(sites, demand);
  }

  const GlobalOptions* m_global = nullptr;
  project::LayerSelection m_demand, m_candidates, m_existing, m_plan;
  std::vector<std::string> m_near, m_exclude;
  std::string m_weight, m_problem = "covering", m_solver = "heuristic", m_crs, m_out, m_network, m_speeds;
  std::size_t m_k = 0, m_curve_max = 0;
  double m_capacity = -1;  ///< < 0: no --capacity
  std::string m_capacity_field, m_capacity_demand;
  double m_cover_share_pct = 0, m_within_m = 0, m_within_min = 0, m_access_kmh = 0, m_grid_m = 0, m_snap_m = 1;
  double m_time_limit_s = 60, m_gap_pct = 0.1;
  bool m_overwrite = false;
  GraphCacheOptions m_graph_cache;
};

}  // namespace

std::unique_ptr<Command> make_site_command() { return std::make_unique<SiteCommand>(); }

}  // namespace ruralatlas::cli
