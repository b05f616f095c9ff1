// Siting with capacities against brute force: every k-subset of the free candidates, and for
// each every integral assignment of the demand points to open sites that respects the
// capacities, scored by plain loops here (no solver code). With unit weights and whole
// capacities the transportation problem has an integral optimum, so splitting cannot beat
// this enumeration and it gives the true optimum.
#include <cmath>
#include <functional>
#include <limits>
#include <random>

#include <gtest/gtest.h>

#include "analysis/capacitated_bottleneck.hpp"
#include "analysis/capacitated_model.hpp"
#include "analysis/capacitated_solvers.hpp"
#include "analysis/covering_sets.hpp"
#include "analysis/exact_mip_solver.hpp"
#include "analysis/network_travel_costs.hpp"
#include "analysis/p_center_search.hpp"
#include "core/error.hpp"
#include "siting_fixture.hpp"

using namespace ruralatlas;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Unit-weight demand and sites in a 10 km square; whole capacities 1..4 (some unlimited). For
/// covering, a site serves the points within 4 km.
analysis::CapacitatedProblem random_problem(unsigned seed, bool median, std::size_t demand, std::size_t sites,
                                            std::size_t existing, std::size_t k) {
  auto cost = test::random_cost_problem(seed, demand, sites, existing, k);
  std::mt19937 rng(seed + 1000);
  std::uniform_int_distribution<int> capacity(1, 5);
  analysis::CapacitatedProblem p;
  p.demand_weight.assign(demand, 1.0);
  p.cost = cost.cost;
  if (!median)
    for (auto& row : p.cost)
      for (auto& c : row) c = c <= 4000 ? 0.0 : kInf;
  for (std::size_t j = 0; j < sites; ++j) {
    const int c = capacity(rng);
    p.capacity.push_back(c == 5 ? kInf : c);
  }
  p.existing = cost.existing;
  p.new_sites = k;
  p.minimise_cost = median;
  return p;
}

/// The best integral assignment of `open` sites: most points served (covering) or least total
/// cost with every point served (median; infinity if impossible). Depth-first over the points.
double best_assignment(const analysis::CapacitatedProblem& p, const std::vector<std::size_t>& open) {
  std::vector<double> room;
  for (const auto j : open) room.push_back(p.capacity[j]);
  double best = p.minimise_cost ? kInf : 0;
  std::function<void(std::size_t, double)> place = [&](std::size_t i, double value) {
    if (i == p.demand_weight.size()) {
      best = p.minimise_cost ? std::min(best, value) : std::max(best, value);
      return;
    }
    if (!p.minimise_cost) place(i + 1, value);  // leave it unserved
    for (std::size_t s = 0; s < open.size(); ++s) {
      const double c = p.cost[open[s]][i];
      if (!std::isfinite(c) || room[s] < p.demand_weight[i]) continue;
      room[s] -= p.demand_weight[i];
      place(i + 1, value + (p.minimise_cost ? p.demand_weight[i] * c : p.demand_weight[i]));
      room[s] += p.demand_weight[i];
    }
  };
  place(0, 0);
  return best;
}

double brute_force(const analysis::CapacitatedProblem& p) {
  const auto free = analysis::free_candidates(p);
  std::vector<bool> pick(free.size(), false);
  std::fill(pick.begin(), pick.begin() + static_cast<long>(p.new_sites), true);
  double best = p.minimise_cost ? kInf : 0;
  do {
    std::vector<std::size_t> open = p.existing;
    for (std::size_t t = 0; t < free.size(); ++t)
      if (pick[t]) open.push_back(free[t]);
    const double v = best_assignment(p, open);
    best = p.minimise_cost ? std::min(best, v) : std::max(best, v);
  } while (std::prev_permutation(pick.begin(), pick.end()));
  return best;
}

