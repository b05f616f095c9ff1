#pragma once
#include <string>

#include "core/value.hpp"

namespace ruralatlas::core {

struct Field {
  std::string name;
  FieldType type = FieldType::String;
  int width = 0;  ///< declared width where the format has one (DBF), else 0
};

}  // namespace ruralatlas::core
