#include "core/value.hpp"

#include <charconv>
#include <cstdio>

namespace ruralatlas::core {

const char* to_string(FieldType type) {
  switch (type) {
    case FieldType::String: return "String";
    case FieldType::Integer: return "Integer";
    case FieldType::Real: return "Real";
  }
  return "?";
}

bool is_null(const Value& value) { return std::holds_alternative<std::monostate>(value); }

namespace {
std::optional<double> parse_number(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  if (!text.empty() && text.back() == '%') text.remove_suffix(1);
  if (text.empty() || text == "-") return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double out = 0.0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return out;
}
}  // namespace

std::optional<double> to_number(const Value& value) {
  if (auto i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (auto d = std::get_if<double>(&value)) return *d;
  if (auto s = std::get_if<std::string>(&value)) return parse_number(*s);
  return std::nullopt;
}

std::string to_text(const Value& value) {
  if (auto s = std::get_if<std::string>(&value)) return *s;
  if (auto i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (auto d = std::get_if<double>(&value)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", *d);
    return buffer;
  }
  return {};
}

}  // namespace ruralatlas::core
