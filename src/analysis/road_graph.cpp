#include "analysis/road_graph.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/geometry/index/rtree.hpp>

#include "core/error.hpp"

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
  double t = 0;
  std::uint32_t node = 0;
  bool operator<(const Split& o) const { return t < o.t || (t == o.t && node < o.node); }
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

/// Vertices of all roads in order, and for each the road it belongs to; parts start a new line.
struct Vertices {
  std::vector<Point> points;
  std::vector<bool> starts_line;
  std::vector<std::uint32_t> road;
};

Vertices collect_vertices(const core::Layer& roads) {
  Vertices v;
  for (std::size_t r = 0; r < roads.features.size(); ++r) {
    const auto* lines = std::get_if<core::MultiLineString>(&roads.features[r].geometry);
    if (!lines) continue;
    for (const auto& line : *lines)
      for (std::size_t i = 0; i < line.size(); ++i) {
        v.points.push_back(line[i]);
        v.starts_line.push_back(i == 0);
        v.road.push_back(static_cast<std::uint32_t>(r));
      }
  }
  return v;
}

/// Greedy snapping: the first unassigned vertex (in input order) becomes a node and takes
/// every unassigned vertex within the tolerance. Deterministic for a given input order.
std::vector<std::uint32_t> snap_vertices(const std::vector<Point>& points, double tolerance_m,
                                         std::vector<Point>& nodes) {
  using Entry = std::pair<Point, std::uint32_t>;
  std::vector<Entry> entries;
  entries.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) entries.emplace_back(points[i], static_cast<std::uint32_t>(i));
  const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
  constexpr auto kUnassigned = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> node_of(points.size(), kUnassigned);
  std::vector<Entry> hits;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (node_of[i] != kUnassigned) continue;
    const auto node = static_cast<std::uint32_t>(nodes.size());
    nodes.push_back(points[i]);
    const auto& p = points[i];
    const core::Envelope box{{p.x() - tolerance_m, p.y() - tolerance_m}, {p.x() + tolerance_m, p.y() + tolerance_m}};
    hits.clear();
    tree.query(bgi::intersects(box), std::back_inserter(hits));
    for (const auto& [q, j] : hits)
      if (node_of[j] == kUnassigned && bg::distance(p, q) <= tolerance_m) node_of[j] = node;
  }
  return node_of;
}

std::vector<Segment> segments_between_nodes(const Vertices& v, const std::vector<std::uint32_t>& node_of) {
  std::vector<Segment> segments;
  for (std::size_t i = 1; i < v.points.size(); ++i)
    if (!v.starts_line[i] && node_of[i - 1] != node_of[i]) segments.push_back({node_of[i - 1], node_of[i], v.road[i]});
  return segments;
}

/// Records where nodes of other segments touch a segment's interior and where segments cross.
class Splitter {
 public:
  Splitter(std::vector<Point>& nodes, const std::vector<Segment>& segments, double tolerance_m)
      : m_nodes(nodes), m_segments(segments), m_tolerance_m(tolerance_m), m_splits(segments.size()) {}

  std::vector<std::vector<Split>> run() {
    std::vector<Entry> entries;
    entries.reserve(m_segments.size());
    for (std::size_t s = 0; s < m_segments.size(); ++s) entries.emplace_back(box_of(s, m_tolerance_m), static_cast<std::uint32_t>(s));
    const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
    std::vector<Entry> hits;
    for (std::uint32_t s = 0; s < m_segments.size(); ++s) {
      hits.clear();
      tree.query(bgi::intersects(entries[s].first), std::back_inserter(hits));
      for (const auto& hit : hits)
        if (hit.second != s) touch(s, hit.second);
    }
    return std::move(m_splits);
  }

 private:
  using Entry = std::pair<core::Envelope, std::uint32_t>;

  core::Envelope box_of(std::size_t s, double grow) const {
    const auto& p = m_nodes[m_segments[s].a];
    const auto& q = m_nodes[m_segments[s].b];
    return {{std::min(p.x(), q.x()) - grow, std::min(p.y(), q.y()) - grow},
            {std::max(p.x(), q.x()) + grow, std::max(p.y(), q.y()) + grow}};
  }

  /// Ends of `o` near the interior of `s` split `s`; a proper crossing (checked once per pair) splits both.
  void touch(std::uint32_t s, std::uint32_t o) {
    const auto& seg = m_segments[s];
    const auto& other = m_segments[o];
    for (const auto end : {other.a, other.b}) {
      if (end == seg.a || end == seg.b) continue;
      const auto [t, distance_m] = project(m_nodes[end], m_nodes[seg.a], m_nodes[seg.b]);
      if (t > 0 && t < 1 && distance_m <= m_tolerance_m) m_splits[s].push_back({t, end});
    }
    if (o > s) split_crossing(s, o);
  }

  void split_crossing(std::uint32_t s, std::uint32_t o) {
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
    const auto node = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back(crossing);
    m_splits[s].push_back({t, node});
    m_splits[o].push_back({u, node});
  }

  std::vector<Point>& m_nodes;
  const std::vector<Segment>& m_segments;
  double m_tolerance_m;
  std::vector<std::vector<Split>> m_splits;
};

std::vector<RoadEdge> edges_from(const std::vector<Point>& nodes, const std::vector<Segment>& segments,
                                 std::vector<std::vector<Split>>& splits) {
  std::vector<RoadEdge> edges;
  edges.reserve(segments.size());
  for (std::size_t s = 0; s < segments.size(); ++s) {
    auto& cuts = splits[s];
    std::sort(cuts.begin(), cuts.end());
    std::uint32_t previous = segments[s].a;
    auto add = [&](std::uint32_t next) {
      if (next == previous) return;
      edges.push_back({previous, next, bg::distance(nodes[previous], nodes[next]), segments[s].road});
      previous = next;
    };
    for (const auto& cut : cuts) add(cut.node);
    add(segments[s].b);
  }
  return edges;
}

}  // namespace

RoadGraph build_road_graph(const core::Layer& roads, const RoadGraphOptions& options) {
  require_metric(roads);
  const auto class_index = roads.require_field(options.class_field);
  const auto surface_index = roads.require_field(options.surface_field);
  RoadGraph graph;
  for (const auto& f : roads.features) {
    graph.road_class.push_back(core::to_text(f.attributes[class_index]));
    graph.road_surface.push_back(core::to_text(f.attributes[surface_index]));
    graph.road_fid.push_back(f.fid);
  }
  const auto vertices = collect_vertices(roads);
  const auto node_of = snap_vertices(vertices.points, options.snap_tolerance_m, graph.nodes);
  const auto segments = segments_between_nodes(vertices, node_of);
  auto splits = Splitter(graph.nodes, segments, options.snap_tolerance_m).run();
  graph.edges = edges_from(graph.nodes, segments, splits);
  return graph;
}

}  // namespace ruralatlas::analysis
