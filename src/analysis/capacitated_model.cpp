#include "analysis/capacitated_model.hpp"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

/// Frees the open variables again (0..1) under the cardinality row, the model's last.
void restore_open_bounds(glp_prob* lp, int x_columns, std::size_t new_sites) {
  for (int c = 1; c <= x_columns; ++c) glp_set_col_bnds(lp, c, GLP_DB, 0.0, 1.0);
  glp_set_row_bnds(lp, glp_get_num_rows(lp), GLP_UP, 0.0, static_cast<double>(new_sites));
}

}  // namespace

void CapacitatedModel::Deleter::operator()(glp_prob* lp) const { glp_delete_prob(lp); }

CapacitatedModel::CapacitatedModel(CapacitatedProblem problem) : m_problem(std::move(problem)), m_lp(glp_create_prob()) {
  validate(m_problem);
  glp_term_out(GLP_OFF);
  build();
}

CapacitatedModel::~CapacitatedModel() = default;

void CapacitatedModel::build() {
  const auto& p = m_problem;
  const auto& w = p.demand_weight;
  glp_prob* lp = m_lp.get();
  glp_set_obj_dir(lp, GLP_MAX);
  m_x_of_site.assign(p.cost.size(), 0);
  for (const auto j : free_candidates(p)) m_site_of_x.push_back(j), m_x_of_site[j] = static_cast<int>(m_site_of_x.size());
  double highest_cost = 0;
  int column = static_cast<int>(m_site_of_x.size());
  for (std::size_t j = 0; j < p.cost.size(); ++j)
    for (std::size_t i = 0; i < w.size(); ++i)
      if (std::isfinite(p.cost[j][i])) m_pairs.push_back({i, j, ++column}), highest_cost = std::max(highest_cost, p.cost[j][i]);
  m_penalty = (highest_cost + 1) * static_cast<double>(w.size() + p.cost.size() + 1);
  if (column > 0) glp_add_cols(lp, column);
  for (int c = 1; c <= static_cast<int>(m_site_of_x.size()); ++c) glp_set_col_bnds(lp, c, GLP_DB, 0.0, 1.0);
  for (const auto& pair : m_pairs) glp_set_col_bnds(lp, pair.column, GLP_DB, 0.0, 1.0);

  std::vector<int> rows{0}, columns{0};  // GLPK's 1-based sparse triplets
  std::vector<double> values{0};
  auto add_row = [&](int type, double upper) {
    const int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, type, upper, upper);
    return row;
  };
  auto entry = [&](int row, int col, double value) { rows.push_back(row), columns.push_back(col), values.push_back(value); };
  m_demand_row.assign(w.size(), 0);
  std::vector<int> capacity_row(p.cost.size(), 0);
  for (std::size_t j = 0; j < p.cost.size(); ++j)
    if (std::isfinite(p.capacity[j])) capacity_row[j] = add_row(GLP_UP, m_x_of_site[j] ? 0.0 : p.capacity[j]);
  for (const auto& pair : m_pairs) {
    if (!m_demand_row[pair.demand]) m_demand_row[pair.demand] = add_row(GLP_UP, 1.0);
    entry(m_demand_row[pair.demand], pair.column, 1.0);
    if (capacity_row[pair.site]) entry(capacity_row[pair.site], pair.column, w[pair.demand]);
    if (const int x = m_x_of_site[pair.site]) {  // z_ij <= x_j
      const int link = add_row(GLP_UP, 0.0);
      entry(link, pair.column, 1.0);
      entry(link, x, -1.0);
    }
  }
  for (std::size_t j = 0; j < p.cost.size(); ++j)
    if (capacity_row[j] && m_x_of_site[j]) entry(capacity_row[j], m_x_of_site[j], -p.capacity[j]);
  const int cardinality = add_row(GLP_UP, static_cast<double>(p.new_sites));
  for (int c = 1; c <= static_cast<int>(m_site_of_x.size()); ++c) entry(cardinality, c, 1.0);
  glp_load_matrix(lp, static_cast<int>(rows.size()) - 1, rows.data(), columns.data(), values.data());
}

void CapacitatedModel::set_mode(bool penalise_unserved) {
  const auto& w = m_problem.demand_weight;
  const bool median = m_problem.minimise_cost;
  for (const auto& pair : m_pairs) {
    const double cost = m_problem.cost[pair.site][pair.demand];
    const double profit = !median ? w[pair.demand] : penalise_unserved ? w[pair.demand] * (m_penalty - cost) : -w[pair.demand] * cost;
    glp_set_obj_coef(m_lp.get(), pair.column, profit);
  }
  for (const int row : m_demand_row)
    if (row) glp_set_row_bnds(m_lp.get(), row, median && !penalise_unserved ? GLP_FX : GLP_UP, 1.0, 1.0);
}

