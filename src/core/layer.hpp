#pragma once
// A vector layer held in memory: features with one geometry each and attributes
// aligned with `fields`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/field.hpp"
#include "core/geometry.hpp"
#include "core/value.hpp"

namespace ruralatlas::core {

struct Feature {
  std::int64_t fid = 0;  ///< feature id in the source, for messages
  Geometry geometry;
  std::vector<Value> attributes;  ///< one per Layer::fields
};

class Layer {
 public:
  std::string name;    ///< e.g. "villages"
  std::string source;  ///< path or connection it was read from, for messages
  std::string encoding;  ///< character encoding of the source's attributes (e.g. "UTF-8", "GBK")
  Crs crs;
  GeometryKind geometry_kind = GeometryKind::None;
  std::vector<Field> fields;
  std::vector<Feature> features;

  std::optional<std::size_t> field_index(std::string_view field_name) const;
  /// Like field_index but throws a core::Error naming the layer and listing its fields.
  std::size_t require_field(std::string_view field_name) const;
  Envelope extent() const;
};

}  // namespace ruralatlas::core