/// Flows of `sites` within every capacity and every point's weight; their sum is the objective.
void expect_assignment_respects_capacities(const analysis::CapacitatedProblem& p, const analysis::SitingSolution& s) {
  analysis::CapacitatedModel model(p);
  const auto a = model.assign(s.new_sites);
  std::vector<double> load(p.cost.size(), 0.0), served(p.demand_weight.size(), 0.0);
  double value = 0;
  for (const auto& f : a.flows) {
    EXPECT_TRUE(std::isfinite(p.cost[f.site][f.demand])) << "site " << f.site << " cannot serve " << f.demand;
    load[f.site] += f.weight, served[f.demand] += f.weight;
    value += p.minimise_cost ? f.weight * p.cost[f.site][f.demand] : f.weight;
  }
  std::vector<bool> open(p.cost.size(), false);
  for (const auto j : s.new_sites) open[j] = true;
  for (const auto e : p.existing) open[e] = true;
  for (std::size_t j = 0; j < load.size(); ++j) {
    EXPECT_LE(load[j], p.capacity[j] + 1e-6) << "site " << j;
    if (!open[j]) {
      EXPECT_EQ(load[j], 0.0) << "closed site " << j;
    }
  }
  for (std::size_t i = 0; i < served.size(); ++i) EXPECT_LE(served[i], p.demand_weight[i] + 1e-6);
  EXPECT_NEAR(value, s.objective, 1e-6 * std::max(1.0, value));
}

/// The smallest worst trip of an integral assignment of every point to the `open` sites within
/// their capacities (infinity if none). Depth-first over the points.
double best_bottleneck(const analysis::CapacitatedProblem& p, const std::vector<std::size_t>& open) {
  std::vector<double> room;
  for (const auto j : open) room.push_back(p.capacity[j]);
  double best = kInf;
  std::function<void(std::size_t, double)> place = [&](std::size_t i, double worst) {
    if (worst >= best) return;
    if (i == p.demand_weight.size()) {
      best = worst;
      return;
    }
    for (std::size_t s = 0; s < open.size(); ++s) {
      const double c = p.cost[open[s]][i];
      if (!std::isfinite(c) || room[s] < p.demand_weight[i]) continue;
      room[s] -= p.demand_weight[i];
      place(i + 1, std::max(worst, c));
      room[s] += p.demand_weight[i];
    }
  };
  place(0, 0);
  return best;
}

/// The best k-subset's bottleneck, and the open sites of every subset in turn.
double brute_force_center(const analysis::CapacitatedProblem& p) {
  const auto free = analysis::free_candidates(p);
  std::vector<bool> pick(free.size(), false);
  std::fill(pick.begin(), pick.begin() + static_cast<long>(p.new_sites), true);
  double best = kInf;
  do {
    std::vector<std::size_t> open = p.existing;
    for (std::size_t t = 0; t < free.size(); ++t)
      if (pick[t]) open.push_back(free[t]);
    best = std::min(best, best_bottleneck(p, open));
  } while (std::prev_permutation(pick.begin(), pick.end()));
  return best;
}

struct Case {
  unsigned seed;
  std::size_t demand, sites, existing, k;
};

const Case kCases[] = {{1, 7, 6, 1, 2}, {2, 8, 6, 0, 3}, {3, 6, 7, 2, 2}, {4, 8, 5, 0, 2},
                       {5, 7, 7, 1, 3}, {6, 6, 6, 0, 1}, {7, 8, 6, 1, 2}, {8, 7, 6, 0, 4}};

}  // namespace

