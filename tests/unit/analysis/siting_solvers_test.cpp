// Siting solvers against brute-force enumeration (the oracle shares no code with them but
// covered_weight, which is a plain count): exact = optimum, heuristic <= optimum <= bound.
#include <algorithm>
#include <chrono>

#include <gtest/gtest.h>

#include "analysis/cover_graph.hpp"
#include "analysis/covering_sets.hpp"
#include "analysis/efficiency_curve.hpp"
#include "analysis/exact_mip_solver.hpp"
#include "analysis/greedy_swap_heuristic.hpp"
#include "analysis/lagrangian_bound.hpp"
#include "analysis/set_covering_search.hpp"
#include "analysis/site_contribution.hpp"
#include "core/error.hpp"
#include "siting_fixture.hpp"

using namespace ruralatlas;

namespace {

struct Case {
  unsigned seed;
  std::size_t demand, candidates, existing, k;
  double radius_m;
};

// Radii from sparse (most sites cover apart) to dense overlap, where the LP relaxation is
// fractional and GLPK has to branch.
const Case kCases[] = {{1, 40, 12, 0, 3, 2500}, {2, 60, 14, 2, 4, 3000}, {3, 30, 10, 1, 1, 2500},
                       {4, 80, 15, 3, 5, 3500}, {5, 50, 12, 0, 6, 2000}, {6, 25, 9, 4, 2, 4000},
                       {7, 70, 16, 0, 2, 4500}, {8, 45, 13, 2, 7, 3000}, {9, 90, 16, 0, 3, 4000},
                       {10, 90, 16, 1, 4, 3500}, {11, 120, 18, 0, 5, 3000}, {12, 60, 15, 0, 3, 5000}};

}  // namespace

TEST(SitingSolvers, ExactEqualsBruteForceAndHeuristicIsBoundedOnRandomInstances) {
  for (const auto& c : kCases) {
    SCOPED_TRACE("seed " + std::to_string(c.seed));
    const auto problem = test::random_covering_problem(c.seed, c.demand, c.candidates, c.existing, c.k, c.radius_m);
    const double optimum = test::brute_force_optimum(problem);

    const auto exact = analysis::ExactMipSolver(30, false).solve(problem);  // GLPK decides, always
    EXPECT_NEAR(exact.objective, optimum, 1e-9);
    EXPECT_TRUE(exact.proven_optimal);
    EXPECT_FALSE(exact.timed_out);
    EXPECT_NEAR(exact.gap_pct(), 0.0, 1e-9);
    EXPECT_EQ(exact.new_sites.size(), c.k);
    EXPECT_NEAR(analysis::covered_weight(problem, exact.new_sites), exact.objective, 1e-9);

    const auto heuristic = analysis::GreedySwapHeuristic().solve(problem);
    EXPECT_LE(heuristic.objective, optimum + 1e-9);
    EXPECT_GE(heuristic.bound, optimum - 1e-9);
    EXPECT_GE(heuristic.gap_pct(), 0.0);
    EXPECT_EQ(heuristic.new_sites.size(), c.k);
    if (heuristic.proven_optimal) {
      EXPECT_NEAR(heuristic.objective, optimum, 1e-9);
    }
  }
}

TEST(SitingSolvers, LagrangianBoundIsNeverBelowTheOptimum) {
  for (unsigned seed = 20; seed < 32; ++seed) {
    const auto problem = test::random_covering_problem(seed, 40, 11, seed % 3, 1 + seed % 5);
    const double optimum = test::brute_force_optimum(problem);
    // Even with a poor incumbent (0) steering the steps, every bound is valid.
    EXPECT_GE(analysis::LagrangianBound().compute(problem, 0.0).bound, optimum - 1e-9) << "seed " << seed;
    EXPECT_GE(analysis::LagrangianBound(5).compute(problem, optimum).bound, optimum - 1e-9) << "seed " << seed;
  }
}

