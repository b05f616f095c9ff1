#include "analysis/point_snapping.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/geometry/algorithms/distance.hpp>

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

}  // namespace

SnappedPoints snap_points(const std::vector<core::Point>& points, double tolerance_m) {
  constexpr auto kUnassigned = std::numeric_limits<std::uint32_t>::max();
  SnappedPoints out;
  out.node_of.assign(points.size(), kUnassigned);
  const CellIndex cells(points, tolerance_m);
  for (std::uint32_t i = 0; i < points.size(); ++i) {
    if (out.node_of[i] != kUnassigned) continue;
    const auto node = static_cast<std::uint32_t>(out.nodes.size());
    const auto& p = points[i];
    out.nodes.push_back(p);
    cells.around(p, [&](std::uint32_t j) {
      if (out.node_of[j] == kUnassigned && boost::geometry::distance(p, points[j]) <= tolerance_m) out.node_of[j] = node;
    });
  }
  return out;
}

}  // namespace ruralatlas::analysis
