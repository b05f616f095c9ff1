#include "project/join_report_csv.hpp"

#include <fstream>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"

namespace ruralatlas::project {

namespace {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void line(std::ofstream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const auto& f : fields) {
    out << (first ? "" : ",") << csv_field(f);
    first = false;
  }
  out << "\n";
}

}  // namespace

void write_join_report_csv(const std::filesystem::path& path, const std::vector<JoinOutcome>& joins, bool overwrite) {
  io::AtomicFileWriter writer(path, overwrite);
  {
    std::ofstream out(writer.temp_path(), std::ios::binary);
    out << "\xEF\xBB\xBF";
    line(out, {"table", "kind", "key", "layer_fid", "table_row", "column", "value", "message"});
    for (const auto& join : joins) {
      const auto table = join.spec.table.filename().string();
      const auto& r = join.report;
      for (const auto& [fid, key] : r.features_without_row)
        line(out, {table, "feature_without_row", key, std::to_string(fid), "", analysis::join_names(join.spec.layer_keys), key,
                   "no table row has this key"});
      for (const auto& [row, key] : r.rows_without_feature)
        line(out, {table, "row_without_feature", key, "", std::to_string(row), analysis::join_names(join.spec.table_keys), key,
                   "no layer feature has this key"});
      for (const auto& d : r.duplicate_keys)
        for (auto row : d.source_rows)
          line(out, {table, "duplicate_key", d.key, "", std::to_string(row), analysis::join_names(join.spec.table_keys), d.key,
                     std::to_string(d.rows) + " rows share this key"});
      for (const auto& p : r.type_problems)
        line(out, {table, "type_problem", "", "", std::to_string(p.row), p.column, p.value, p.message});
    }
    if (!out.flush()) {
      core::Diagnostic d;
      d.file = path.string();
      d.message = "cannot write the join report";
      throw core::Error(core::ErrorKind::Output, std::move(d));
    }
  }
  writer.commit();
}

}  // namespace ruralatlas::project
