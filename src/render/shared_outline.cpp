#include "render/shared_outline.hpp"

#include <functional>

namespace ruralatlas::render::detail {

std::size_t SharedOutline::EdgeHash::operator()(const Edge& e) const {
  std::size_t h = std::hash<double>{}(e.ax);
  for (double v : {e.ay, e.bx, e.by}) h = h * 1000003u ^ std::hash<double>{}(v);
  return h;
}

void SharedOutline::add(const core::MultiPolygon& polygons, std::vector<std::vector<core::Point>>& runs) {
  for (const auto& polygon : polygons) {
    add_ring(polygon.outer(), runs);
    for (const auto& inner : polygon.inners()) add_ring(inner, runs);
  }
}

void SharedOutline::add_ring(const core::Polygon::ring_type& ring, std::vector<std::vector<core::Point>>& runs) {
  if (ring.size() < 2) return;
  // Edges i = (ring[i], ring[i+1]); a ring not explicitly closed gets its closing edge too.
  const bool closed = boost::geometry::equals(ring.front(), ring.back());
  const std::size_t n = closed ? ring.size() - 1 : ring.size();
  auto point = [&](std::size_t i) -> const core::Point& { return ring[i % n]; };
  m_new.assign(n, 0);
  std::size_t fresh = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = point(i);
    const auto& b = point(i + 1);
    const bool a_first = a.x() < b.x() || (a.x() == b.x() && a.y() <= b.y());
    const Edge e = a_first ? Edge{a.x(), a.y(), b.x(), b.y()} : Edge{b.x(), b.y(), a.x(), a.y()};
    if (m_seen.insert(e).second) {
      m_new[i] = 1;
      ++fresh;
    }
  }
  if (fresh == 0) return;
  if (fresh == n) {  // the whole ring is new: one closed run
    std::vector<core::Point> run;
    for (std::size_t i = 0; i <= n; ++i) run.push_back(point(i));
    runs.push_back(std::move(run));
    return;
  }
  // Start at an edge that begins a run (new, after an old one) and walk once around.
  std::size_t start = 0;
  while (!(m_new[start] && !m_new[(start + n - 1) % n])) ++start;
  std::vector<core::Point> run;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (start + k) % n;
    if (m_new[i]) {
      if (run.empty()) run.push_back(point(i));
      run.push_back(point(i + 1));
    } else if (!run.empty()) {
      runs.push_back(std::move(run));
      run.clear();
    }
  }
  if (!run.empty()) runs.push_back(std::move(run));
}

}  // namespace ruralatlas::render::detail
