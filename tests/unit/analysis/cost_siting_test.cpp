// p-median and p-center solvers against brute-force enumeration of every k-subset, scored by
// plain loops written here (no solver code): exact = optimum, bound <= optimum <= heuristic.
#include <chrono>

#include <gtest/gtest.h>

#include "analysis/exact_mip_solver.hpp"
#include "analysis/greedy_swap_heuristic.hpp"
#include "analysis/p_center_search.hpp"
#include "analysis/p_median_bound.hpp"
#include "analysis/p_median_exact_solver.hpp"
#include "analysis/p_median_heuristic.hpp"
#include "analysis/site_contribution.hpp"
#include "core/error.hpp"
#include "siting_fixture.hpp"

using namespace ruralatlas;

namespace {

/// Per demand point, the cheapest of the existing and chosen sites.
std::vector<double> cheapest(const analysis::SiteCostProblem& p, const std::vector<std::size_t>& sites) {
  std::vector<double> best(p.demand_weight.size(), std::numeric_limits<double>::infinity());
  auto all = sites;
  all.insert(all.end(), p.existing.begin(), p.existing.end());
  for (const auto j : all)
    for (std::size_t i = 0; i < best.size(); ++i)
      if (p.cost[j][i] < best[i]) best[i] = p.cost[j][i];
  return best;
}

double median_cost(const analysis::SiteCostProblem& p, const std::vector<std::size_t>& sites) {
  const auto best = cheapest(p, sites);
  double sum = 0;
  for (std::size_t i = 0; i < best.size(); ++i) sum += p.demand_weight[i] * best[i];
  return sum;
}

double center_cost(const analysis::SiteCostProblem& p, const std::vector<std::size_t>& sites) {
  double worst = 0;
  for (const double v : cheapest(p, sites)) worst = std::max(worst, v);
  return worst;
}

struct Case {
  unsigned seed;
  std::size_t demand, sites, existing, k;
};

const Case kCases[] = {{1, 30, 10, 0, 3},  {2, 50, 12, 2, 2},  {3, 25, 9, 1, 1},  {4, 60, 13, 3, 4},
                       {5, 40, 12, 0, 5},  {6, 20, 8, 4, 2},   {7, 70, 14, 0, 2}, {8, 45, 12, 2, 6},
                       {9, 80, 14, 0, 3},  {10, 35, 11, 1, 4}, {11, 90, 15, 0, 5}, {12, 55, 13, 0, 7}};

analysis::SitingSolution exact_cover(const analysis::MaximalCoveringProblem& p) { return analysis::ExactMipSolver(30).solve(p); }
analysis::SitingSolution quick_cover(const analysis::MaximalCoveringProblem& p) { return analysis::GreedySwapHeuristic().solve(p); }

}  // namespace

TEST(PMedian, ExactEqualsBruteForceAndHeuristicIsBoundedOnRandomInstances) {
  for (const auto& c : kCases) {
    SCOPED_TRACE("seed " + std::to_string(c.seed));
    const auto problem = test::random_cost_problem(c.seed, c.demand, c.sites, c.existing, c.k);
    const double optimum = test::brute_force_minimum(problem, median_cost);

    const auto exact = analysis::PMedianExactSolver(30, false).solve(problem);  // GLPK decides, always
    EXPECT_NEAR(exact.objective, optimum, 1e-6);
    EXPECT_TRUE(exact.proven_optimal);
    EXPECT_FALSE(exact.timed_out);
    EXPECT_NEAR(exact.gap_pct(), 0.0, 1e-9);
    ASSERT_EQ(exact.new_sites.size(), c.k);
    EXPECT_NEAR(median_cost(problem, exact.new_sites), exact.objective, 1e-6);
    for (const auto j : exact.new_sites) EXPECT_GE(j, c.existing);  // existing sites are not re-chosen

    const auto heuristic = analysis::PMedianHeuristic().solve(problem);
    EXPECT_GE(heuristic.objective, optimum - 1e-6);
    EXPECT_LE(heuristic.bound, optimum + 1e-6);
    EXPECT_GE(heuristic.gap_pct(), 0.0);
    EXPECT_EQ(heuristic.new_sites.size(), c.k);
    EXPECT_NEAR(median_cost(problem, heuristic.new_sites), heuristic.objective, 1e-6);
    if (heuristic.proven_optimal) {
      EXPECT_NEAR(heuristic.objective, optimum, 1e-6);
    }
  }
}

