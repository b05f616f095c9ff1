#include "core/error.hpp"

namespace ruralatlas::core {

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  std::string where;
  auto add = [&where](const std::string& part) {
    if (!where.empty()) where.append(", ");
    where.append(part);
  };
  if (!layer.empty()) add("layer '" + layer + "'");
  if (row) add("row " + std::to_string(*row));
  if (!field.empty()) add("field '" + field + "'");
  if (!where.empty()) out += where + ": ";
  out += message;
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

Error::Error(ErrorKind kind, Diagnostic diagnostic)
    : std::runtime_error(diagnostic.to_string()), m_kind(kind), m_diagnostic(std::move(diagnostic)) {}

void throw_input_error(std::string file, std::string message, std::string hint) {
  Diagnostic d;
  d.file = std::move(file);
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw Error(ErrorKind::InputData, std::move(d));
}

void throw_config_error(std::string file, int line, std::string message, std::string hint) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw Error(ErrorKind::Config, std::move(d));
}

}  // namespace ruralatlas::core
