#pragma once
// GDAL set-up shared by everything in io/: drivers registered once, and GDAL's messages
// collected for our own errors instead of printed on stderr.
#include <cstdint>
#include <string>

namespace ruralatlas::io {

/// Registers GDAL drivers once and routes GDAL's error text to last_gdal_error() instead of
/// stderr, so our messages can carry it. Safe to call repeatedly and from several threads.
void ensure_gdal();
/// The most recent failure text GDAL reported on this thread since clear_gdal_error(), else the
/// most recent warning, else "".
std::string last_gdal_error();
/// How many failures (CE_Failure or worse, not warnings) GDAL has reported on this thread so far.
/// Compare two readings to learn whether a call failed even though it returned something.
std::uint64_t gdal_failure_count();
void clear_gdal_error();

}  // namespace ruralatlas::io
