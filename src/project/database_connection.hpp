#pragma once
// A PostGIS server as the desktop app asks for it (host, port, database, user, password) and as
// GDAL opens it ("PG:host=… port=… dbname=… user=… password=…"). Layer files and saved
// projects get the string without the password: libpq then takes it from PGPASSWORD or
// ~/.pgpass, so no password is written in plain text.
#include <optional>
#include <string>

namespace ruralatlas::project {

struct DatabaseConnection {
  std::string host = "localhost";  ///< a name, an address or a Unix socket folder
  int port = 5432;
  std::string database;
  std::string user;
  std::string password;  ///< empty: libpq's PGPASSWORD or ~/.pgpass

  /// "PG:host=… port=… dbname=… user=…", with `password=…` when asked and there is one.
  std::string gdal_source(bool with_password) const;
  /// "host:port/database", for messages.
  std::string server() const;
  /// The fields of a "PG:key=value …" string (values may be single-quoted); nothing when it does
  /// not start with "PG:".
  static std::optional<DatabaseConnection> parse(const std::string& pg_source);
};

}  // namespace ruralatlas::project
