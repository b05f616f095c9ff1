#include "analysis/lagrangian_bound.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <span>

#include "analysis/cover_graph.hpp"

namespace ruralatlas::analysis {

namespace {

// Step rule. A deflected subgradient (Camerini, Fratta and Maffioli 1975: the direction keeps
// part of the last one) damps the zig-zag of plain steps; on the 2,000 x 500 bench instance it
// reaches in 100 iterations the bound plain steps (halving after 20) reached in 300.
constexpr double kDeflection = 0.7;
constexpr int kHalveAfter = 5;        ///< iterations without a better bound before the step halves
constexpr int kStallWindow = 25;      ///< stop when over this many iterations the bound
constexpr double kStallShare = 1e-4;  ///< improved by less than this share of itself
constexpr double kStallGapShare = 0.01;  ///< and of the gap to the best objective known

/// The part of the problem the new sites decide: demand the existing facilities miss and some
/// free candidate reaches (the rest can never count: lambda = w from the start), as seen by
/// the free candidates.
struct ResidualProblem {
  double existing_weight = 0;
  std::vector<double> weight;
  std::vector<std::size_t> candidate;  ///< original index of each free candidate
  CoverGraph graph;                    ///< free candidates x residual demand
};

ResidualProblem residual_of(const MaximalCoveringProblem& problem) {
  const auto count = existing_cover_counts(problem);
  auto candidate = free_candidates(problem);
  std::vector<bool> reachable(count.size(), false);
  for (const auto j : candidate)
    for (const auto i : problem.covers[j]) reachable[i] = count[i] == 0;
  double existing_weight = 0;
  std::vector<double> weight;
  std::vector<std::size_t> renumbered(count.size(), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < count.size(); ++i) {
    if (count[i] > 0) existing_weight += problem.demand_weight[i];
    else if (reachable[i]) renumbered[i] = weight.size(), weight.push_back(problem.demand_weight[i]);
  }
  std::vector<std::vector<std::size_t>> covers(candidate.size());
  for (std::size_t t = 0; t < candidate.size(); ++t)
    for (const auto i : problem.covers[candidate[t]])
      if (count[i] == 0) covers[t].push_back(renumbered[i]);
  CoverGraph graph(covers, weight.size());
  return {existing_weight, std::move(weight), std::move(candidate), std::move(graph)};
}

/// The relaxation for the multipliers it holds: site values (sum of lambda over what each
/// free candidate reaches), `order` with the k most valuable first, and the relaxed objective.
/// A few moved multipliers update only the candidates reaching their demand points.
class Relaxation {
 public:
  Relaxation(const ResidualProblem& r, std::size_t k)
      : m_r(r), m_k(k), m_lambda(r.weight.size()), m_site_value(r.candidate.size()), m_order(r.candidate.size()) {
    std::iota(m_order.begin(), m_order.end(), 0);
  }
  const std::vector<double>& lambda() const { return m_lambda; }
  /// Takes new multipliers and recomputes everything from them.
  void set(const std::vector<double>& lambda) {
    m_lambda = lambda;
    m_uncapped = 0;
    for (std::size_t i = 0; i < lambda.size(); ++i) m_uncapped += std::max(0.0, m_r.weight[i] - lambda[i]);
    sum_site_values();
  }
  /// lambda_i += step * d_i (not below 0) for the listed points; site values follow.
  void move(std::span<const std::size_t> points, const std::vector<double>& d, double step) {
    // Deflected directions soon move most multipliers: then each site's list is summed afresh,
    // reading memory in order, rather than adding each change to every site reaching it.
    const bool resum = 2 * points.size() > m_lambda.size();
    double uncapped_change = 0;  // a local sum: accumulating into the member serialises on memory
    for (const auto i : points) {
      const double before = m_lambda[i], after = std::max(0.0, before + step * d[i]);
      uncapped_change += std::max(0.0, m_r.weight[i] - after) - std::max(0.0, m_r.weight[i] - before);
      m_lambda[i] = after;
      if (!resum)
        for (const auto j : m_r.graph.candidates_of(i)) m_site_value[j] += after - before;
    }
    m_uncapped += uncapped_change;
    if (resum) sum_site_values();
  }
  /// Chooses the k most valuable candidates; returns the relaxed objective.
  double value() {
    std::nth_element(m_order.begin(), m_order.begin() + static_cast<long>(m_k), m_order.end(),
                     [&](std::size_t a, std::size_t b) { return m_site_value[a] > m_site_value[b]; });
    double value = m_r.existing_weight + m_uncapped;
    for (std::size_t t = 0; t < m_k; ++t) value += m_site_value[m_order[t]];
    return value;
  }
  std::span<const std::size_t> chosen() const { return {m_order.data(), m_k}; }

