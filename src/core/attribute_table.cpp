#include "core/attribute_table.hpp"

#include "core/error.hpp"

namespace ruralatlas::core {

std::optional<std::size_t> AttributeTable::field_index(std::string_view name) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name) return i;
  return std::nullopt;
}

std::size_t AttributeTable::require_field(std::string_view name) const {
  if (auto index = field_index(name)) return *index;
  std::string names;
  for (const auto& f : fields) names += (names.empty() ? "" : ", ") + f.name;
  Diagnostic d;
  d.file = source;
  d.field = std::string(name);
  d.message = "no field '" + std::string(name) + "'";
  d.hint = "available fields: " + names;
  throw Error(ErrorKind::InputData, std::move(d));
}

}  // namespace ruralatlas::core
