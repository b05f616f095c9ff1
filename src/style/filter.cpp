#include "style/filter.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/error.hpp"

namespace ruralatlas::style {

/// Expression tree: a comparison, a null test, an `in` list, or a boolean combination.
struct Filter::Node {
  enum class Kind { And, Or, Not, Compare, IsNull, In } kind = Kind::Compare;
  enum class Op { Eq, Ne, Lt, Le, Gt, Ge } op = Op::Eq;
  std::shared_ptr<Node> left, right;  // And/Or/Not
  std::string field;
  std::size_t field_index = 0;
  bool negated = false;  // IS NOT NULL, NOT IN
  std::vector<std::string> literals;  // Compare: one; In: several
  std::vector<std::optional<double>> numbers;
};

namespace {

using Node = Filter::Node;

class Parser {
 public:
  explicit Parser(std::string_view text) : m_text(text) {}

  std::shared_ptr<Node> parse() {
    auto node = parse_or();
    skip_space();
    if (m_pos != m_text.size()) fail("unexpected '" + std::string(m_text.substr(m_pos, 12)) + "'");
    return node;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    core::Diagnostic d;
    d.message = "filter `" + std::string(m_text) + "`: " + what + " at column " + std::to_string(m_pos + 1);
    d.hint = "filters look like `tap_water_hh_pct < 90 and kind = 'village'`";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }

  void skip_space() {
    while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
  }

  bool keyword(std::string_view word) {
    skip_space();
    if (m_text.size() - m_pos < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(m_text[m_pos + i])) != word[i]) return false;
    const std::size_t end = m_pos + word.size();
    if (end < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '_'))
      return false;
    m_pos = end;
    return true;
  }

  bool symbol(std::string_view s) {
    skip_space();
    if (m_text.substr(m_pos, s.size()) != s) return false;
    m_pos += s.size();
    return true;
  }

  std::shared_ptr<Node> combine(Node::Kind kind, std::shared_ptr<Node> l, std::shared_ptr<Node> r) {
    auto n = std::make_shared<Node>();
    n->kind = kind;
    n->left = std::move(l);
    n->right = std::move(r);
    return n;
  }

  std::shared_ptr<Node> parse_or() {
    auto left = parse_and();
    while (keyword("or")) left = combine(Node::Kind::Or, left, parse_and());
    return left;
  }

  std::shared_ptr<Node> parse_and() {
    auto left = parse_not();
    while (keyword("and")) left = combine(Node::Kind::And, left, parse_not());
    return left;
  }

  std::shared_ptr<Node> parse_not() {
    if (keyword("not")) return combine(Node::Kind::Not, parse_not(), nullptr);
    if (symbol("(")) {
      auto inner = parse_or();
      if (!symbol(")")) fail("missing ')'");
      return inner;
    }
    return parse_predicate();
  }