 private:
  void sum_site_values() {
    for (std::size_t j = 0; j < m_site_value.size(); ++j) {
      double sum = 0;
      for (const auto i : m_r.graph.demand_of(j)) sum += m_lambda[i];
      m_site_value[j] = sum;
    }
  }

  const ResidualProblem& m_r;
  std::size_t m_k;
  std::vector<double> m_lambda, m_site_value;
  double m_uncapped = 0;  ///< sum of max(0, w - lambda): the demand the relaxation counts
  std::vector<std::size_t> m_order;
};

/// True covered weight of the residual demand by `sites`; `covered` (all zero on entry) gets
/// how many of them reach each point.
double residual_coverage(const ResidualProblem& r, std::span<const std::size_t> sites, std::vector<int>& covered) {
  double sum = 0;
  for (const auto j : sites)
    for (const auto i : r.graph.demand_of(j))
      if (covered[i]++ == 0) sum += r.weight[i];
  return sum;
}

}  // namespace

LagrangianResult LagrangianBound::compute(const MaximalCoveringProblem& problem, double best_known_objective) const {
  const auto r = residual_of(problem);
  const std::size_t n = r.weight.size();
  // lambda = 0 bounds by all reachable weight; the search starts from lambda = w.
  std::vector<double> best_lambda(n, 0.0), d(n, 0.0);
  std::vector<int> chosen_cover(n, 0);
  std::vector<std::size_t> moving;  // demand points with a non-zero subgradient
  moving.reserve(n);
  Relaxation relaxation(r, std::min(problem.new_sites, r.candidate.size()));
  // The step aims at the best relaxation choice as it is; improved choices only decide when
  // to stop (aiming at them shortens the steps too early: 200 iterations reach a weaker bound).
  double improved = best_known_objective, window_best = -1;
  std::vector<std::size_t> window_sites;
  relaxation.set(r.weight);
  LagrangianResult result;
  result.best_sites_objective = -1;
  double best = std::accumulate(r.weight.begin(), r.weight.end(), r.existing_weight), step_scale = 2.0;
  double best_at_window_start = best;
  int since_improvement = 0;
  for (int iteration = 0; iteration < m_options.max_iterations && step_scale > 1e-4; ++iteration) {
    const double value = relaxation.value();
    const double primal = r.existing_weight + residual_coverage(r, relaxation.chosen(), chosen_cover);
    if (primal > window_best) {
      window_best = primal;
      window_sites.clear();
      for (const auto j : relaxation.chosen()) window_sites.push_back(r.candidate[j]);
    }
    if (primal > result.best_sites_objective) result.best_sites_objective = primal, result.best_sites = window_sites;
    best_known_objective = std::max(best_known_objective, primal);
    improved = std::max(improved, best_known_objective);
    if (value < best - 1e-12 * std::max(1.0, best)) best = value, best_lambda = relaxation.lambda(), since_improvement = 0;
    else if (++since_improvement >= kHalveAfter) step_scale /= 2, since_improvement = 0;
    if (m_options.improve && (iteration + 1) % m_options.improve_every == 0) {
      const double objective = m_options.improve(window_sites);
      if (objective > result.best_sites_objective) result.best_sites_objective = objective, result.best_sites = window_sites;
      improved = std::max(improved, objective);
      window_best = -1;
      if (best - improved <= m_options.stop_gap * best) break;
    }
    if (best - improved <= 1e-9 * std::max(1.0, best)) break;  // proven optimal
    if ((iteration + 1) % kStallWindow == 0) {
      // Stop once the bound has stopped moving, both against itself and against the gap left.
      const double moved = best_at_window_start - best;
      if (moved < kStallShare * best && moved < kStallGapShare * (best - best_known_objective)) break;
      best_at_window_start = best;
    }

    // Direction: the subgradient (counted, y_i = 1, minus how many chosen sites reach i; from
    // chosen_cover, cleared here for the next iteration) plus part of the last direction.
    // Components that would push lambda below 0 are dropped (projection).
    const auto& lambda = relaxation.lambda();
    double norm2 = 0;
    moving.clear();
    for (std::size_t i = 0; i < n; ++i) {
      d[i] = (r.weight[i] - lambda[i] > 0 ? 1.0 : 0.0) - chosen_cover[i] + kDeflection * d[i];
      chosen_cover[i] = 0;
      if (lambda[i] <= 0 && d[i] < 0) d[i] = 0;
      if (d[i] != 0) norm2 += d[i] * d[i], moving.push_back(i);
    }
    if (norm2 == 0) break;  // the relaxed solution is feasible: its value is the optimum
    const double step = step_scale * (value - best_known_objective) / norm2;
    relaxation.move(moving, d, step);
  }
  // Site values were updated incrementally: state the bound from the best multipliers afresh.
  relaxation.set(best_lambda);
  result.bound = relaxation.value();
  return result;
}

}  // namespace ruralatlas::analysis