TEST(PMedian, LagrangianBoundIsNeverAboveTheOptimum) {
  for (unsigned seed = 20; seed < 32; ++seed) {
    const auto problem = test::random_cost_problem(seed, 35, 10, seed % 3, 1 + seed % 4);
    const double optimum = test::brute_force_minimum(problem, median_cost);
    // A far too high incumbent (steps overshoot) and too few steps still give valid bounds.
    EXPECT_LE(analysis::PMedianLagrangianBound().compute(problem, 10 * optimum).bound, optimum + 1e-6) << "seed " << seed;
    EXPECT_LE(analysis::PMedianLagrangianBound(3).compute(problem, optimum).bound, optimum + 1e-6) << "seed " << seed;
  }
}

TEST(PMedian, ExistingFacilitiesStayAndCount) {
  // Demand on a line at 0, 10 and 100 m (weights 1, 1, 5); sites there; the one at 0 exists.
  analysis::SiteCostProblem p;
  p.demand_weight = {1, 1, 5};
  p.cost = {{0, 10, 100}, {10, 0, 90}, {100, 90, 0}};
  p.existing = {0};
  p.new_sites = 1;
  for (const auto& s : {analysis::PMedianHeuristic().solve(p), analysis::PMedianExactSolver(5, false).solve(p)}) {
    ASSERT_EQ(s.new_sites, std::vector<std::size_t>{2});  // 0 + 10 + 0 beats 0 + 0 + 5 × 90
    EXPECT_DOUBLE_EQ(s.objective, 10);
    EXPECT_DOUBLE_EQ(s.gap_pct(), 0);
  }
  p.existing.clear();  // alone, the site at 100 m: 100 + 90 + 0
  EXPECT_DOUBLE_EQ(analysis::PMedianExactSolver(5, false).solve(p).objective, 190);
  const auto center = analysis::solve_p_center(p, exact_cover);
  EXPECT_DOUBLE_EQ(center.objective, 90);  // the middle site: worst 90 m, to the far point
  EXPECT_EQ(center.new_sites, std::vector<std::size_t>{1});
}

TEST(PMedian, SitesInSeparatePartsOfTheNetwork) {
  for (unsigned seed = 50; seed < 56; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto problem = test::random_cost_problem(seed, 40, 12, 0, 3, true);
    const double optimum = test::brute_force_minimum(problem, median_cost);
    ASSERT_TRUE(std::isfinite(optimum));
    EXPECT_NEAR(analysis::PMedianExactSolver(30, false).solve(problem).objective, optimum, 1e-6);
    EXPECT_GE(analysis::PMedianHeuristic().solve(problem).objective, optimum - 1e-6);
    EXPECT_NEAR(analysis::solve_p_center(problem, exact_cover).objective, test::brute_force_minimum(problem, center_cost), 1e-9);
  }
  auto one = test::random_cost_problem(50, 40, 12, 0, 1, true);  // one site cannot serve both halves
  for (int solver = 0; solver < 3; ++solver) {
    try {
      if (solver == 0) analysis::PMedianHeuristic().solve(one);
      if (solver == 1) analysis::PMedianExactSolver(30, false).solve(one);
      if (solver == 2) analysis::solve_p_center(one, exact_cover);
      FAIL() << "solver " << solver << " must refuse";
    } catch (const core::Error& e) {
      EXPECT_NE(std::string(e.what()).find("no choice of 1 new sites reaches every demand point"), std::string::npos) << e.what();
    }
  }
}

