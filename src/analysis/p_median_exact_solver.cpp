#include "analysis/p_median_exact_solver.hpp"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>

#include "analysis/p_median_heuristic.hpp"
#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

struct ProblemDeleter {
  void operator()(glp_prob* p) const { glp_delete_prob(p); }
};
using GlpkProblem = std::unique_ptr<glp_prob, ProblemDeleter>;

struct Pair {
  std::size_t demand, site_column;  ///< site_column: 0-based index into site_of_column
};

/// Columns 1..sites are y for the useful free candidates, then one x per (demand, candidate)
/// pair cheaper than the demand's existing facility.
struct MedianModel {
  GlpkProblem lp{glp_create_prob()};
  std::vector<std::size_t> site_of_column;
  std::vector<Pair> pairs;
  double existing_cost = 0;  ///< sum of w_i e_i over demand an existing facility serves
};

MedianModel build_model(const SiteCostProblem& problem) {
  MedianModel m;
  const auto& w = problem.demand_weight;
  const auto e = nearest_costs(problem, {});
  for (std::size_t i = 0; i < w.size(); ++i)
    if (std::isfinite(e[i])) m.existing_cost += w[i] * e[i];
  std::vector<std::vector<std::size_t>> columns_of_demand(w.size());
  for (const auto j : free_candidates(problem)) {
    const auto column = m.site_of_column.size();
    bool useful = false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (problem.cost[j][i] < e[i]) useful = true, columns_of_demand[i].push_back(m.pairs.size()), m.pairs.push_back({i, column});
    if (useful) m.site_of_column.push_back(j);
  }
  glp_prob* lp = m.lp.get();
  glp_set_obj_dir(lp, GLP_MIN);
  const int sites = static_cast<int>(m.site_of_column.size());
  const int columns = sites + static_cast<int>(m.pairs.size());
  if (columns > 0) glp_add_cols(lp, columns);
  for (int c = 1; c <= sites; ++c) glp_set_col_kind(lp, c, GLP_BV);
  std::vector<int> index{0};
  std::vector<double> value{0};
  for (std::size_t p = 0; p < m.pairs.size(); ++p) {
    const int c = sites + 1 + static_cast<int>(p);
    const auto [i, s] = m.pairs[p];
    const double saving_base = std::isfinite(e[i]) ? e[i] : 0.0;
    glp_set_col_bnds(lp, c, GLP_LO, 0.0, 0.0);
    glp_set_obj_coef(lp, c, w[i] * (problem.cost[m.site_of_column[s]][i] - saving_base));
    const int row = glp_add_rows(lp, 1);  // x_ij - y_j <= 0
    glp_set_row_bnds(lp, row, GLP_UP, 0.0, 0.0);
    index.assign({0, c, static_cast<int>(s) + 1});
    value.assign({0, 1.0, -1.0});
    glp_set_mat_row(lp, row, 2, index.data(), value.data());
  }
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (columns_of_demand[i].empty()) continue;  // stays with its existing facility
    const int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, std::isfinite(e[i]) ? GLP_UP : GLP_FX, 1.0, 1.0);
    index.assign({0});
    value.assign({0});
    for (const auto p : columns_of_demand[i]) index.push_back(sites + 1 + static_cast<int>(p)), value.push_back(1.0);
    glp_set_mat_row(lp, row, static_cast<int>(index.size()) - 1, index.data(), value.data());
  }
  const int cardinality = glp_add_rows(lp, 1);
  glp_set_row_bnds(lp, cardinality, GLP_UP, 0.0, static_cast<double>(problem.new_sites));
  index.assign({0});
  value.assign({0});
  for (int c = 1; c <= sites; ++c) index.push_back(c), value.push_back(1.0);
  glp_set_mat_row(lp, cardinality, sites, index.data(), value.data());
  return m;
}

/// State shared with GLPK's branch-and-cut callback.
struct SearchState {
  std::vector<double> warm_start;  ///< 1-based column values of the heuristic answer
  bool warm_start_given = false;
  double node_bound = -std::numeric_limits<double>::infinity();  ///< best open node's LP bound
};

void on_search_event(glp_tree* tree, void* info) {
  auto& state = *static_cast<SearchState*>(info);
  if (glp_ios_reason(tree) == GLP_IHEUR && !state.warm_start_given && !state.warm_start.empty()) {
    glp_ios_heur_sol(tree, state.warm_start.data());
    state.warm_start_given = true;
  }
  if (const int node = glp_ios_best_node(tree); node != 0)
    state.node_bound = std::max(state.node_bound, glp_ios_node_bound(tree, node));
}

