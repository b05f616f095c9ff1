#include "core/crs.hpp"

namespace ruralatlas::core {

std::string Crs::label() const {
  if (epsg) return "EPSG:" + std::to_string(*epsg);
  return name.empty() ? std::string("unknown CRS") : name;
}

}  // namespace ruralatlas::core
