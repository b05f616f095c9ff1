#include "analysis/exact_mip_solver.hpp"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>

#include "analysis/greedy_swap_heuristic.hpp"
#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

struct ProblemDeleter {
  void operator()(glp_prob* p) const { glp_delete_prob(p); }
};
using GlpkProblem = std::unique_ptr<glp_prob, ProblemDeleter>;

/// Columns 1..sites are the useful free candidates (x), then one y per residual demand point.
struct MipModel {
  GlpkProblem lp{glp_create_prob()};
  std::vector<std::size_t> site_of_column;  ///< candidate index of x column c (0-based)
  std::vector<std::size_t> demand_of_column;
  double existing_weight = 0;
};

MipModel build_model(const MaximalCoveringProblem& problem) {
  MipModel m;
  const auto count = existing_cover_counts(problem);
  std::vector<int> y_column(count.size(), 0);
  for (std::size_t i = 0; i < count.size(); ++i)
    if (count[i] > 0) m.existing_weight += problem.demand_weight[i];
  for (const auto j : free_candidates(problem)) {
    const bool useful = std::any_of(problem.covers[j].begin(), problem.covers[j].end(), [&](auto i) { return count[i] == 0; });
    if (useful) m.site_of_column.push_back(j);
  }
  for (const auto j : m.site_of_column)
    for (const auto i : problem.covers[j])
      if (count[i] == 0 && y_column[i] == 0) y_column[i] = -1;  // reachable: gets a column below
  const int sites = static_cast<int>(m.site_of_column.size());
  for (std::size_t i = 0; i < count.size(); ++i)
    if (y_column[i] == -1) y_column[i] = sites + 1 + static_cast<int>(m.demand_of_column.size()), m.demand_of_column.push_back(i);

  glp_prob* lp = m.lp.get();
  glp_set_obj_dir(lp, GLP_MAX);
  const int columns = sites + static_cast<int>(m.demand_of_column.size());
  if (columns > 0) glp_add_cols(lp, columns);
  for (int c = 1; c <= sites; ++c) glp_set_col_kind(lp, c, GLP_BV);
  for (std::size_t d = 0; d < m.demand_of_column.size(); ++d) {
    const int c = sites + 1 + static_cast<int>(d);
    glp_set_col_bnds(lp, c, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(lp, c, problem.demand_weight[m.demand_of_column[d]]);
  }
  // Row per residual demand point: y_i - sum x_j <= 0; rows are gathered as sparse triplets.
  std::vector<std::vector<int>> row_columns(count.size());
  for (std::size_t c = 0; c < m.site_of_column.size(); ++c)
    for (const auto i : problem.covers[m.site_of_column[c]])
      if (y_column[i] > 0) row_columns[i].push_back(static_cast<int>(c) + 1);
  std::vector<int> index{0};
  std::vector<double> value{0};
  for (const auto i : m.demand_of_column) {
    const int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, GLP_UP, 0.0, 0.0);
    index.assign({0, y_column[i]});
    value.assign({0, 1.0});
    for (const int c : row_columns[i]) index.push_back(c), value.push_back(-1.0);
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
  double node_bound = std::numeric_limits<double>::infinity();  ///< best open node's LP bound
};

void on_search_event(glp_tree* tree, void* info) {
  auto& state = *static_cast<SearchState*>(info);
  if (glp_ios_reason(tree) == GLP_IHEUR && !state.warm_start_given) {
    glp_ios_heur_sol(tree, state.warm_start.data());
    state.warm_start_given = true;
  }
  if (const int node = glp_ios_best_node(tree); node != 0)
    state.node_bound = std::min(state.node_bound, glp_ios_node_bound(tree, node));
}

std::vector<double> column_values(const MipModel& m, const MaximalCoveringProblem& problem, const SitingSolution& s) {
  std::vector<bool> open(problem.covers.size(), false);
  for (const auto e : problem.existing) open[e] = true;
  for (const auto j : s.new_sites) open[j] = true;
  std::vector<bool> covered(problem.demand_weight.size(), false);
  for (std::size_t j = 0; j < open.size(); ++j)
    if (open[j])
      for (const auto i : problem.covers[j]) covered[i] = true;
  std::vector<double> values{0};
  for (const auto j : m.site_of_column) values.push_back(open[j] ? 1.0 : 0.0);
  for (const auto i : m.demand_of_column) values.push_back(covered[i] ? 1.0 : 0.0);
  return values;
}

/// Opens columns with x = 1, then tops up to k with unused free candidates (<= k in the model).
std::vector<std::size_t> chosen_sites(const MipModel& m, const MaximalCoveringProblem& problem) {
  std::vector<std::size_t> sites;
  std::vector<bool> taken(problem.covers.size(), false);
  for (std::size_t c = 0; c < m.site_of_column.size(); ++c)
    if (glp_mip_col_val(m.lp.get(), static_cast<int>(c) + 1) > 0.5) sites.push_back(m.site_of_column[c]), taken[m.site_of_column[c]] = true;
  for (const auto j : free_candidates(problem))
    if (sites.size() < problem.new_sites && !taken[j]) sites.push_back(j);
  return sites;
}

}  // namespace

SitingSolution ExactMipSolver::solve(const MaximalCoveringProblem& problem) const {
  const auto started = std::chrono::steady_clock::now();
  auto heuristic = GreedySwapHeuristic().solve(problem);  // validates
  heuristic.method = "glpk";
  if (heuristic.proven_optimal && m_accept_closed_heuristic_gap) return heuristic;  // the bound already closes the gap

  auto model = build_model(problem);
  if (model.site_of_column.empty() || problem.new_sites == 0) {  // no new site can add anything
    heuristic.bound = heuristic.objective;
    heuristic.proven_optimal = true;
    return heuristic;
  }
  SearchState state{column_values(model, problem, heuristic)};
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
  if (lp_status != 0 || glp_get_status(model.lp.get()) != GLP_OPT) {
    heuristic.timed_out = true;  // not even the LP relaxation in time: the heuristic stands
    return heuristic;
  }
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
  if (mip == GLP_OPT || mip == GLP_FEAS) {
    auto sites = chosen_sites(model, problem);
    const double objective = covered_weight(problem, sites);
    if (objective > solution.objective) solution.new_sites = std::move(sites), solution.objective = objective;
  }
  if (status == 0 && mip == GLP_OPT) {
    solution.bound = solution.objective;
    solution.proven_optimal = true;
  } else {
    solution.timed_out = true;
    solution.bound = std::max(solution.objective, std::min(heuristic.bound, model.existing_weight + state.node_bound));
    solution.proven_optimal = solution.bound - solution.objective <= 1e-9 * std::max(1.0, solution.bound);
    if (solution.proven_optimal) solution.bound = solution.objective;
  }
  return solution;
}

}  // namespace ruralatlas::analysis
