#include "analysis/capacitated_model.hpp"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

/// Primal simplex from the current basis, or afresh when that basis is unusable; false when
/// `time_limit_s` (if > 0) ran out first.
bool solve_simplex(glp_prob* lp, double time_limit_s = 0) {
  glp_smcp options;
  glp_init_smcp(&options);
  options.msg_lev = GLP_MSG_OFF;
  if (time_limit_s > 0) options.tm_lim = static_cast<int>(std::clamp(time_limit_s * 1000.0, 1.0, 2.0e9));
  int status = glp_simplex(lp, &options);
  if (status == GLP_EBADB || status == GLP_ESING || status == GLP_ECOND) {
    glp_adv_basis(lp, 0);
    status = glp_simplex(lp, &options);
  }
  if (status == GLP_ETMLIM) return false;
  if (status != 0)
    throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK's simplex failed (code " + std::to_string(status) + ")", {}});
  return true;
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
  std::vector<int> demand_row(w.size(), 0);  // 0 where no site can serve the point
  std::vector<int> capacity_row(p.cost.size(), 0);
  for (std::size_t j = 0; j < p.cost.size(); ++j)
    if (std::isfinite(p.capacity[j])) capacity_row[j] = add_row(GLP_UP, m_x_of_site[j] ? 0.0 : p.capacity[j]);
  for (const auto& pair : m_pairs) {
    if (!demand_row[pair.demand]) demand_row[pair.demand] = add_row(p.minimise_cost ? GLP_FX : GLP_UP, 1.0);
    const double cost = p.cost[pair.site][pair.demand];
    glp_set_obj_coef(lp, pair.column, p.minimise_cost ? -w[pair.demand] * cost : w[pair.demand]);
    entry(demand_row[pair.demand], pair.column, 1.0);
    if (capacity_row[pair.site]) entry(capacity_row[pair.site], pair.column, demand_load(p, pair.demand));
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

CapacitatedAssignment CapacitatedModel::assign(const std::vector<std::size_t>& new_sites) const {
  // A transportation problem over the open sites only: small, so built afresh for every set.
  const auto& p = m_problem;
  const auto& w = p.demand_weight;
  auto open = p.existing;
  open.insert(open.end(), new_sites.begin(), new_sites.end());
  std::unique_ptr<glp_prob, Deleter> lp(glp_create_prob());
  glp_set_obj_dir(lp.get(), GLP_MAX);
  std::vector<int> demand_row(w.size(), 0), rows{0}, columns{0};
  std::vector<double> values{0};
  std::vector<Pair> pairs;
  for (const auto j : open) {
    int capacity_row = 0;
    if (std::isfinite(p.capacity[j])) {
      capacity_row = glp_add_rows(lp.get(), 1);
      glp_set_row_bnds(lp.get(), capacity_row, GLP_UP, 0.0, p.capacity[j]);
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (!std::isfinite(p.cost[j][i])) continue;
      const int c = glp_add_cols(lp.get(), 1);
      glp_set_col_bnds(lp.get(), c, GLP_DB, 0.0, 1.0);
      glp_set_obj_coef(lp.get(), c, p.minimise_cost ? w[i] * (m_penalty - p.cost[j][i]) : w[i]);
      if (!demand_row[i]) {
        demand_row[i] = glp_add_rows(lp.get(), 1);
        glp_set_row_bnds(lp.get(), demand_row[i], GLP_UP, 0.0, 1.0);
      }
      rows.push_back(demand_row[i]), columns.push_back(c), values.push_back(1.0);
      if (capacity_row) rows.push_back(capacity_row), columns.push_back(c), values.push_back(demand_load(p, i));
      pairs.push_back({i, j, c});
    }
  }
  CapacitatedAssignment result;
  if (!pairs.empty()) {
    glp_load_matrix(lp.get(), static_cast<int>(rows.size()) - 1, rows.data(), columns.data(), values.data());
    solve_simplex(lp.get());
    if (glp_get_status(lp.get()) != GLP_OPT)
      throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK found no optimal assignment", {}});
  }
  for (const auto& pair : pairs) {
    const double share = glp_get_col_prim(lp.get(), pair.column);
    if (share <= 1e-9) continue;
    const double weight = share * w[pair.demand];
    result.flows.push_back({pair.demand, pair.site, weight, share * demand_load(p, pair.demand)});
    result.served_weight += weight, result.served_cost += weight * p.cost[pair.site][pair.demand];
  }
  double total = 0;
  for (const double v : w) total += v;
  result.unserved_weight = std::max(0.0, total - result.served_weight);
  const bool all_served = result.unserved_weight <= 1e-9 * std::max(1.0, total);
  if (!p.minimise_cost) result.objective = result.served_weight;
  else result.objective = all_served ? result.served_cost : std::numeric_limits<double>::infinity();
  return result;
}

CapacitatedModel::Relaxation CapacitatedModel::relaxation(double time_limit_s) {
  Relaxation r;
  if (!solve_simplex(m_lp.get(), time_limit_s)) return r;
  const int status = glp_get_status(m_lp.get());
  if (status == GLP_NOFEAS) return r.infeasible = true, r;
  if (status != GLP_OPT)
    throw core::Error(core::ErrorKind::Internal, {"", 0, {}, {}, {}, "GLPK found no optimal relaxation", {}});
  const double value = glp_get_obj_val(m_lp.get());
  r.solved = true;
  r.bound = m_problem.minimise_cost ? std::max(0.0, -value) : value;
  return r;
}

CapacitatedModel::IntegerAnswer CapacitatedModel::solve_integer(double time_limit_s) {
  const auto started = std::chrono::steady_clock::now();
  IntegerAnswer answer;
  const auto relaxed = relaxation(time_limit_s);  // also the optimal basis GLPK's branch and cut starts from
  if (relaxed.infeasible) return answer.infeasible = true, answer;
  if (!relaxed.solved) return answer;  // out of time
  time_limit_s -= std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
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