/// The heuristic's answer as column values: each point to its cheapest open site if that is
/// a candidate cheaper than its existing facility.
std::vector<double> column_values(const MedianModel& m, const SiteCostProblem& problem, const SitingSolution& s) {
  std::vector<bool> open(problem.cost.size(), false);
  for (const auto j : s.new_sites) open[j] = true;
  const auto e = nearest_costs(problem, {});
  std::vector<double> values{0};
  for (const auto j : m.site_of_column) values.push_back(open[j] ? 1.0 : 0.0);
  std::vector<double> best = e;
  std::vector<long> best_pair(problem.demand_weight.size(), -1);
  for (std::size_t p = 0; p < m.pairs.size(); ++p) {
    const auto [i, col] = m.pairs[p];
    const auto j = m.site_of_column[col];
    if (open[j] && problem.cost[j][i] < best[i]) best[i] = problem.cost[j][i], best_pair[i] = static_cast<long>(p);
  }
  values.resize(1 + m.site_of_column.size() + m.pairs.size(), 0.0);
  for (const auto p : best_pair)
    if (p >= 0) values[1 + m.site_of_column.size() + static_cast<std::size_t>(p)] = 1.0;
  return values;
}

/// Opens columns with y = 1, then tops up to k with unused free candidates (<= k in the model).
std::vector<std::size_t> chosen_sites(const MedianModel& m, const SiteCostProblem& problem) {
  std::vector<std::size_t> sites;
  std::vector<bool> taken(problem.cost.size(), false);
  for (std::size_t c = 0; c < m.site_of_column.size(); ++c)
    if (glp_mip_col_val(m.lp.get(), static_cast<int>(c) + 1) > 0.5) sites.push_back(m.site_of_column[c]), taken[m.site_of_column[c]] = true;
  for (const auto j : free_candidates(problem))
    if (sites.size() < problem.new_sites && !taken[j]) sites.push_back(j);
  return sites;
}

}  // namespace

SitingSolution PMedianExactSolver::solve(const SiteCostProblem& problem) const {
  const auto started = std::chrono::steady_clock::now();
  auto heuristic = PMedianHeuristic().search(problem);  // validates
  heuristic.method = "glpk";
  if (heuristic.proven_optimal && m_accept_closed_heuristic_gap) return heuristic;

  auto model = build_model(problem);
  if (model.site_of_column.empty() || problem.new_sites == 0) {  // no new site can lower the cost
    if (!std::isfinite(heuristic.objective)) throw_unservable(problem);
    heuristic.bound = heuristic.objective;
    heuristic.proven_optimal = true;
    return heuristic;
  }
  SearchState state;
  if (std::isfinite(heuristic.objective)) state.warm_start = column_values(model, problem, heuristic);
  glp_term_out(GLP_OFF);
  auto remaining_ms = [&] {  // GLPK takes whole milliseconds; the heuristic's time counts too
    const double spent_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return static_cast<int>(std::clamp((m_time_limit_s - spent_s) * 1000.0, 1.0, 2.0e9));
  };
  glp_smcp lp_options;
  glp_init_smcp(&lp_options);
  lp_options.msg_lev = GLP_MSG_OFF;
  lp_options.tm_lim = remaining_ms();
  const int lp_status = glp_simplex(model.lp.get(), &lp_options);
  if (lp_status == 0 && glp_get_status(model.lp.get()) == GLP_NOFEAS) throw_unservable(problem);
  if (lp_status != 0 || glp_get_status(model.lp.get()) != GLP_OPT) {
    if (!std::isfinite(heuristic.objective)) throw_unservable(problem);  // nothing better to say in time
    heuristic.timed_out = true;  // not even the LP relaxation in time: the heuristic stands
    return heuristic;
  }
  const double lp_bound = model.existing_cost + glp_get_obj_val(model.lp.get());
  glp_iocp options;
  glp_init_iocp(&options);
  options.msg_lev = GLP_MSG_OFF;
  options.tm_lim = remaining_ms();
  options.cb_func = on_search_event;
  options.cb_info = &state;
  const int status = glp_intopt(model.lp.get(), &options);
  if (status != 0 && status != GLP_ETMLIM)
    core::throw_input_error("", "the GLPK solver failed (code " + std::to_string(status) + ")",
                            "try --solver heuristic, which always answers with its gap");

  SitingSolution solution = heuristic;
  const int mip = glp_mip_status(model.lp.get());
  if (mip == GLP_NOFEAS) throw_unservable(problem);
  if (mip == GLP_OPT || mip == GLP_FEAS) {
    auto sites = chosen_sites(model, problem);
    const double objective = total_weighted_cost(problem, sites);
    if (objective < solution.objective) solution.new_sites = std::move(sites), solution.objective = objective;
  }
  if (!std::isfinite(solution.objective)) throw_unservable(problem);
  if (status == 0 && mip == GLP_OPT) {
    solution.bound = solution.objective;
    solution.proven_optimal = true;
  } else {
    solution.timed_out = true;
    const double tree_bound = std::isfinite(state.node_bound) ? model.existing_cost + state.node_bound : lp_bound;
    solution.bound = std::min(solution.objective, std::max({heuristic.bound, lp_bound, tree_bound}));
    solution.proven_optimal = solution.objective - solution.bound <= 1e-9 * std::max(1.0, solution.objective);
    if (solution.proven_optimal) solution.bound = solution.objective;
  }
  return solution;
}

}  // namespace ruralatlas::analysis
