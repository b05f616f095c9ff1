#pragma once
// Well-known text of a geometry, as GDAL's CSV driver writes it with GEOMETRY=AS_WKT
// (MULTIPOINT ((x y)), MULTILINESTRING ((x y,x y)), MULTIPOLYGON (((x y,...)))), but with
// coordinates in their shortest exact form. Empty geometry appends nothing.
#include <string>

#include "core/geometry.hpp"

namespace ruralatlas::io {

void append_wkt(std::string& text, const core::Geometry& geometry);

}  // namespace ruralatlas::io