TEST(PMedian, ExactSolverOnTimeLimitReportsBestFoundWithANonNegativeGap) {
  const auto problem = test::random_cost_problem(99, 400, 150, 0, 12);
  const auto started = std::chrono::steady_clock::now();
  const auto solution = analysis::PMedianExactSolver(0.2, false).solve(problem);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(seconds, 20.0);
  EXPECT_EQ(solution.new_sites.size(), 12u);
  EXPECT_LE(solution.bound, solution.objective);
  EXPECT_GT(solution.bound, 0.0);
  EXPECT_GE(solution.gap_pct(), 0.0);
  EXPECT_TRUE(solution.proven_optimal || solution.timed_out);
  EXPECT_NEAR(median_cost(problem, solution.new_sites), solution.objective, 1e-6 * solution.objective);
}

TEST(PMedian, BadInputIsAnInputError) {
  analysis::SiteCostProblem p;
  p.demand_weight = {10, 0};
  p.cost = {{1, 2}, {3, 4}};
  p.new_sites = 1;
  EXPECT_THROW(analysis::PMedianHeuristic().solve(p), core::Error);  // zero weight
  p.demand_weight = {10, 5};
  p.cost = {{1, -2}, {3, 4}};
  EXPECT_THROW(analysis::PMedianExactSolver().solve(p), core::Error);  // negative cost
  p.cost = {{1, std::numeric_limits<double>::infinity()}, {3, std::numeric_limits<double>::infinity()}};
  EXPECT_THROW(analysis::solve_p_center(p, quick_cover), core::Error);  // demand 1 unreachable
  p.cost = {{1, 2}, {3, 4}};
  p.existing = {0};
  p.new_sites = 2;  // only one free candidate
  EXPECT_THROW(analysis::PMedianHeuristic().solve(p), core::Error);
}

TEST(PCenter, ExactEqualsBruteForceAndHeuristicIsBounded) {
  for (const auto& c : kCases) {
    SCOPED_TRACE("seed " + std::to_string(c.seed));
    const auto problem = test::random_cost_problem(c.seed, c.demand, c.sites, c.existing, c.k);
    const double optimum = test::brute_force_minimum(problem, center_cost);

    const auto exact = analysis::solve_p_center(problem, exact_cover);
    EXPECT_DOUBLE_EQ(exact.objective, optimum);
    EXPECT_TRUE(exact.proven_optimal);
    EXPECT_DOUBLE_EQ(exact.gap_pct(), 0.0);
    ASSERT_EQ(exact.new_sites.size(), c.k);
    EXPECT_DOUBLE_EQ(center_cost(problem, exact.new_sites), exact.objective);

    const auto heuristic = analysis::solve_p_center(problem, quick_cover);
    EXPECT_GE(heuristic.objective, optimum);
    EXPECT_LE(heuristic.bound, optimum);
    EXPECT_GE(heuristic.gap_pct(), 0.0);
    EXPECT_DOUBLE_EQ(center_cost(problem, heuristic.new_sites), heuristic.objective);
  }
}

TEST(PMedian, RankedSavingsAddUpToTheCostSaved) {
  const auto problem = test::random_cost_problem(11, 60, 14, 2, 4);
  const auto solution = analysis::PMedianHeuristic().solve(problem);
  const auto ranked = analysis::rank_sites_by_saving(problem, solution.new_sites);
  ASSERT_EQ(ranked.size(), 4u);
  double saved = 0;
  for (std::size_t r = 0; r < ranked.size(); ++r) {
    EXPECT_EQ(ranked[r].rank, r + 1);
    if (r > 0) {
      EXPECT_LE(ranked[r].saved_weighted_cost, ranked[r - 1].saved_weighted_cost);
    }
    saved += ranked[r].saved_weighted_cost;
  }
  EXPECT_NEAR(median_cost(problem, {}) - saved, solution.objective, 1e-6 * solution.objective);
}
