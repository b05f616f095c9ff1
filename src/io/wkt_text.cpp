#include "io/wkt_text.hpp"

#include <charconv>

namespace ruralatlas::io {

namespace {

void append_number(std::string& text, double v) {
  char number[32];
  text.append(number, std::to_chars(number, number + sizeof number, v).ptr);
}

template <class Range>
void append_points(std::string& text, const Range& points) {
  text += '(';
  bool first = true;
  for (const auto& p : points) {
    if (!first) text += ',';
    first = false;
    append_number(text, p.x());
    text += ' ';
    append_number(text, p.y());
  }
  text += ')';
}

void append_polygon(std::string& text, const core::Polygon& polygon) {
  text += '(';
  append_points(text, polygon.outer());
  for (const auto& hole : polygon.inners()) {
    text += ',';
    append_points(text, hole);
  }
  text += ')';
}

/// "(a,b,...)" with `part` appending each element.
template <class Range, class Part>
void append_list(std::string& text, const Range& parts, Part part) {
  text += '(';
  bool first = true;
  for (const auto& p : parts) {
    if (!first) text += ',';
    first = false;
    part(p);
  }
  text += ')';
}

}  // namespace

void append_wkt(std::string& text, const core::Geometry& geometry) {
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry)) {
    if (points->empty()) return;
    text += "MULTIPOINT ";
    append_list(text, *points, [&](const core::Point& p) { append_points(text, std::initializer_list<core::Point>{p}); });
  } else if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    if (lines->empty()) return;
    text += "MULTILINESTRING ";
    append_list(text, *lines, [&](const core::LineString& line) { append_points(text, line); });
  } else if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    if (polygons->empty()) return;
    text += "MULTIPOLYGON ";
    append_list(text, *polygons, [&](const core::Polygon& polygon) { append_polygon(text, polygon); });
  }
}

}  // namespace ruralatlas::io
