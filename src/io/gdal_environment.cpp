#include "io/gdal_environment.hpp"

#include <mutex>

#include <cpl_error.h>
#include <gdal.h>

namespace ruralatlas::io {

namespace {
thread_local std::string t_last_error;

void CPL_STDCALL collect_error(CPLErr level, CPLErrorNum, const char* message) {
  if (level >= CE_Warning && message) t_last_error = message;
}
}  // namespace

void ensure_gdal() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    CPLSetErrorHandler(collect_error);
  });
}

std::string last_gdal_error() { return t_last_error; }
void clear_gdal_error() { t_last_error.clear(); }

}  // namespace ruralatlas::io
