#include "core/layer.hpp"

#include "core/error.hpp"

namespace ruralatlas::core {

std::optional<std::size_t> Layer::field_index(std::string_view field_name) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == field_name) return i;
  return std::nullopt;
}

std::size_t Layer::require_field(std::string_view field_name) const {
  if (auto index = field_index(field_name)) return *index;
  std::string names;
  for (const auto& f : fields) names += (names.empty() ? "" : ", ") + f.name;
  Diagnostic d;
  d.file = source;
  d.layer = name;
  d.field = std::string(field_name);
  d.message = "layer has no field '" + std::string(field_name) + "'";
  d.hint = "available fields: " + names;
  throw Error(ErrorKind::InputData, std::move(d));
}

Envelope Layer::extent() const {
  Envelope out = empty_envelope();
  for (const auto& feature : features) expand(out, envelope_of(feature.geometry));
  return out;
}

}  // namespace ruralatlas::core
