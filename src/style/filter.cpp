#include "style/filter.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "style/edit_distance.hpp"
#include "style/filter_program.hpp"

namespace ruralatlas::style {

namespace {

using Node = Filter::Node;
using Program = Filter::Program;

/// Three-valued truth (SQL/Kleene): a test on a missing value is Unknown, not false, so
/// `not (pct >= 90)` does not pick up villages without data.
enum class Truth : std::uint8_t { False, True, Unknown };

Truth truth(bool b) { return b ? Truth::True : Truth::False; }

bool is_blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

/// Null for filters: absent, or text that is blank (shapefiles store missing text as "").
bool is_null_value(const core::Value& value) {
  if (core::is_null(value)) return true;
  const auto* text = std::get_if<std::string>(&value);
  return text && is_blank(*text);
}

template <class T>
bool compare(Node::Op op, const T& a, const T& b) {
  switch (op) {
    case Node::Op::Eq:
      return a == b;
    case Node::Op::Ne:
      return a != b;
    case Node::Op::Lt:
      return a < b;
    case Node::Op::Le:
      return a <= b;
    case Node::Op::Gt:
      return a > b;
    case Node::Op::Ge:
      return a >= b;
  }
  return false;
}

Truth compare_value(Node::Op op, const core::Value& value, const Program::Literal& literal) {
  if (is_null_value(value)) return Truth::Unknown;
  if (literal.number) {
    if (auto number = core::to_number(value)) return truth(compare(op, *number, *literal.number));
    // Text that does not read as a number: equal to no number, not ordered against one.
    if (op == Node::Op::Eq) return Truth::False;
    if (op == Node::Op::Ne) return Truth::True;
    return Truth::Unknown;
  }
  if (const auto* text = std::get_if<std::string>(&value)) return truth(compare(op, *text, literal.text));
  return truth(compare(op, core::to_text(value), literal.text));
}

/// A feature with fewer attributes than the layer has fields (hand-built layers) reads null.
const core::Value& value_at(const std::vector<core::Value>& attributes, std::uint32_t index) {
  static const core::Value kNull;
  return index < attributes.size() ? attributes[index] : kNull;
}

Truth evaluate(const Program& program, std::uint32_t index, const std::vector<std::uint32_t>& slots,
               const std::vector<core::Value>& attributes) {
  const Node& node = program.nodes[index];
  switch (node.kind) {
    case Node::Kind::And: {
      const Truth a = evaluate(program, node.left, slots, attributes);
      if (a == Truth::False) return Truth::False;
      const Truth b = evaluate(program, node.right, slots, attributes);
      if (b == Truth::False) return Truth::False;
      return a == Truth::True && b == Truth::True ? Truth::True : Truth::Unknown;
    }
    case Node::Kind::Or: {
      const Truth a = evaluate(program, node.left, slots, attributes);
      if (a == Truth::True) return Truth::True;
      const Truth b = evaluate(program, node.right, slots, attributes);
      if (b == Truth::True) return Truth::True;
      return a == Truth::False && b == Truth::False ? Truth::False : Truth::Unknown;
    }
    case Node::Kind::Not: {
      const Truth a = evaluate(program, node.left, slots, attributes);
      return a == Truth::Unknown ? a : truth(a == Truth::False);
    }
    case Node::Kind::IsNull:
      return truth(is_null_value(value_at(attributes, slots[node.field])) != node.negated);
    case Node::Kind::In: {
      const auto& value = value_at(attributes, slots[node.field]);
      if (is_null_value(value)) return Truth::Unknown;
      bool found = false;
      for (std::uint32_t i = 0; i < node.literal_count && !found; ++i)
        found = compare_value(Node::Op::Eq, value, program.literals[node.first_literal + i]) == Truth::True;
      return truth(found != node.negated);
    }
    case Node::Kind::Compare:
      return compare_value(node.op, value_at(attributes, slots[node.field]), program.literals[node.first_literal]);
  }
  return Truth::Unknown;
}

constexpr std::string_view kKeywords[] = {"and", "or", "not", "in", "is", "null"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::uint32_t resolve_field(const std::string& name, const std::vector<core::Field>& fields, const std::string& text) {
  auto exact = std::find_if(fields.begin(), fields.end(), [&](const core::Field& f) { return f.name == name; });
  if (exact != fields.end()) return static_cast<std::uint32_t>(exact - fields.begin());
  // DBF field names are often upper case; accept a unique case-insensitive match.
  std::vector<std::uint32_t> folded;
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (lower(fields[i].name) == lower(name)) folded.push_back(static_cast<std::uint32_t>(i));
  if (folded.size() == 1) return folded.front();

  std::vector<std::string> names;
  std::string listed;
  for (const auto& f : fields) {
    names.push_back(f.name);
    listed += (listed.empty() ? "" : ", ") + f.name;
  }
  core::Diagnostic d;
  d.field = name;
  d.message = "filter `" + text + "` uses field '" + name + "' that the layer does not have";
  const auto nearest = detail::nearest_name(name, names);
  d.hint = (nearest.empty() ? std::string() : "did you mean '" + nearest + "'? ") + "available fields: " + listed;
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

}  // namespace

Filter::Filter() = default;

Filter Filter::parse(std::string_view text) {
  Filter filter;
  filter.m_text = std::string(text);
  filter.m_program = std::make_shared<const Program>(detail::parse_filter_program(text));
  return filter;
}

void Filter::bind(const std::vector<core::Field>& fields) {
  m_field_index.clear();
  if (m_program)
    for (const auto& name : m_program->fields) m_field_index.push_back(resolve_field(name, fields, m_text));
  m_bound = true;
}

bool Filter::matches(const std::vector<core::Value>& attributes) const {
  if (!m_program) return true;
  if (!m_bound) {
    core::Diagnostic d;
    d.message = "filter `" + m_text + "` evaluated before it was bound to the layer's fields";
    throw core::Error(core::ErrorKind::Internal, std::move(d));
  }
  return evaluate(*m_program, m_program->root, m_field_index, attributes) == Truth::True;
}

std::string Filter::field_reference(std::string_view name) {
  const bool plain =
      !name.empty() && !(name.front() >= '0' && name.front() <= '9') &&
      std::all_of(name.begin(), name.end(),
                  [](char c) {
                    const auto u = static_cast<unsigned char>(c);
                    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
                           u >= 0x80;
                  }) &&
      !std::any_of(std::begin(kKeywords), std::end(kKeywords), [&](std::string_view k) { return lower(name) == k; });
  if (plain) return std::string(name);
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Filter::text_literal(std::string_view value) {
  std::string out = "'";
  for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> Filter::referenced_fields() const {
  return m_program ? m_program->fields : std::vector<std::string>{};
}

}  // namespace ruralatlas::style