void CapacitatedModel::solve_relaxation(int time_limit_ms) {
  glp_smcp options;
  glp_init_smcp(&options);
  options.msg_lev = GLP_MSG_OFF;
  if (time_limit_ms > 0) options.tm_lim = time_limit_ms;
  int status = glp_simplex(m_lp.get(), &options);
  if (status == GLP_EBADB || status == GLP_ESING || status == GLP_ECOND) {  // a basis gone stale: start afresh
    glp_adv_basis(m_lp.get(), 0);
    status = glp_simplex(m_lp.get(), &options);
  }
  if (status != 0 && status != GLP_ETMLIM)
    throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK's simplex failed (code " + std::to_string(status) + ")", {}});
}

CapacitatedAssignment CapacitatedModel::assign(const std::vector<std::size_t>& new_sites) {
  set_mode(true);
  std::vector<bool> open(m_problem.cost.size(), false);
  for (const auto j : new_sites) open[j] = true;
  for (std::size_t c = 0; c < m_site_of_x.size(); ++c) {
    const double v = open[m_site_of_x[c]] ? 1.0 : 0.0;
    glp_set_col_bnds(m_lp.get(), static_cast<int>(c) + 1, GLP_FX, v, v);
  }
  glp_set_row_bnds(m_lp.get(), glp_get_num_rows(m_lp.get()), GLP_FR, 0.0, 0.0);  // the fixed x decide
  solve_relaxation();
  if (glp_get_status(m_lp.get()) != GLP_OPT)
    throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK found no optimal assignment", {}});

  const auto& w = m_problem.demand_weight;
  CapacitatedAssignment result;
  for (const auto& pair : m_pairs) {
    const double share = glp_get_col_prim(m_lp.get(), pair.column);
    if (share <= 1e-9) continue;
    const double weight = share * w[pair.demand];
    result.flows.push_back({pair.demand, pair.site, weight});
    result.served_weight += weight, result.served_cost += weight * m_problem.cost[pair.site][pair.demand];
  }
  double total = 0;
  for (const double v : w) total += v;
  result.unserved_weight = std::max(0.0, total - result.served_weight);
  const bool all_served = result.unserved_weight <= 1e-9 * std::max(1.0, total);
  if (!m_problem.minimise_cost) result.objective = result.served_weight;
  else result.objective = all_served ? result.served_cost : std::numeric_limits<double>::infinity();
  return result;
}

std::optional<double> CapacitatedModel::relaxation_bound() {
  set_mode(false);
  restore_open_bounds(m_lp.get(), static_cast<int>(m_site_of_x.size()), m_problem.new_sites);
  solve_relaxation();
  const int status = glp_get_status(m_lp.get());
  if (status == GLP_NOFEAS) return std::nullopt;
  if (status != GLP_OPT)
    throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK found no optimal relaxation", {}});
  const double value = glp_get_obj_val(m_lp.get());
  return m_problem.minimise_cost ? std::max(0.0, -value) : value;
}

CapacitatedModel::IntegerAnswer CapacitatedModel::solve_integer(double time_limit_s) {
  IntegerAnswer answer;
  const auto bound = relaxation_bound();  // also the optimal basis GLPK's branch and cut starts from
  if (!bound) return answer.infeasible = true, answer;
  for (int c = 1; c <= static_cast<int>(m_site_of_x.size()); ++c) glp_set_col_kind(m_lp.get(), c, GLP_BV);
  glp_iocp options;
  glp_init_iocp(&options);
  options.msg_lev = GLP_MSG_OFF;
  options.tm_lim = static_cast<int>(std::clamp(time_limit_s * 1000.0, 1.0, 2.0e9));
  const int status = glp_intopt(m_lp.get(), &options);
  for (int c = 1; c <= static_cast<int>(m_site_of_x.size()); ++c) glp_set_col_kind(m_lp.get(), c, GLP_CV);
  if (status != 0 && status != GLP_ETMLIM)
    core::throw_input_error("", "the GLPK solver failed (code " + std::to_string(status) + ")",
                            "try --solver heuristic, which always answers with its gap");
  const int mip = glp_mip_status(m_lp.get());
  answer.infeasible = mip == GLP_NOFEAS;
  answer.found = mip == GLP_OPT || mip == GLP_FEAS;
  answer.proven_optimal = status == 0 && mip == GLP_OPT;
  if (answer.found)
    for (std::size_t c = 0; c < m_site_of_x.size(); ++c)
      if (glp_mip_col_val(m_lp.get(), static_cast<int>(c) + 1) > 0.5) answer.new_sites.push_back(m_site_of_x[c]);
  return answer;
}

}  // namespace ruralatlas::analysis
