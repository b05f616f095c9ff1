// Times GreedySwapHeuristic alone on the maximal covering instance bench/siting_instance.py
// wrote as an LP (objective weights and the "c<i>: y<i> - x<j> ... <= 0" rows give the covers;
// the "card" row's right-hand side is k), repeated so that a few milliseconds measure well
// and `perf record -g` sees enough samples. Prints objective, bound and per-solve seconds.
//   build/bench/siting_heuristic_timing bench/data/siting-covering-2000-500-40-6000/model.lp 200 [GAP_PCT]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/greedy_swap_heuristic.hpp"

namespace {

using ruralatlas::analysis::MaximalCoveringProblem;

std::size_t index_after(const std::string& token) { return std::stoul(token.substr(1)); }

MaximalCoveringProblem read_lp(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::map<std::size_t, double> weight;  // by demand index (only reachable demand is in the LP)
  std::map<std::size_t, std::vector<std::size_t>> rows;
  std::size_t candidates = 0, k = 0;
  std::string line, section;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::vector<std::string> t{std::istream_iterator<std::string>(words), {}};
    if (t.empty()) continue;
    if (t[0] == "Maximize" || t[0] == "Subject" || t[0] == "Bounds" || t[0] == "Binary" || t[0] == "End") {
      section = t[0];
      continue;
    }
    if (section == "Maximize") {
      for (std::size_t n = 0; n + 2 < t.size(); ++n)
        if (t[n] == "+" && t[n + 2][0] == 'y') weight[index_after(t[n + 2])] = std::stod(t[n + 1]);
    } else if (section == "Subject" && t[0][0] == 'c' && t[0] != "card:") {
      auto& row = rows[index_after(t[1])];
      for (std::size_t n = 2; n + 1 < t.size(); ++n)
        if (t[n][0] == 'x') row.push_back(index_after(t[n]));
    } else if (section == "Subject" || section == "Binary") {
      for (std::size_t n = 0; n < t.size(); ++n) {
        if (t[n][0] == 'x') candidates = std::max(candidates, index_after(t[n]) + 1);
        if (t[n] == "<=") k = std::stoul(t[n + 1]);
      }
    }
  }
  MaximalCoveringProblem problem;
  problem.covers.resize(candidates);
  for (const auto& [i, w] : weight) {
    const auto renumbered = problem.demand_weight.size();
    problem.demand_weight.push_back(w);
    for (const auto j : rows[i]) problem.covers[j].push_back(renumbered);
  }
  problem.new_sites = k;
  return problem;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: siting_heuristic_timing MODEL.lp [REPEATS] [GAP_PCT]\n";
    return 2;
  }
  const auto problem = read_lp(argv[1]);
  const int repeats = argc > 2 ? std::stoi(argv[2]) : 100;
  ruralatlas::analysis::GreedySwapHeuristic::Options options;
  if (argc > 3) options.stop_gap = std::stod(argv[3]) / 100;
  std::vector<double> seconds;
  ruralatlas::analysis::SitingSolution solution;
  for (int r = 0; r < repeats; ++r) {
    const auto started = std::chrono::steady_clock::now();
    solution = ruralatlas::analysis::GreedySwapHeuristic(options).solve(problem);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  std::sort(seconds.begin(), seconds.end());
  const double gap_pct = 100 * (solution.bound - solution.objective) / solution.bound;
  std::printf("demand %zu candidates %zu k %zu: objective %.0f bound %.0f gap %.3f%%\n", problem.demand_weight.size(),
              problem.covers.size(), problem.new_sites, solution.objective, solution.bound, gap_pct);
  std::printf("solve seconds over %d runs: min %.6f median %.6f max %.6f\n", repeats, seconds.front(),
              seconds[seconds.size() / 2], seconds.back());
}
