#pragma once
// A non-spatial table (an indicator sheet): named columns, rows of values.
#include <optional>
#include <string>
#include <vector>

#include "core/field.hpp"
#include "core/value.hpp"

namespace ruralatlas::core {

class AttributeTable {
 public:
  std::string source;  ///< file (and sheet/layer) it was read from, for messages
  std::vector<Field> fields;
  std::vector<std::vector<Value>> rows;
  /// Row number in the source file of each row (1-based, header counted), for messages.
  std::vector<std::int64_t> source_rows;

  std::optional<std::size_t> field_index(std::string_view name) const;
  /// Like field_index but throws a core::Error naming the table and listing the fields.
  std::size_t require_field(std::string_view name) const;
};

}  // namespace ruralatlas::core
