#include "io/gdal_environment.hpp"

#include <mutex>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

namespace ruralatlas::io {

namespace {

thread_local std::string t_last_failure;
thread_local std::string t_last_warning;
thread_local std::uint64_t t_failures = 0;

// Collects instead of printing: GDAL's own stderr output would interleave with ours and
// repeat what our error message says anyway. Debug messages are dropped.
void CPL_STDCALL collect_error(CPLErr level, CPLErrorNum, const char* message) {
  if (!message) return;
  if (level >= CE_Failure) {
    t_last_failure = message;
    ++t_failures;
  } else if (level == CE_Warning) {
    t_last_warning = message;
  }
}

}  // namespace

void ensure_gdal() {
  static std::once_flag once;
  std::call_once(once, [] {
    CPLSetConfigOption("CPL_DEBUG", "OFF");
    GDALAllRegister();
    CPLSetErrorHandler(collect_error);
  });
}

std::string last_gdal_error() { return t_last_failure.empty() ? t_last_warning : t_last_failure; }

std::uint64_t gdal_failure_count() { return t_failures; }

void clear_gdal_error() {
  t_last_failure.clear();
  t_last_warning.clear();
}

}  // namespace ruralatlas::io
