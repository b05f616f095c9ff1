#include "analysis/criterion_rule.hpp"

#include <utility>

namespace ruralatlas::analysis {

std::optional<CompareOp> parse_compare_op(std::string_view text) {
  static const std::pair<std::string_view, CompareOp> ops[] = {
      {">=", CompareOp::GreaterEqual}, {">", CompareOp::Greater}, {"<=", CompareOp::LessEqual},
      {"<", CompareOp::Less},          {"=", CompareOp::Equal},   {"==", CompareOp::Equal},
      {"!=", CompareOp::NotEqual},     {"<>", CompareOp::NotEqual}};
  for (const auto& [name, op] : ops)
    if (text == name) return op;
  return std::nullopt;
}

const char* to_string(CompareOp op) {
  switch (op) {
    case CompareOp::GreaterEqual: return ">=";
    case CompareOp::Greater: return ">";
    case CompareOp::LessEqual: return "<=";
    case CompareOp::Less: return "<";
    case CompareOp::Equal: return "=";
    case CompareOp::NotEqual: return "!=";
  }
  return "?";
}

bool compare(double value, CompareOp op, double threshold) {
  switch (op) {
    case CompareOp::GreaterEqual: return value >= threshold;
    case CompareOp::Greater: return value > threshold;
    case CompareOp::LessEqual: return value <= threshold;
    case CompareOp::Less: return value < threshold;
    case CompareOp::Equal: return value == threshold;
    case CompareOp::NotEqual: return value != threshold;
  }
  return false;
}

}  // namespace ruralatlas::analysis