TEST(CapacitatedSiting, ExactEqualsBruteForceAndTheHeuristicIsBounded) {
  int median_cases = 0, binding = 0;
  for (const bool median : {false, true})
    for (const auto& c : kCases) {
      SCOPED_TRACE((median ? "median seed " : "covering seed ") + std::to_string(c.seed));
      const auto p = random_problem(c.seed, median, c.demand, c.sites, c.existing, c.k);
      const double optimum = brute_force(p);
      if (!std::isfinite(optimum)) {  // no k-subset holds everyone: both solvers must say so
        EXPECT_THROW(analysis::CapacitatedExactSolver(30).solve(p), core::Error);
        continue;
      }
      median_cases += median;
      auto unlimited = p;
      unlimited.capacity.assign(p.capacity.size(), kInf);
      binding += std::abs(brute_force(unlimited) - optimum) > 1e-6;
      const auto exact = analysis::CapacitatedExactSolver(30).solve(p);
      EXPECT_NEAR(exact.objective, optimum, 1e-6);
      EXPECT_TRUE(exact.proven_optimal);
      EXPECT_NEAR(exact.gap_pct(), 0.0, 1e-9);
      EXPECT_EQ(exact.new_sites.size(), c.k);
      expect_assignment_respects_capacities(p, exact);

      const auto heuristic = analysis::CapacitatedHeuristic().solve(p);
      EXPECT_EQ(heuristic.new_sites.size(), c.k);
      EXPECT_GE(heuristic.gap_pct(), 0.0);
      if (median) {
        EXPECT_GE(heuristic.objective, optimum - 1e-6);
        EXPECT_LE(heuristic.bound, optimum + 1e-6);
      } else {
        EXPECT_LE(heuristic.objective, optimum + 1e-6);
        EXPECT_GE(heuristic.bound, optimum - 1e-6);
      }
      expect_assignment_respects_capacities(p, heuristic);
    }
  EXPECT_GE(median_cases, 4);  // the fixture keeps most median cases feasible
  EXPECT_GE(binding, 6);       // and its capacities change the optimum in most cases
}

// p-center with capacities as the siting run composes it: a radius search whose coverings are
// capacitated, each choice worth the worst trip of its best capacitated assignment.
TEST(CapacitatedSiting, CapacitatedCenterEqualsBruteForce) {
  int binding = 0, solved = 0;
  for (const auto& c : kCases) {
    SCOPED_TRACE("seed " + std::to_string(c.seed));
    const auto form = random_problem(c.seed, true, c.demand, c.sites, c.existing, c.k);
    analysis::SiteCostProblem unit{form.demand_weight, form.cost, form.existing, form.new_sites};
    const double optimum = brute_force_center(form);
    if (!std::isfinite(optimum)) continue;
    ++solved;
    binding += optimum > analysis::solve_p_center(unit, [](const analysis::MaximalCoveringProblem& p) {
                 return analysis::ExactMipSolver(30, false).solve(p);
               }).objective + 1e-9;
    for (const bool exact : {true, false}) {
      SCOPED_TRACE(exact ? "exact" : "heuristic");
      const auto s = analysis::solve_p_center(
          unit,
          [&](const analysis::MaximalCoveringProblem& p) {
            const auto cc = analysis::capacitated_covering(p, form.capacity);
            return exact ? analysis::CapacitatedExactSolver(30).solve(cc) : analysis::CapacitatedHeuristic().solve(cc);
          },
          [&](const std::vector<std::size_t>& sites) { return analysis::capacitated_bottleneck(form, sites).worst_cost; });
      if (exact) {
        EXPECT_NEAR(s.objective, optimum, 1e-6);
      } else {
        EXPECT_GE(s.objective, optimum - 1e-6);
      }
      EXPECT_LE(s.bound, optimum + 1e-6);
      // The reported worst trip is that of an assignment within the capacities.
      const auto b = analysis::capacitated_bottleneck(form, s.new_sites);
      std::vector<double> load(form.cost.size(), 0.0), served(form.demand_weight.size(), 0.0);
      for (const auto& f : b.flows) {
        EXPECT_LE(form.cost[f.site][f.demand], s.objective + 1e-9);
        load[f.site] += f.weight, served[f.demand] += f.weight;
      }
      for (std::size_t j = 0; j < load.size(); ++j) EXPECT_LE(load[j], form.capacity[j] + 1e-6);
      for (std::size_t i = 0; i < served.size(); ++i) EXPECT_NEAR(served[i], form.demand_weight[i], 1e-6);
    }
  }
  EXPECT_GE(solved, 4);
  EXPECT_GE(binding, 2);  // capacities lengthen the worst trip in some cases
}

