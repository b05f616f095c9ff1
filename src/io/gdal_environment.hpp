#pragma once
#include <string>

namespace ruralatlas::io {

/// Registers GDAL drivers once and routes GDAL's error text to last_gdal_error() instead of
/// stderr, so our messages can carry it. Safe to call repeatedly.
void ensure_gdal();
/// The most recent error or warning text GDAL reported on this thread ("" if none); cleared by
/// clear_gdal_error().
std::string last_gdal_error();
void clear_gdal_error();

}  // namespace ruralatlas::io
