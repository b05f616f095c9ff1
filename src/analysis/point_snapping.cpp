#include "analysis/point_snapping.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <utility>

#include <boost/geometry/algorithms/distance.hpp>

#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

namespace {

/// Points sorted by cell; a cell's column is one run of keys, so the 3 x 3 cells around a point
/// are three key ranges.
class CellIndex {
 public:
  CellIndex(const std::vector<core::Point>& points, double tolerance_m) {
    double min_x = std::numeric_limits<double>::max(), min_y = min_x, max_x = -min_x, max_y = -min_x;
    for (const auto& p : points) {
      min_x = std::min(min_x, p.x()), max_x = std::max(max_x, p.x());
      min_y = std::min(min_y, p.y()), max_y = std::max(max_y, p.y());
    }
    m_min_x = min_x, m_min_y = min_y;
    // Wider than the tolerance (with a margin for rounding), and coarse enough that a column or
    // row number fits in 31 bits whatever the extent.
    const double span = points.empty() ? 0 : std::max(max_x - min_x, max_y - min_y);
    m_cell = std::max({tolerance_m * 1.5, span / double(1u << 30), 1e-9});
    m_entries.reserve(points.size());
    for (std::uint32_t i = 0; i < points.size(); ++i) m_entries.push_back({key(column(points[i]), row(points[i])), i});
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key || (a.key == b.key && a.point < b.point); });
    for (std::uint32_t i = 0; i < m_entries.size(); ++i)
      if (i == 0 || (m_entries[i].key >> 32) != (m_entries[i - 1].key >> 32)) m_columns.push_back({m_entries[i].key >> 32, i});
  }

  std::uint32_t point_at(std::size_t entry) const { return m_entries[entry].point; }

  /// Calls visit(index) for every point in the 3 x 3 cells around p.
  template <typename Visit>
  void around(const core::Point& p, Visit&& visit) const {
    const std::int64_t c = column(p), r = row(p);
    // One search finds the first of the (up to three) neighbouring columns; the others follow it.
    const auto first_column = static_cast<std::uint64_t>(std::max<std::int64_t>(c - 1, 0));
    auto col = std::lower_bound(m_columns.begin(), m_columns.end(), first_column,
                                [](const Column& column, std::uint64_t value) { return column.column < value; });
    for (; col != m_columns.end() && col->column <= static_cast<std::uint64_t>(c + 1); ++col) {
      const auto begin = m_entries.begin() + col->first_entry;
      const auto end = std::next(col) == m_columns.end() ? m_entries.end() : m_entries.begin() + std::next(col)->first_entry;
      const auto cc = static_cast<std::int64_t>(col->column);
      const auto first = key(cc, std::max<std::int64_t>(r - 1, 0)), last = key(cc, r + 1);
      auto it = std::lower_bound(begin, end, first, [](const Entry& e, std::uint64_t k) { return e.key < k; });
      for (; it != end && it->key <= last; ++it) visit(it->point);
    }
  }

 private:
  struct Entry {
    std::uint64_t key;
    std::uint32_t point;
  };
  struct Column {
    std::uint64_t column;
    std::uint32_t first_entry;
  };
  std::int64_t column(const core::Point& p) const { return static_cast<std::int64_t>(std::floor((p.x() - m_min_x) / m_cell)); }
  std::int64_t row(const core::Point& p) const { return static_cast<std::int64_t>(std::floor((p.y() - m_min_y) / m_cell)); }
  static std::uint64_t key(std::int64_t column, std::int64_t row) {
    return (static_cast<std::uint64_t>(column) << 32) | static_cast<std::uint64_t>(row);
  }

  double m_min_x = 0, m_min_y = 0, m_cell = 1;
  std::vector<Entry> m_entries;
  std::vector<Column> m_columns;  ///< distinct columns in order, with their first entry
};

/// For every point, the later points (higher index) within the tolerance, as CSR. Found in cell
/// order, so neighbouring lookups share cache lines, and on every core; the greedy pass that
/// follows is then a cheap walk in input order.
struct LaterNeighbours {
  std::vector<std::uint32_t> first;  ///< neighbours of point i are point[first[i], first[i+1])
  std::vector<std::uint32_t> point;
};

LaterNeighbours later_neighbours(const std::vector<core::Point>& points, const CellIndex& cells, double tolerance_m) {
  using Pair = std::pair<std::uint32_t, std::uint32_t>;
  std::mutex mutex;
  std::vector<std::vector<Pair>> found;
  core::parallel_ranges(points.size(), [&](std::size_t begin, std::size_t end) {
    std::vector<Pair> pairs;
    for (std::size_t e = begin; e < end; ++e) {
      const auto i = cells.point_at(e);
      cells.around(points[i], [&](std::uint32_t j) {
        if (j > i && boost::geometry::distance(points[i], points[j]) <= tolerance_m) pairs.emplace_back(i, j);
      });
    }
    const std::lock_guard lock(mutex);
    found.push_back(std::move(pairs));
  });
  LaterNeighbours out;
  out.first.assign(points.size() + 1, 0);
  for (const auto& pairs : found)
    for (const auto& [i, j] : pairs) ++out.first[i + 1];
  for (std::size_t i = 0; i < points.size(); ++i) out.first[i + 1] += out.first[i];
  out.point.resize(out.first.back());
  for (const auto& pairs : found)
    for (const auto& [i, j] : pairs) out.point[--out.first[i + 1]] = j;  // fills each run from its end
  // Each run [first[i], first[i+1]) ended filled from the top down: first[i+1] now marks its start.
  std::rotate(out.first.begin(), out.first.begin() + 1, out.first.end());
  out.first.back() = static_cast<std::uint32_t>(out.point.size());
  return out;
}

}  // namespace

SnappedPoints snap_points(const std::vector<core::Point>& points, double tolerance_m) {
  constexpr auto kUnassigned = std::numeric_limits<std::uint32_t>::max();
  SnappedPoints out;
  out.node_of.assign(points.size(), kUnassigned);
  const auto later = later_neighbours(points, CellIndex(points, tolerance_m), tolerance_m);
  for (std::uint32_t i = 0; i < points.size(); ++i) {
    if (out.node_of[i] != kUnassigned) continue;
    const auto node = static_cast<std::uint32_t>(out.nodes.size());
    out.nodes.push_back(points[i]);
    out.node_of[i] = node;
    for (auto k = later.first[i]; k < later.first[i + 1]; ++k)
      if (out.node_of[later.point[k]] == kUnassigned) out.node_of[later.point[k]] = node;
  }
  return out;
}

}  // namespace ruralatlas::analysis
