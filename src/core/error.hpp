#pragma once
// One error type for the whole program. A Diagnostic says where (file, line, layer,
// feature or row, field), what, and what to do; context is added on the way up.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace ruralatlas::core {

struct Diagnostic {
  std::string file;
  int line = 0;  ///< line in a text file (project/layer/style files); 0 if not applicable
  std::string layer;
  std::optional<std::int64_t> row;  ///< feature id or table row
  std::string field;
  std::string message;
  std::string hint;  ///< what the user can do about it

  /// "file:line: layer 'x', row 12, field 'y': message (hint)"
  std::string to_string() const;
};

/// Maps to exit codes in cli/main.cpp: Usage and Config -> 2, the rest -> 1.
enum class ErrorKind { Usage, Config, InputData, Output, Internal };

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, Diagnostic diagnostic);
  ErrorKind kind() const { return m_kind; }
  const Diagnostic& diagnostic() const { return m_diagnostic; }

 private:
  ErrorKind m_kind;
  Diagnostic m_diagnostic;
};

/// Shorthands for the common cases.
[[noreturn]] void throw_input_error(std::string file, std::string message, std::string hint = {});
[[noreturn]] void throw_config_error(std::string file, int line, std::string message,
                                     std::string hint = {});

}  // namespace ruralatlas::core
