#pragma once
// A feature filter such as `tap_water_hh_pct < 90`, `road_class = 'county'`,
// `surface in ('asphalt', 'cement')`, `tap_water_hh_pct is null`, combined with
// `and`, `or`, `not` and parentheses. Parsed once, evaluated per feature.
//
// Grammar (keywords case-insensitive):
//   expr       := or
//   or         := and ("or" and)*
//   and        := not ("and" not)*
//   not        := "not" not | "(" expr ")" | predicate
//   predicate  := field ( op literal | ["not"] "in" "(" literal ("," literal)* ")" | "is" ["not"] "null" )
//   op         := = == != <> < <= > >=
//   field      := name of letters, digits, '_' (any non-ASCII letter too) | "double-quoted name"
//   literal    := number | 'single-quoted text' | "double-quoted text"   (a doubled quote escapes it)
//
// Semantics (SQL's three-valued logic, so a missing value never passes a test by accident):
//   - A value is null when it is absent or text that is blank.
//   - A comparison with a null value is unknown; `not unknown` is unknown; `and`/`or` follow
//     Kleene logic; a feature matches only when the whole filter is true.
//   - A number literal compares numerically with a value that reads as a number
//     (core::to_number: "85%" is 85). Text that does not read as a number is equal to no
//     number, and ordering it against a number is unknown (so "-" or "n/a" in an indicator
//     column is neither < 90 nor >= 90). A quoted literal compares as text.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.hpp"
#include "core/value.hpp"

namespace ruralatlas::style {

class Filter {
 public:
  /// A filter that matches every feature (text "").
  Filter();

  /// Throws core::Error (ErrorKind::Config) naming the column (1-based, in characters) on a
  /// syntax error.
  static Filter parse(std::string_view text);

  /// Resolves field names to indices (exact name first, then a unique case-insensitive match);
  /// throws core::Error (Config) naming the unknown field, listing the layer's fields and
  /// suggesting the nearest one. Each copy of a Filter has its own binding.
  void bind(const std::vector<core::Field>& fields);
  bool is_bound() const { return m_bound; }
  /// Requires bind() first (throws core::Error of kind Internal otherwise).
  bool matches(const std::vector<core::Value>& attributes) const;

  const std::string& text() const { return m_text; }

  /// `name` as the filter language refers to a field: bare when it is a plain name, else in
  /// double quotes ("2020 pop", "and"). For building filter text from data.
  static std::string field_reference(std::string_view name);
  /// `value` as a quoted text literal: 'it''s'.
  static std::string text_literal(std::string_view value);
  /// Field names the filter refers to, in order of first use.
  std::vector<std::string> referenced_fields() const;

  struct Node;     ///< expression node (filter.cpp)
  struct Program;  ///< the parsed expression, shared between copies

 private:
  std::string m_text;
  std::shared_ptr<const Program> m_program;
  std::vector<std::uint32_t> m_field_index;  ///< per referenced field: index into the attributes
  bool m_bound = false;
};

}  // namespace ruralatlas::style
