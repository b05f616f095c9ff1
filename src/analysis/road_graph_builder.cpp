#include "analysis/road_graph_builder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

#include <boost/geometry/index/rtree.hpp>

#include "analysis/point_snapping.hpp"
#include "core/error.hpp"
#include "core/parallel_ranges.hpp"

namespace ruralatlas::analysis {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using core::Point;

struct Segment {
  std::uint32_t a = 0, b = 0;  ///< node indices of its ends
  std::uint32_t road = 0;
};

/// A node strictly inside a segment, at parameter t (0 at `a`, 1 at `b`).
struct Split {
  std::uint32_t segment = 0;
  std::uint32_t node = 0;
  double t = 0;
  bool operator<(const Split& o) const {
    return segment < o.segment || (segment == o.segment && (t < o.t || (t == o.t && node < o.node)));
  }
};

void require_metric(const core::Layer& roads) {
  if (!roads.crs.is_geographic) return;
  core::Diagnostic d;
  d.file = roads.source;
  d.layer = roads.name;
  d.message = "a road graph needs a projected CRS in metres, but the layer is in " + roads.crs.label();
  d.hint = "reproject first (the travel command picks a CGCS2000 Gauss-Kruger zone from the data)";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

double cross(double ax, double ay, double bx, double by) { return ax * by - ay * bx; }

/// Parameter of the projection of p on segment pq, and the distance to that projection.
std::pair<double, double> project(const Point& p, const Point& q0, const Point& q1) {
  const double dx = q1.x() - q0.x(), dy = q1.y() - q0.y();
  const double len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? ((p.x() - q0.x()) * dx + (p.y() - q0.y()) * dy) / len2 : 0.0;
  const double px = q0.x() + t * dx, py = q0.y() + t * dy;
  return {t, std::hypot(p.x() - px, p.y() - py)};
}

/// Segments between consecutive vertices of each line whose ends snapped to different nodes.
std::vector<Segment> segments_between_nodes(const std::vector<std::uint32_t>& line_first,
                                            const std::vector<std::uint32_t>& line_road, std::size_t vertex_count,
                                            const std::vector<std::uint32_t>& node_of) {
  std::vector<Segment> segments;
  segments.reserve(vertex_count - std::min(vertex_count, line_first.size()));
  for (std::size_t l = 0; l < line_first.size(); ++l) {
    const std::size_t end = l + 1 < line_first.size() ? line_first[l + 1] : vertex_count;
    for (std::size_t i = line_first[l] + 1; i < end; ++i)
      if (node_of[i - 1] != node_of[i]) segments.push_back({node_of[i - 1], node_of[i], line_road[l]});
  }
  return segments;
}

/// Records where nodes of other segments touch a segment's interior and where segments cross.
/// The candidate pairs come from an R-tree of float boxes relative to the network's corner,
/// rounded outwards (20 bytes a segment instead of 40); the tests themselves are in doubles.
class Splitter {
 public:
  Splitter(std::vector<Point>& nodes, const std::vector<Segment>& segments, double tolerance_m)
      : m_nodes(nodes), m_segments(segments), m_tolerance_m(tolerance_m) {
    m_origin = nodes.empty() ? Point{0, 0} : nodes.front();
    for (const auto& p : nodes) m_origin = Point{std::min(m_origin.x(), p.x()), std::min(m_origin.y(), p.y())};
  }

  std::vector<Split> run() {
    std::vector<Entry> entries;
    entries.reserve(m_segments.size());
    for (std::uint32_t s = 0; s < m_segments.size(); ++s) entries.emplace_back(box_of(s), s);
    const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
    // Queries run on every core, each range recording its own finds; merged in range order, the
    // crossing nodes are numbered exactly as one thread would number them.
    std::vector<std::pair<std::size_t, Found>> ranges;
    std::mutex ranges_mutex;
    core::parallel_ranges(m_segments.size(), [&](std::size_t begin, std::size_t end) {
      Found found;
      std::vector<Entry> hits;
      for (auto s = static_cast<std::uint32_t>(begin); s < end; ++s) {
        hits.clear();
        tree.query(bgi::intersects(entries[s].first), std::back_inserter(hits));
        for (const auto& hit : hits)
          if (hit.second != s) touch(s, hit.second, found);
      }
      const std::lock_guard lock(ranges_mutex);
      ranges.emplace_back(begin, std::move(found));
    });
    std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Split> splits;
    for (auto& [begin, found] : ranges) {
      const auto first_node = static_cast<std::uint32_t>(m_nodes.size());
      for (const auto i : found.crossing_splits) found.splits[i].node += first_node;
      m_nodes.insert(m_nodes.end(), found.crossings.begin(), found.crossings.end());
      splits.insert(splits.end(), found.splits.begin(), found.splits.end());
    }
    return splits;
  }

 private:
  using FloatPoint = bg::model::point<float, 2, bg::cs::cartesian>;
  using FloatBox = bg::model::box<FloatPoint>;
  using Entry = std::pair<FloatBox, std::uint32_t>;

  /// What the queries of one range of segments found. A crossing's split names its node by its
  /// index in `crossings` until the ranges are merged.
  struct Found {
    std::vector<Split> splits;
    std::vector<Point> crossings;
    std::vector<std::size_t> crossing_splits;  ///< indices in `splits` naming a crossing
  };

  static float down(double v) {
    const auto f = static_cast<float>(v);
    return f > v ? std::nextafter(f, -std::numeric_limits<float>::infinity()) : f;
  }
  static float up(double v) {
    const auto f = static_cast<float>(v);
    return f < v ? std::nextafter(f, std::numeric_limits<float>::infinity()) : f;
  }

  /// The segment's box grown by the tolerance; contains every point the double box does.
  FloatBox box_of(std::uint32_t s) const {
    const auto& p = m_nodes[m_segments[s].a];
    const auto& q = m_nodes[m_segments[s].b];
    const double g = m_tolerance_m, ox = m_origin.x(), oy = m_origin.y();
    return {{down(std::min(p.x(), q.x()) - g - ox), down(std::min(p.y(), q.y()) - g - oy)},
            {up(std::max(p.x(), q.x()) + g - ox), up(std::max(p.y(), q.y()) + g - oy)}};
  }

  /// Ends of `o` near the interior of `s` split `s`; a proper crossing (checked once per pair) splits both.
  void touch(std::uint32_t s, std::uint32_t o, Found& found) const {
    const auto& seg = m_segments[s];
    const auto& other = m_segments[o];
    for (const auto end : {other.a, other.b}) {
      if (end == seg.a || end == seg.b) continue;
      const auto [t, distance_m] = project(m_nodes[end], m_nodes[seg.a], m_nodes[seg.b]);
      if (t > 0 && t < 1 && distance_m <= m_tolerance_m) found.splits.push_back({s, end, t});
    }
    if (o > s) split_crossing(s, o, found);
  }

  void split_crossing(std::uint32_t s, std::uint32_t o, Found& found) const {
    const auto& p0 = m_nodes[m_segments[s].a];
    const auto& p1 = m_nodes[m_segments[s].b];
    const auto& q0 = m_nodes[m_segments[o].a];
    const auto& q1 = m_nodes[m_segments[o].b];
    const double rx = p1.x() - p0.x(), ry = p1.y() - p0.y(), sx = q1.x() - q0.x(), sy = q1.y() - q0.y();
    const double denom = cross(rx, ry, sx, sy);
    if (denom == 0) return;  // parallel: overlaps are joined through their ends
    const double wx = q0.x() - p0.x(), wy = q0.y() - p0.y();
    const double t = cross(wx, wy, sx, sy) / denom, u = cross(wx, wy, rx, ry) / denom;
    if (t <= 0 || t >= 1 || u <= 0 || u >= 1) return;
    const Point crossing{p0.x() + t * rx, p0.y() + t * ry};
    // A crossing this close to an end is the end touching the other segment, handled in touch().
    for (const auto* end : {&p0, &p1, &q0, &q1})
      if (bg::distance(crossing, *end) <= m_tolerance_m) return;
    const auto crossing_index = static_cast<std::uint32_t>(found.crossings.size());
    found.crossings.push_back(crossing);
    for (const auto& [segment, at] : {std::pair{s, t}, std::pair{o, u}}) {
      found.crossing_splits.push_back(found.splits.size());
      found.splits.push_back({segment, crossing_index, at});
    }
  }

  std::vector<Point>& m_nodes;
  const std::vector<Segment>& m_segments;
  double m_tolerance_m;
  Point m_origin;
};

std::vector<RoadEdge> edges_from(const std::vector<Point>& nodes, const std::vector<Segment>& segments,
                                 std::vector<Split>& splits) {
  std::sort(splits.begin(), splits.end());
  std::vector<RoadEdge> edges;
  edges.reserve(segments.size() + splits.size());
  auto cut = splits.begin();
  for (std::uint32_t s = 0; s < segments.size(); ++s) {
    std::uint32_t previous = segments[s].a;
    auto add = [&](std::uint32_t next) {
      if (next == previous) return;
      edges.push_back({previous, next, bg::distance(nodes[previous], nodes[next]), segments[s].road});
      previous = next;
    };
    for (; cut != splits.end() && cut->segment == s; ++cut) add(cut->node);
    add(segments[s].b);
  }
  return edges;
}

}  // namespace

RoadGraphBuilder::RoadGraphBuilder(const core::Layer& roads, RoadGraphOptions options) : m_options(std::move(options)) {
  require_metric(roads);
  m_class_index = roads.require_field(m_options.class_field);
  m_surface_index = roads.require_field(m_options.surface_field);
}

std::uint32_t RoadGraphBuilder::kind_of(const core::Feature& road) {
  auto key = std::make_pair(core::to_text(road.attributes[m_class_index]), core::to_text(road.attributes[m_surface_index]));
  const auto [it, added] = m_kind_index.try_emplace(std::move(key), static_cast<std::uint32_t>(m_graph.kinds.size()));
  if (added) m_graph.kinds.push_back({it->first.first, it->first.second});
  return it->second;
}

void RoadGraphBuilder::add(const core::Feature& road) {
  const auto index = static_cast<std::uint32_t>(m_graph.road_fid.size());
  m_graph.road_fid.push_back(road.fid);
  m_graph.road_kind.push_back(kind_of(road));
  const auto* lines = std::get_if<core::MultiLineString>(&road.geometry);
  if (!lines) return;
  for (const auto& line : *lines) {
    if (line.empty()) continue;
    m_line_first.push_back(static_cast<std::uint32_t>(m_vertices.size()));
    m_line_road.push_back(index);
    m_vertices.insert(m_vertices.end(), line.begin(), line.end());
  }
}

RoadGraph RoadGraphBuilder::build() {
  auto snapped = snap_points(m_vertices, m_options.snap_tolerance_m);
  const auto segments = segments_between_nodes(m_line_first, m_line_road, m_vertices.size(), snapped.node_of);
  // The vertices are nodes or snapped onto them now: free them before the splitter's R-tree.
  std::vector<Point>().swap(m_vertices);
  std::vector<std::uint32_t>().swap(m_line_first);
  std::vector<std::uint32_t>().swap(m_line_road);
  std::vector<std::uint32_t>().swap(snapped.node_of);
  RoadGraph graph = std::move(m_graph);
  m_graph = {};
  m_kind_index.clear();
  graph.nodes = std::move(snapped.nodes);
  auto splits = Splitter(graph.nodes, segments, m_options.snap_tolerance_m).run();
  graph.edges = edges_from(graph.nodes, segments, splits);
  return graph;
}

}  // namespace ruralatlas::analysis
