#include <algorithm>
#include <charconv>
#include <string>

#include "core/error.hpp"
#include "style/filter_program.hpp"

namespace ruralatlas::style::detail {

namespace {

using Node = Filter::Node;
using Program = Filter::Program;

enum class TokenKind { End, Name, SingleQuoted, DoubleQuoted, Number, Operator, LParen, RParen, Comma };

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;       ///< name, unquoted string, operator or number as written
  double number = 0;      ///< Number
  std::size_t start = 0;  ///< byte offset in the filter text
};

bool is_name_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_keyword(const std::string& text, std::string_view keyword) {
  return text.size() == keyword.size() && std::equal(text.begin(), text.end(), keyword.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
         });
}

bool is_keyword(const std::string& text) {
  for (auto k : {"and", "or", "not", "in", "is", "null"})
    if (equals_keyword(text, k)) return true;
  return false;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : m_text(text) { advance(); }

  Program run() {
    if (m_token.kind == TokenKind::End) fail("the filter is empty", 0);
    m_program.root = parse_or();
    if (m_token.kind != TokenKind::End) fail("unexpected '" + m_token.text + "'", m_token.start);
    return std::move(m_program);
  }

 private:
  [[noreturn]] void fail(const std::string& what, std::size_t byte_offset,
                         std::string hint = "filters look like `tap_water_hh_pct < 90 and kind = 'village'`") const {
    core::Diagnostic d;
    d.message =
        "filter `" + std::string(m_text) + "`: " + what + " at column " + std::to_string(column_of(byte_offset));
    d.hint = std::move(hint);
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }

  // ---- tokens ----

  void advance() {
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
      ++m_pos;
    m_token = Token{};
    m_token.start = m_pos;
    if (m_pos >= m_text.size()) return;
    const char c = m_text[m_pos];
    const char next = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
    if (c == '(' || c == ')' || c == ',') {
      m_token.kind = c == '(' ? TokenKind::LParen : c == ')' ? TokenKind::RParen : TokenKind::Comma;
      m_token.text = std::string(1, c);
      ++m_pos;
    } else if (c == '\'' || c == '"') {
      m_token.kind = c == '\'' ? TokenKind::SingleQuoted : TokenKind::DoubleQuoted;
      m_token.text = quoted(c);
    } else if (is_digit(c) || c == '.' || ((c == '-' || c == '+') && (is_digit(next) || next == '.'))) {
      number();
    } else if (c == '<' || c == '>' || c == '=' || c == '!') {
      m_token.kind = TokenKind::Operator;
      for (std::string_view op : {"<=", ">=", "<>", "!=", "==", "<", ">", "="})
        if (m_text.substr(m_pos, op.size()) == op) {
          m_token.text = std::string(op);
          break;
        }
      if (m_token.text.empty()) fail("'!' must be followed by '='", m_pos);
      m_pos += m_token.text.size();
    } else if (is_name_byte(static_cast<unsigned char>(c))) {
      const std::size_t start = m_pos;
      while (m_pos < m_text.size() && is_name_byte(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
      m_token.kind = TokenKind::Name;
      m_token.text = std::string(m_text.substr(start, m_pos - start));
    } else {
      fail(std::string("unexpected character '") + c + "'", m_pos);
    }
  }

  std::string quoted(char quote) {
    const std::size_t open = m_pos++;
    std::string out;
    while (m_pos < m_text.size()) {
      if (m_text[m_pos] == quote) {
        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {  // '' is a quote inside
          out += quote;
          m_pos += 2;
          continue;
        }
        ++m_pos;
        return out;
      }
      out += m_text[m_pos++];
    }
    fail(std::string("unterminated ") + quote + " quote", open, "close the quote; write a quote inside as two quotes");
  }

  void number() {
    const std::size_t start = m_pos;
    if (m_text[m_pos] == '-' || m_text[m_pos] == '+') ++m_pos;
    while (m_pos < m_text.size() && (is_digit(m_text[m_pos]) || m_text[m_pos] == '.')) ++m_pos;
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (m_pos < m_text.size() && (m_text[m_pos] == '-' || m_text[m_pos] == '+')) ++m_pos;
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
    }
    m_token.kind = TokenKind::Number;
    m_token.text = std::string(m_text.substr(start, m_pos - start));
    const char* first = m_token.text.data() + (m_token.text.front() == '+' ? 1 : 0);
    const char* last = m_token.text.data() + m_token.text.size();
    auto [ptr, ec] = std::from_chars(first, last, m_token.number);
    if (ec != std::errc{} || ptr != last) fail("'" + m_token.text + "' is not a number", start);
    if (m_pos < m_text.size() && is_name_byte(static_cast<unsigned char>(m_text[m_pos])))
      fail("'" + m_token.text + "' is followed by letters", m_pos,
           "a field name that starts with a digit must be written in double quotes, e.g. \"2020_pop\"");
  }

  bool at_keyword(std::string_view keyword) const {
    return m_token.kind == TokenKind::Name && equals_keyword(m_token.text, keyword);
  }
  bool accept_keyword(std::string_view keyword) {
    if (!at_keyword(keyword)) return false;
    advance();
    return true;
  }
  std::string describe_token() const {
    return m_token.kind == TokenKind::End ? std::string("the end") : "'" + m_token.text + "'";
  }

  // ---- grammar ----

  std::uint32_t add(Node node) {
    m_program.nodes.push_back(node);
    return static_cast<std::uint32_t>(m_program.nodes.size() - 1);
  }

  std::uint32_t binary(Node::Kind kind, std::uint32_t left, std::uint32_t right) {
    Node node;
    node.kind = kind;
    node.left = left;
    node.right = right;
    return add(node);
  }

  std::uint32_t parse_or() {
    auto left = parse_and();
    while (accept_keyword("or")) left = binary(Node::Kind::Or, left, parse_and());
    return left;
  }

  std::uint32_t parse_and() {
    auto left = parse_not();
    while (accept_keyword("and")) left = binary(Node::Kind::And, left, parse_not());
    return left;
  }

  std::uint32_t parse_not() {
    if (accept_keyword("not")) {
      Node node;
      node.kind = Node::Kind::Not;
      node.left = parse_not();
      return add(node);
    }
    if (m_token.kind == TokenKind::LParen) {
      const std::size_t open = m_token.start;
      advance();
      const auto inner = parse_or();
      if (m_token.kind != TokenKind::RParen)
        fail("missing ')' for the '(' at column " + std::to_string(column_of(open)) + ", found " + describe_token(),
             m_token.start);
      advance();
      return inner;
    }
    return parse_predicate();
  }

  /// Columns count characters, not bytes, so they are right after Chinese field names too.
  std::size_t column_of(std::size_t byte_offset) const {
    std::size_t column = 1;
    for (std::size_t i = 0; i < byte_offset && i < m_text.size(); ++i)
      if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++column;
    return column;
  }

  std::uint32_t field_slot(const std::string& name) {
    auto it = std::find(m_program.fields.begin(), m_program.fields.end(), name);
    if (it == m_program.fields.end()) it = m_program.fields.insert(m_program.fields.end(), name);
    return static_cast<std::uint32_t>(it - m_program.fields.begin());
  }

  std::uint32_t parse_predicate() {
    if (m_token.kind != TokenKind::Name && m_token.kind != TokenKind::DoubleQuoted)
      fail("expected a field name, found " + describe_token(), m_token.start);
    if (m_token.kind == TokenKind::Name && is_keyword(m_token.text))
      fail("expected a field name, found the keyword '" + m_token.text + "'", m_token.start,
           "a field named like a keyword must be written in double quotes, e.g. \"" + m_token.text + "\"");
    Node node;
    const std::string field = m_token.text;
    node.field = field_slot(field);
    advance();
    if (accept_keyword("is")) {
      node.kind = Node::Kind::IsNull;
      node.negated = accept_keyword("not");
      if (!accept_keyword("null")) fail("expected NULL after IS, found " + describe_token(), m_token.start);
      return add(node);
    }
    const bool negated = accept_keyword("not");
    if (accept_keyword("in")) {
      node.kind = Node::Kind::In;
      node.negated = negated;
      if (m_token.kind != TokenKind::LParen) fail("expected '(' after IN, found " + describe_token(), m_token.start);
      node.first_literal = static_cast<std::uint32_t>(m_program.literals.size());
      do {
        advance();
        literal();
      } while (m_token.kind == TokenKind::Comma);
      if (m_token.kind != TokenKind::RParen)
        fail("expected ',' or ')' in the IN list, found " + describe_token(), m_token.start);
      advance();
      node.literal_count = static_cast<std::uint32_t>(m_program.literals.size()) - node.first_literal;
      return add(node);
    }
    if (negated) fail("expected IN after NOT, found " + describe_token(), m_token.start);
    if (m_token.kind != TokenKind::Operator)
      fail(
          "expected a comparison (=, !=, <, <=, >, >=), IN or IS NULL after '" + field + "', found " + describe_token(),
          m_token.start);
    node.kind = Node::Kind::Compare;
    const auto& op = m_token.text;
    node.op = op == "<="                 ? Node::Op::Le
              : op == ">="               ? Node::Op::Ge
              : op == "<>" || op == "!=" ? Node::Op::Ne
              : op == "<"                ? Node::Op::Lt
              : op == ">"                ? Node::Op::Gt
                                         : Node::Op::Eq;
    advance();
    node.first_literal = static_cast<std::uint32_t>(m_program.literals.size());
    literal();
    node.literal_count = 1;
    return add(node);
  }

  /// Appends the literal at the current token and moves past it.
  void literal() {
    Program::Literal lit;
    if (m_token.kind == TokenKind::Number) {
      lit.text = m_token.text;
      lit.number = m_token.number;
    } else if (m_token.kind == TokenKind::SingleQuoted || m_token.kind == TokenKind::DoubleQuoted) {
      lit.text = m_token.text;
    } else if (m_token.kind == TokenKind::Name && !is_keyword(m_token.text)) {
      fail("expected a number or a quoted value, found '" + m_token.text + "'", m_token.start,
           "text values need quotes: write '" + m_token.text + "'");
    } else {
      fail("expected a number or a quoted value, found " + describe_token(), m_token.start);
    }
    m_program.literals.push_back(std::move(lit));
    advance();
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  Token m_token;
  Program m_program;
};

}  // namespace

Filter::Program parse_filter_program(std::string_view text) { return Parser(text).run(); }

}  // namespace ruralatlas::style::detail
