#include "io/ogr_geometry_conversion.hpp"

#include <cmath>
#include <type_traits>

namespace ruralatlas::io::detail {

namespace {

namespace bg = boost::geometry;

template <class Range>
void append_points(const OGRSimpleCurve& curve, Range& out) {
  const int n = curve.getNumPoints();
  out.reserve(out.size() + static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back(core::Point{curve.getX(i), curve.getY(i)});
}

core::Polygon to_polygon(const OGRPolygon& polygon) {
  core::Polygon out;
  if (const auto* ring = polygon.getExteriorRing()) append_points(*ring, out.outer());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
    out.inners().emplace_back();
    append_points(*polygon.getInteriorRing(i), out.inners().back());
  }
  return out;
}

void collect(const OGRGeometry& g, core::MultiPoint& points, core::MultiLineString& lines, core::MultiPolygon& polygons) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
      const auto& p = *g.toPoint();
      if (!p.IsEmpty()) points.push_back(core::Point{p.getX(), p.getY()});
      break;
    }
    case wkbLineString: {
      core::LineString line;
      append_points(*g.toLineString(), line);
      if (!line.empty()) lines.push_back(std::move(line));
      break;
    }
    case wkbPolygon: polygons.push_back(to_polygon(*g.toPolygon())); break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const auto* part : *g.toGeometryCollection()) collect(*part, points, lines, polygons);
      break;
    default: {
      // Curves and other exotic types: linearise first.
      std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
      if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g.getGeometryType()))
        collect(*linear, points, lines, polygons);
    }
  }
}

}  // namespace

core::Geometry to_core_geometry(const OGRGeometry* geometry) {
  if (!geometry || geometry->IsEmpty()) return {};
  core::MultiPoint points;
  core::MultiLineString lines;
  core::MultiPolygon polygons;
  collect(*geometry, points, lines, polygons);
  if (!polygons.empty()) {
    bg::correct(polygons);
    return polygons;
  }
  if (!lines.empty()) return lines;
  if (!points.empty()) return points;
  return {};
}

bool has_finite_coordinates(const core::Geometry& geometry) {
  bool finite = true;
  auto check = [&finite](const core::Point& p) { finite = finite && std::isfinite(p.x()) && std::isfinite(p.y()); };
  std::visit(
      [&check](const auto& g) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(g)>, std::monostate>) bg::for_each_point(g, check);
      },
      geometry);
  return finite;
}

std::optional<std::string> validity_problem(const core::Geometry& geometry) {
  const auto* polygons = std::get_if<core::MultiPolygon>(&geometry);
  if (!polygons) return std::nullopt;
  std::string message;
  if (bg::is_valid(*polygons, message)) return std::nullopt;
  return message;
}

}  // namespace ruralatlas::io::detail