TEST(SitingSolvers, ImprovedLagrangianChoicesAreFeasibleAndCounted) {
  for (unsigned seed = 40; seed < 46; ++seed) {
    const auto problem = test::random_covering_problem(seed, 60, 14, seed % 2, 3);
    const double optimum = test::brute_force_optimum(problem);
    analysis::LagrangianBound::Options options;
    options.improve_every = 3;
    int calls = 0;
    options.improve = [&](std::vector<std::size_t>& sites) {
      ++calls;
      EXPECT_EQ(sites.size(), problem.new_sites);
      return analysis::covered_weight(problem, sites);
    };
    const auto result = analysis::LagrangianBound(options).compute(problem, 0.0);
    EXPECT_GE(result.bound, optimum - 1e-9) << "seed " << seed;
    EXPECT_LE(result.best_sites_objective, optimum + 1e-9) << "seed " << seed;
    EXPECT_NEAR(analysis::covered_weight(problem, result.best_sites), result.best_sites_objective, 1e-9) << "seed " << seed;
  }
}

// A stop target trades bound tightness for time, never validity: the bound stays above the
// optimum GLPK proves, and the search stops once the stated gap is within the target.
TEST(SitingSolvers, HeuristicStopsWithinItsGapTargetAndStaysBounded) {
  const auto problem = test::random_covering_problem(77, 1500, 200, 0, 15, 4000);
  const auto optimum = analysis::ExactMipSolver(60, false).solve(problem);
  ASSERT_TRUE(optimum.proven_optimal);
  double last_bound = 0;
  for (const double target : {0.0, 0.001, 0.01}) {
    SCOPED_TRACE("target " + std::to_string(target));
    analysis::GreedySwapHeuristic::Options options;
    options.stop_gap = target;
    const auto h = analysis::GreedySwapHeuristic(options).solve(problem);
    EXPECT_LE(h.objective, optimum.objective + 1e-9);
    EXPECT_GE(h.bound, optimum.objective - 1e-9);
    EXPECT_LE(h.gap_pct(), std::max(100 * target, 0.5));  // stalls, if it does, well inside 0.5%
    EXPECT_GE(h.bound, last_bound - 1e-6 * h.bound);     // a looser target never tightens the bound
    last_bound = h.bound;
  }
}

TEST(SitingSolvers, ExactSolverOnTimeLimitReportsBestFoundWithANonNegativeGap) {
  const auto problem = test::random_covering_problem(99, 3000, 400, 0, 12);
  const auto started = std::chrono::steady_clock::now();
  const auto solution = analysis::ExactMipSolver(0.2).solve(problem);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(seconds, 10.0);
  EXPECT_EQ(solution.new_sites.size(), 12u);
  EXPECT_GE(solution.bound, solution.objective);
  EXPECT_GE(solution.gap_pct(), 0.0);
  EXPECT_TRUE(solution.proven_optimal || solution.timed_out);
  EXPECT_NEAR(analysis::covered_weight(problem, solution.new_sites), solution.objective, 1e-6);
}

TEST(SitingSolvers, ExistingFacilitiesCountButAreNotChosen) {
  analysis::MaximalCoveringProblem p;
  p.demand_weight = {10, 20, 30};
  p.covers = {{0, 1}, {1, 2}, {2}};
  p.existing = {0};
  p.new_sites = 1;
  const auto s = analysis::ExactMipSolver(5).solve(p);
  EXPECT_DOUBLE_EQ(s.objective, 60);
  ASSERT_EQ(s.new_sites.size(), 1u);
  EXPECT_NE(s.new_sites[0], 0u);
}

TEST(SitingSolvers, BadInputIsAnInputError) {
  analysis::MaximalCoveringProblem p;
  p.demand_weight = {10, 0};
  p.covers = {{0}, {1}};
  p.new_sites = 1;
  EXPECT_THROW(analysis::GreedySwapHeuristic().solve(p), core::Error);  // zero weight
  p.demand_weight = {10, -3};
  EXPECT_THROW(analysis::ExactMipSolver().solve(p), core::Error);  // negative weight
  p.demand_weight = {10, 5};
  p.existing = {0};
  p.new_sites = 2;  // only one free candidate
  try {
    analysis::GreedySwapHeuristic().solve(p);
    FAIL() << "k above the free candidates must throw";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("asked for 2 new sites but only 1 candidates"), std::string::npos) << e.what();
  }
}

