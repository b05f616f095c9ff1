#pragma once
// Geometry value types. Coordinates are in the CRS of the Layer that holds them;
// a Layer's Crs says whether they are degrees or metres.
#include <variant>
#include <vector>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_linestring.hpp>
#include <boost/geometry/geometries/multi_point.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace ruralatlas::core {

namespace bg = boost::geometry;

using Point = bg::model::d2::point_xy<double>;
using LineString = bg::model::linestring<Point>;
/// Outer rings clockwise, holes counter-clockwise, closed (Boost.Geometry defaults, as shapefiles).
using Polygon = bg::model::polygon<Point>;
using MultiPoint = bg::model::multi_point<Point>;
using MultiLineString = bg::model::multi_linestring<LineString>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Envelope = bg::model::box<Point>;

/// Every feature geometry is normalised to its multi type on read; monostate = empty/null geometry.
using Geometry = std::variant<std::monostate, MultiPoint, MultiLineString, MultiPolygon>;

enum class GeometryKind { None, Point, Line, Polygon };

GeometryKind kind_of(const Geometry& geometry);
const char* to_string(GeometryKind kind);

/// Envelope of a geometry; an inverse (empty) box for monostate.
Envelope envelope_of(const Geometry& geometry);
/// Grow `target` by `other`; empty envelopes are ignored.
void expand(Envelope& target, const Envelope& other);
bool is_empty(const Envelope& envelope);
Envelope empty_envelope();

}  // namespace ruralatlas::core
