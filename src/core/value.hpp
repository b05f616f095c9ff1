#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace ruralatlas::core {

enum class FieldType { String, Integer, Real };
const char* to_string(FieldType type);

/// An attribute value; monostate is null.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

bool is_null(const Value& value);
/// Numeric view of a value: integers and reals as double, numeric strings parsed
/// (trimmed; "85%" is 85); null, empty, "-" and unparsable text give nullopt.
std::optional<double> to_number(const Value& value);
/// Text view: strings as is, integers without decimals, reals with up to 15 significant digits, null as "".
std::string to_text(const Value& value);

}  // namespace ruralatlas::core
