#pragma once
// The parsed form of a Filter (style-internal): a flat array of expression nodes that refer
// to each other, to literals and to field slots by index. Immutable once parsed and shared by
// every copy of the Filter; only the slot → attribute-index binding is per copy.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "style/filter.hpp"

namespace ruralatlas::style {

struct Filter::Node {
  enum class Kind : std::uint8_t { And, Or, Not, Compare, In, IsNull };
  enum class Op : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

  Kind kind = Kind::Compare;
  Op op = Op::Eq;
  bool negated = false;     ///< IS NOT NULL, NOT IN
  std::uint32_t left = 0;   ///< And/Or/Not operand
  std::uint32_t right = 0;  ///< And/Or second operand
  std::uint32_t field = 0;  ///< Compare/In/IsNull: slot in Program::fields
  std::uint32_t first_literal = 0;
  std::uint32_t literal_count = 0;
};

struct Filter::Program {
  struct Literal {
    std::string text;
    std::optional<double> number;  ///< set for unquoted number literals only
  };
  std::vector<Node> nodes;
  std::uint32_t root = 0;
  std::vector<Literal> literals;
  std::vector<std::string> fields;  ///< distinct field names in order of first use
};

namespace detail {

/// Recursive-descent parser for the grammar in filter.hpp; throws core::Error (Config).
Filter::Program parse_filter_program(std::string_view text);

}  // namespace detail

}  // namespace ruralatlas::style