  std::string identifier() {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == '"') return quoted('"');
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() &&
           (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_' ||
            static_cast<unsigned char>(m_text[m_pos]) >= 0x80))
      ++m_pos;
    if (start == m_pos) fail("expected a field name");
    return std::string(m_text.substr(start, m_pos - start));
  }

  std::string quoted(char quote) {
    ++m_pos;
    std::string out;
    while (m_pos < m_text.size()) {
      if (m_text[m_pos] == quote) {
        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {
          out += quote;
          m_pos += 2;
          continue;
        }
        ++m_pos;
        return out;
      }
      out += m_text[m_pos++];
    }
    fail("unterminated quote");
  }

  /// A literal: 'text' (kept as text) or a number.
  std::pair<std::string, std::optional<double>> literal() {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == '\'') return {quoted('\''), std::nullopt};
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.' ||
                                     m_text[m_pos] == '-' || m_text[m_pos] == '+' || m_text[m_pos] == 'e' ||
                                     m_text[m_pos] == 'E'))
      ++m_pos;
    if (start == m_pos) fail("expected a number or a 'quoted' value");
    std::string text(m_text.substr(start, m_pos - start));
    auto number = core::to_number(core::Value{text});
    if (!number) fail("'" + text + "' is not a number");
    return {text, number};
  }

  std::shared_ptr<Node> parse_predicate() {
    auto node = std::make_shared<Node>();
    node->field = identifier();
    if (keyword("is")) {
      node->kind = Node::Kind::IsNull;
      node->negated = keyword("not");
      if (!keyword("null")) fail("expected NULL after IS");
      return node;
    }
    const bool negated_in = keyword("not");
    if (keyword("in")) {
      node->kind = Node::Kind::In;
      node->negated = negated_in;
      if (!symbol("(")) fail("expected '(' after IN");
      do {
        auto [text, number] = literal();
        node->literals.push_back(text);
        node->numbers.push_back(number);
      } while (symbol(","));
      if (!symbol(")")) fail("missing ')' after the IN list");
      return node;
    }
    if (negated_in) fail("expected IN after NOT");
    node->kind = Node::Kind::Compare;
    if (symbol("<=")) node->op = Node::Op::Le;
    else if (symbol(">=")) node->op = Node::Op::Ge;
    else if (symbol("<>") || symbol("!=")) node->op = Node::Op::Ne;
    else if (symbol("==") || symbol("=")) node->op = Node::Op::Eq;
    else if (symbol("<")) node->op = Node::Op::Lt;
    else if (symbol(">")) node->op = Node::Op::Gt;
    else fail("expected a comparison (=, !=, <, <=, >, >=), IN or IS NULL after '" + node->field + "'");
    auto [text, number] = literal();
    node->literals.push_back(text);
    node->numbers.push_back(number);
    return node;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

template <class T>
bool compare(Node::Op op, const T& a, const T& b) {
  switch (op) {
    case Node::Op::Eq: return a == b;
    case Node::Op::Ne: return a != b;
    case Node::Op::Lt: return a < b;
    case Node::Op::Le: return a <= b;
    case Node::Op::Gt: return a > b;
    case Node::Op::Ge: return a >= b;
  }
  return false;
}

/// Numbers compare numerically when both sides are numeric, else as text.
bool compare_value(Node::Op op, const core::Value& value, const std::string& literal, const std::optional<double>& number) {
  if (core::is_null(value)) return false;
  if (number) {
    if (auto v = core::to_number(value)) return compare(op, *v, *number);
  }
  return compare(op, core::to_text(value), literal);
}

bool evaluate(const Node& node, const std::vector<core::Value>& attributes) {
  switch (node.kind) {
    case Node::Kind::And: return evaluate(*node.left, attributes) && evaluate(*node.right, attributes);
    case Node::Kind::Or: return evaluate(*node.left, attributes) || evaluate(*node.right, attributes);
    case Node::Kind::Not: return !evaluate(*node.left, attributes);
    case Node::Kind::IsNull: {
      const auto& v = attributes[node.field_index];
      const bool null = core::is_null(v) || (std::holds_alternative<std::string>(v) && std::get<std::string>(v).empty());
      return null != node.negated;
    }
    case Node::Kind::In: {
      const auto& v = attributes[node.field_index];
      if (core::is_null(v)) return false;
      bool found = false;
      for (std::size_t i = 0; i < node.literals.size() && !found; ++i)
        found = compare_value(Node::Op::Eq, v, node.literals[i], node.numbers[i]);
      return found != node.negated;
    }
    case Node::Kind::Compare:
      return compare_value(node.op, attributes[node.field_index], node.literals[0], node.numbers[0]);
  }
  return false;
}

void bind_node(Node& node, const std::vector<core::Field>& fields, const std::string& text) {
  if (node.left) bind_node(*node.left, fields, text);
  if (node.right) bind_node(*node.right, fields, text);
  if (node.field.empty()) return;
  auto it = std::find_if(fields.begin(), fields.end(), [&](const core::Field& f) { return f.name == node.field; });
  if (it == fields.end()) {
    std::string names;
    for (const auto& f : fields) names += (names.empty() ? "" : ", ") + f.name;
    core::Diagnostic d;
    d.field = node.field;
    d.message = "filter `" + text + "` uses field '" + node.field + "' that the layer does not have";
    d.hint = "available fields: " + names;
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  node.field_index = static_cast<std::size_t>(it - fields.begin());
}

void collect_fields(const Node& node, std::vector<std::string>& out) {
  if (node.left) collect_fields(*node.left, out);
  if (node.right) collect_fields(*node.right, out);
  if (!node.field.empty() && std::find(out.begin(), out.end(), node.field) == out.end()) out.push_back(node.field);
}

}  // namespace

Filter Filter::parse(std::string_view text) {
  Filter filter;
  filter.m_text = std::string(text);
  filter.m_root = Parser(text).parse();
  return filter;
}

void Filter::bind(const std::vector<core::Field>& fields) {
  // Each style owns its filters; copy-on-bind keeps a shared tree from being rebound for another layer.
  m_root = std::make_shared<Node>(*m_root);
  std::vector<std::shared_ptr<Node>*> stack{&m_root};
  while (!stack.empty()) {
    auto* slot = stack.back();
    stack.pop_back();
    for (auto* child : {&(*slot)->left, &(*slot)->right})
      if (*child) {
        *child = std::make_shared<Node>(**child);
        stack.push_back(child);
      }
  }
  bind_node(*m_root, fields, m_text);
}

bool Filter::matches(const std::vector<core::Value>& attributes) const { return evaluate(*m_root, attributes); }

std::vector<std::string> Filter::referenced_fields() const {
  std::vector<std::string> out;
  collect_fields(*m_root, out);
  return out;
}

}  // namespace ruralatlas::style
