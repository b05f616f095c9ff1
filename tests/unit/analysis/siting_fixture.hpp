#pragma once
// Random small maximal covering instances and a brute-force oracle for the siting tests.
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "analysis/maximal_covering_problem.hpp"

namespace ruralatlas::test {

/// `demand` points and `candidates` sites uniform in a 10 km square, covering within radius_m;
/// the first `existing` candidates are existing facilities.
inline analysis::MaximalCoveringProblem random_covering_problem(unsigned seed, std::size_t demand, std::size_t candidates,
                                                                std::size_t existing, std::size_t k, double radius_m = 2500) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> coord(0, 10000), weight(1, 500);
  std::vector<std::pair<double, double>> d(demand), c(candidates);
  for (auto& p : d) p = {coord(rng), coord(rng)};
  for (auto& p : c) p = {coord(rng), coord(rng)};
  analysis::MaximalCoveringProblem problem;
  for (std::size_t i = 0; i < demand; ++i) problem.demand_weight.push_back(std::round(weight(rng)));
  problem.covers.resize(candidates);
  for (std::size_t j = 0; j < candidates; ++j)
    for (std::size_t i = 0; i < demand; ++i)
      if (std::hypot(d[i].first - c[j].first, d[i].second - c[j].second) <= radius_m) problem.covers[j].push_back(i);
  for (std::size_t e = 0; e < existing; ++e) problem.existing.push_back(e);
  problem.new_sites = k;
  return problem;
}

/// The optimum by enumerating every k-subset of the free candidates.
inline double brute_force_optimum(const analysis::MaximalCoveringProblem& problem) {
  const auto free = analysis::free_candidates(problem);
  std::vector<bool> pick(free.size(), false);
  std::fill(pick.begin(), pick.begin() + static_cast<long>(problem.new_sites), true);
  double best = -1;
  do {
    std::vector<std::size_t> sites;
    for (std::size_t t = 0; t < free.size(); ++t)
      if (pick[t]) sites.push_back(free[t]);
    best = std::max(best, analysis::covered_weight(problem, sites));
  } while (std::prev_permutation(pick.begin(), pick.end()));
  return best;
}

}  // namespace ruralatlas::test

#include "analysis/site_cost_problem.hpp"

namespace ruralatlas::test {

/// `demand` points and `sites` uniform in a 10 km square with straight-line costs; the first
/// `existing` sites are existing facilities. With `split`, sites and demand in the left half
/// cannot reach those in the right one (two parts of a road network).
inline analysis::SiteCostProblem random_cost_problem(unsigned seed, std::size_t demand, std::size_t sites, std::size_t existing,
                                                     std::size_t k, bool split = false) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> coord(0, 10000), weight(1, 500);
  std::vector<std::pair<double, double>> d(demand), c(sites);
  for (auto& p : d) p = {coord(rng), coord(rng)};
  for (auto& p : c) p = {coord(rng), coord(rng)};
  analysis::SiteCostProblem problem;
  for (std::size_t i = 0; i < demand; ++i) problem.demand_weight.push_back(std::round(weight(rng)));
  problem.cost.assign(sites, std::vector<double>(demand));
  for (std::size_t j = 0; j < sites; ++j)
    for (std::size_t i = 0; i < demand; ++i)
      problem.cost[j][i] = split && (d[i].first < 5000) != (c[j].first < 5000)
                               ? std::numeric_limits<double>::infinity()
                               : std::round(std::hypot(d[i].first - c[j].first, d[i].second - c[j].second));
  for (std::size_t e = 0; e < existing; ++e) problem.existing.push_back(e);
  problem.new_sites = k;
  return problem;
}

/// Every k-subset of the free sites, scored by `objective`; the smallest score.
template <class Objective>
double brute_force_minimum(const analysis::SiteCostProblem& problem, Objective objective) {
  const auto free = analysis::free_candidates(problem);
  std::vector<bool> pick(free.size(), false);
  std::fill(pick.begin(), pick.begin() + static_cast<long>(problem.new_sites), true);
  double best = std::numeric_limits<double>::infinity();
  do {
    std::vector<std::size_t> sites;
    for (std::size_t t = 0; t < free.size(); ++t)
      if (pick[t]) sites.push_back(free[t]);
    best = std::min(best, objective(problem, sites));
  } while (std::prev_permutation(pick.begin(), pick.end()));
  return best;
}

}  // namespace ruralatlas::test
