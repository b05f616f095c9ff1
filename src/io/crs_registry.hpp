#pragma once
#include <string_view>

#include "core/crs.hpp"

namespace ruralatlas::io {

/// A CRS from what a user writes: "EPSG:4544", WKT (also ESRI WKT such as
/// CGCS2000_3_Degree_GK_CM_105E), or a PROJ string. Throws a Config error naming the text.
core::Crs crs_from_user_text(std::string_view text);

}  // namespace ruralatlas::io