TEST(SitingSolvers, CoveringSetsEqualAPairwiseScan) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> coord(0, 5000);
  std::vector<core::Point> demand(300), candidates(40);
  for (auto& p : demand) p = {coord(rng), coord(rng)};
  for (auto& p : candidates) p = {coord(rng), coord(rng)};
  const auto covers = analysis::covering_sets_within_distance(candidates, demand, 800);
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < demand.size(); ++i)
      if (std::hypot(demand[i].x() - candidates[j].x(), demand[i].y() - candidates[j].y()) <= 800) expected.push_back(i);
    EXPECT_EQ(covers[j], expected) << "candidate " << j;
  }
}

TEST(SitingSolvers, CoverGraphListsEveryPairOnceInBothDirections) {
  const auto problem = test::random_covering_problem(3, 200, 30, 0, 4, 3000);
  const analysis::CoverGraph graph(problem.covers, problem.demand_weight.size());
  ASSERT_EQ(graph.candidate_count(), problem.covers.size());
  ASSERT_EQ(graph.demand_count(), problem.demand_weight.size());
  std::vector<std::vector<std::size_t>> reaching(problem.demand_weight.size());
  for (std::size_t j = 0; j < problem.covers.size(); ++j) {
    EXPECT_TRUE(std::ranges::equal(graph.demand_of(j), problem.covers[j])) << "candidate " << j;
    for (const auto i : problem.covers[j]) reaching[i].push_back(j);
  }
  for (std::size_t i = 0; i < reaching.size(); ++i)
    EXPECT_TRUE(std::ranges::equal(graph.candidates_of(i), reaching[i])) << "demand " << i;
}

TEST(SitingSolvers, RankingAndCurveAddUp) {
  const auto problem = test::random_covering_problem(11, 60, 14, 2, 4);
  const auto solution = analysis::GreedySwapHeuristic().solve(problem);
  const auto ranked = analysis::rank_sites(problem, solution.new_sites);
  ASSERT_EQ(ranked.size(), 4u);
  double total = analysis::covered_weight(problem, {});
  for (std::size_t r = 0; r < ranked.size(); ++r) {
    EXPECT_EQ(ranked[r].rank, r + 1);
    if (r > 0) {
      EXPECT_LE(ranked[r].newly_covered_weight, ranked[r - 1].newly_covered_weight);
    }
    total += ranked[r].newly_covered_weight;
  }
  EXPECT_NEAR(total, solution.objective, 1e-9);

  const auto curve = analysis::efficiency_curve(problem, 5, [](const auto& p) { return analysis::ExactMipSolver(10).solve(p); });
  ASSERT_EQ(curve.size(), 5u);
  for (std::size_t k = 1; k < curve.size(); ++k) EXPECT_GE(curve[k].solution.objective, curve[k - 1].solution.objective);
}

TEST(SitingSolvers, FewestSitesEqualsBruteForceOverK) {
  for (unsigned seed = 40; seed < 46; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    auto problem = test::random_covering_problem(seed, 50, 12, seed % 2, 1, 3000);
    const auto all = analysis::free_candidates(problem);
    const double target = 0.8 * analysis::covered_weight(problem, all);
    std::size_t expected = 0;  // brute force: the smallest k whose optimum reaches the target
    for (std::size_t k = 1; k <= all.size() && !expected; ++k) {
      problem.new_sites = k;
      if (test::brute_force_optimum(problem) >= target) expected = k;
    }
    const auto answer = analysis::fewest_sites_reaching(problem, target, [](const auto& p) {
      return analysis::ExactMipSolver(30, false).solve(p);
    });
    EXPECT_EQ(answer.new_sites, expected);
    EXPECT_EQ(answer.min_new_sites, expected);  // exact answers prove every smaller k too few
    EXPECT_GE(answer.solution.objective, target);
    const auto quick = analysis::fewest_sites_reaching(problem, target, [](const auto& p) {
      return analysis::GreedySwapHeuristic().solve(p);
    });
    EXPECT_GE(quick.new_sites, expected);
    EXPECT_LE(quick.min_new_sites, expected);
  }
}

TEST(SitingSolvers, UnreachableSetCoverTargetIsAnInputError) {
  auto problem = test::random_covering_problem(3, 30, 6, 0, 1, 1000);
  const double all = analysis::covered_weight(problem, analysis::free_candidates(problem));
  try {
    analysis::fewest_sites_reaching(problem, all + 1, [](const auto& p) { return analysis::GreedySwapHeuristic().solve(p); });
    FAIL() << "an unreachable target must throw";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("infeasible set-cover target"), std::string::npos) << e.what();
  }
}
