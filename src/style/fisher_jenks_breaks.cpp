#include "style/fisher_jenks_breaks.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace ruralatlas::style {

namespace {

using Real = long double;

/// Weighted distinct values with prefix sums, giving the SSE of any run in O(1).
class RunCost {
 public:
  explicit RunCost(std::span<const double> sorted) {
    for (double v : sorted) {
      if (m_values.empty() || v != m_values.back()) {
        m_values.push_back(v);
        m_weights.push_back(0);
      }
      ++m_weights.back();
    }
    // Sums of values centred on the median keep the subtraction below accurate.
    const Real shift = m_values[m_values.size() / 2];
    m_w.assign(1, 0);
    m_s.assign(1, 0);
    m_q.assign(1, 0);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
      const Real x = m_values[i] - shift, w = m_weights[i];
      m_w.push_back(m_w.back() + w);
      m_s.push_back(m_s.back() + w * x);
      m_q.push_back(m_q.back() + w * x * x);
    }
  }

  std::size_t size() const { return m_values.size(); }
  double value(std::size_t i) const { return m_values[i]; }

  /// Sum of squared deviations from their mean of distinct values [i, j) with their weights.
  Real operator()(std::size_t i, std::size_t j) const {
    const Real w = m_w[j] - m_w[i], s = m_s[j] - m_s[i];
    return std::max<Real>(0, (m_q[j] - m_q[i]) - s * s / w);
  }

 private:
  std::vector<double> m_values;
  std::vector<Real> m_weights;
  std::vector<Real> m_w, m_s, m_q;
};

constexpr Real kInfinity = std::numeric_limits<Real>::infinity();

/// One layer of the programme: cur[j] = min over i < j of prev[i] + cost(i, j), for j in
/// [lo, hi], knowing the best i for these j lies in [opt_lo, opt_hi] and grows with j.
struct Layer {
  const RunCost& cost;
  const std::vector<Real>& prev;
  std::vector<Real>& cur;
  std::vector<std::uint32_t>& split;

  void solve(std::size_t lo, std::size_t hi, std::size_t opt_lo, std::size_t opt_hi) {
    if (lo > hi) return;
    const std::size_t mid = lo + (hi - lo) / 2;
    Real best = kInfinity;
    std::size_t arg = opt_lo;
    for (std::size_t i = opt_lo; i <= std::min(mid - 1, opt_hi); ++i) {
      const Real v = prev[i] + cost(i, mid);
      if (v < best) {
        best = v;
        arg = i;
      }
    }
    cur[mid] = best;
    split[mid] = static_cast<std::uint32_t>(arg);
    if (mid > lo) solve(lo, mid - 1, opt_lo, arg);
    solve(mid + 1, hi, arg, opt_hi);
  }
};

}  // namespace

std::vector<double> FisherJenksBreaks::compute_breaks(std::span<const double> sorted, int class_count) const {
  const RunCost cost(sorted);
  const std::size_t m = cost.size();
  const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(class_count), m);
  if (k <= 1) return {};

  // prev[j]: least cost of the first j distinct values in c-1 classes (infinite if j < c-1).
  std::vector<Real> prev(m + 1, kInfinity), cur(m + 1, kInfinity);
  for (std::size_t j = 1; j <= m; ++j) prev[j] = cost(0, j);
  std::vector<std::vector<std::uint32_t>> split(k + 1, std::vector<std::uint32_t>(m + 1, 0));
  for (std::size_t c = 2; c <= k; ++c) {
    std::fill(cur.begin(), cur.end(), kInfinity);
    Layer layer{cost, prev, cur, split[c]};
    // c classes need at least c values; the last class starts after the first c-1.
    layer.solve(c, m, c - 1, m - 1);
    std::swap(prev, cur);
  }

  std::vector<double> breaks;
  std::size_t j = m;
  for (std::size_t c = k; c >= 2; --c) {
    j = split[c][j];
    breaks.push_back(cost.value(j));  // the smallest value of class c
  }
  std::reverse(breaks.begin(), breaks.end());
  return breaks;
}

}  // namespace ruralatlas::style
