#pragma once
// A feature filter such as `tap_water_hh_pct < 90`, `road_class = 'county'`,
// `surface in ('asphalt', 'cement')`, `tap_water_hh_pct is null`, combined with
// `and`, `or`, `not` and parentheses. Parsed once, evaluated per feature.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.hpp"
#include "core/value.hpp"

namespace ruralatlas::style {

class Filter {
 public:
  /// Throws core::Error (ErrorKind::Config) with the offending position on a syntax error.
  static Filter parse(std::string_view text);

  /// Resolves field names to indices; throws core::Error naming the unknown field.
  void bind(const std::vector<core::Field>& fields);
  /// Requires bind() first. A comparison with a null value is false (SQL semantics).
  bool matches(const std::vector<core::Value>& attributes) const;

  const std::string& text() const { return m_text; }
  /// Field names the filter refers to.
  std::vector<std::string> referenced_fields() const;

  struct Node;

 private:
  std::string m_text;
  std::shared_ptr<Node> m_root;
};

}  // namespace ruralatlas::style