TEST(CapacitatedSiting, UnlimitedCapacitiesGiveTheUncapacitatedOptimum) {
  for (unsigned seed = 20; seed < 24; ++seed) {
    const auto cost = test::random_cost_problem(seed, 12, 8, 1, 3);
    auto p = analysis::capacitated_median(cost, std::vector<double>(8, kInf));
    const double optimum = test::brute_force_minimum(cost, [](const analysis::SiteCostProblem& q, const auto& sites) {
      return analysis::total_weighted_cost(q, sites);
    });
    EXPECT_NEAR(analysis::CapacitatedExactSolver(30).solve(p).objective, optimum, 1e-6 * optimum);
  }
}

TEST(CapacitatedSiting, ASplitVillageIsServedByTwoSites) {
  // One village of 10 households between two sites of 6 each: the only way is to split it.
  analysis::CapacitatedProblem p{{10.0}, {{100.0}, {200.0}}, {6.0, 6.0}, {}, 2, true, {}};
  const auto s = analysis::CapacitatedExactSolver(30).solve(p);
  EXPECT_NEAR(s.objective, 6 * 100.0 + 4 * 200.0, 1e-6);
  analysis::CapacitatedModel model(p);
  EXPECT_EQ(model.assign(s.new_sites).flows.size(), 2u);
}

TEST(CapacitatedSiting, CapacitiesCountTheLoadNotTheWeight) {
  // Two villages of 10 people; 4 and 2 households. Site 0 (100 m from the first, 300 from the
  // second) holds 3 households, site 1 (the other way round) 10. The first village sends 3 of
  // its 4 households (3/4 of its people) to site 0: 10 × (0.75 × 100 + 0.25 × 300) + 10 × 100
  // = 2500 person-metres. Counted in people, the 13 places could not hold the 20.
  analysis::CapacitatedProblem p{{10.0, 10.0}, {{100.0, 300.0}, {300.0, 100.0}}, {3.0, 10.0}, {}, 2, true, {4.0, 2.0}};
  const auto s = analysis::CapacitatedExactSolver(30).solve(p);
  EXPECT_NEAR(s.objective, 2500, 1e-6);
  analysis::CapacitatedModel model(p);
  for (const auto& f : model.assign(s.new_sites).flows) {
    if (f.site == 0) {
      EXPECT_NEAR(f.load, 3.0, 1e-9);
    }
  }
  p.demand_load.clear();
  EXPECT_THROW(analysis::CapacitatedExactSolver(30).solve(p), core::Error);
}

TEST(CapacitatedSiting, BadCapacitiesAndShortfallsFailWithOneMessage) {
  analysis::CapacitatedProblem p{{10.0, 10.0}, {{100.0, 100.0}, {200.0, 50.0}}, {-1.0, 6.0}, {}, 1, true, {}};
  try {
    analysis::CapacitatedHeuristic().solve(p);
    ADD_FAILURE() << "a negative capacity passed";
  } catch (const core::Error& e) {
    EXPECT_NE(std::string(e.what()).find("site 0 has capacity -1"), std::string::npos) << e.what();
  }
  p.capacity = {12.0, 6.0};  // one site of at most 12 for 20 households
  for (const bool exact : {false, true}) {
    try {
      exact ? analysis::CapacitatedExactSolver(30).solve(p) : analysis::CapacitatedHeuristic().solve(p);
      ADD_FAILURE() << "a shortfall passed";
    } catch (const core::Error& e) {
      EXPECT_NE(std::string(e.what()).find("the existing facilities and 1 new sites hold at most 12 of the demand's 20"),
                std::string::npos)
          << e.what();
    }
  }
}
