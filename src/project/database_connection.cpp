#include "project/database_connection.hpp"

#include <cctype>

namespace ruralatlas::project {

namespace {

/// libpq quoting: a value with spaces or quotes goes in single quotes, \ and ' escaped.
std::string quoted(const std::string& value) {
  if (!value.empty() && value.find_first_of(" '\\") == std::string::npos) return value;
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

std::string DatabaseConnection::gdal_source(bool with_password) const {
  std::string s = "PG:host=" + quoted(host) + " port=" + std::to_string(port) + " dbname=" + quoted(database);
  if (!user.empty()) s += " user=" + quoted(user);
  if (with_password && !password.empty()) s += " password=" + quoted(password);
  return s;
}

std::string DatabaseConnection::server() const { return host + ":" + std::to_string(port) + "/" + database; }

std::optional<DatabaseConnection> DatabaseConnection::parse(const std::string& pg_source) {
  if (pg_source.rfind("PG:", 0) != 0) return std::nullopt;
  DatabaseConnection c;
  std::size_t i = 3;
  while (i < pg_source.size()) {
    while (i < pg_source.size() && std::isspace(static_cast<unsigned char>(pg_source[i]))) ++i;
    const auto eq = pg_source.find('=', i);
    if (eq == std::string::npos) break;
    std::string key = pg_source.substr(i, eq - i), value;
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
    i = eq + 1;
    while (i < pg_source.size() && std::isspace(static_cast<unsigned char>(pg_source[i]))) ++i;
    if (i < pg_source.size() && pg_source[i] == '\'') {
      for (++i; i < pg_source.size() && pg_source[i] != '\''; ++i) value += pg_source[i] == '\\' && i + 1 < pg_source.size() ? pg_source[++i] : pg_source[i];
      ++i;
    } else {
      while (i < pg_source.size() && !std::isspace(static_cast<unsigned char>(pg_source[i]))) value += pg_source[i++];
    }
    if (key == "host") c.host = value;
    else if (key == "port") c.port = std::atoi(value.c_str());
    else if (key == "dbname") c.database = value;
    else if (key == "user") c.user = value;
    else if (key == "password") c.password = value;
  }
  return c;
}

}  // namespace ruralatlas::project
