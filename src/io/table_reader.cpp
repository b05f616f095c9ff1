#include "io/table_reader.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>

#include <cpl_conv.h>
#include <cpl_string.h>

#include "core/error.hpp"
#include "io/ogr_dataset.hpp"
#include "io/shapefile_encoding.hpp"

namespace ruralatlas::io {

namespace {

/// Spreadsheet drivers read cells as strings only through these config options.
class ScopedSpreadsheetStrings {
 public:
  ScopedSpreadsheetStrings() {
    for (const char* key : kKeys) CPLSetThreadLocalConfigOption(key, "STRING");
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
  }
  ~ScopedSpreadsheetStrings() {
    for (const char* key : kKeys) CPLSetThreadLocalConfigOption(key, nullptr);
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
  }
  ScopedSpreadsheetStrings(const ScopedSpreadsheetStrings&) = delete;
  ScopedSpreadsheetStrings& operator=(const ScopedSpreadsheetStrings&) = delete;

 private:
  static constexpr const char* kKeys[] = {"OGR_XLSX_FIELD_TYPES", "OGR_ODS_FIELD_TYPES"};
};

std::string to_utf8(const char* text, bool gbk) {
  if (!gbk) return text;
  char* converted = CPLRecode(text, "CP936", CPL_ENC_UTF8);
  std::string out = converted;
  CPLFree(converted);
  return out;
}

bool file_is_utf8(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), {});
  return is_valid_utf8(data);
}

/// "640121104205.0" → "640121104205"; "6.40121E+11" → nullopt (digits lost).
std::optional<std::string> restore_code(const std::string& cell) {
  static const std::regex float_code("^\\s*([0-9]+)\\.0*\\s*$");
  static const std::regex scientific("^\\s*[0-9.]+[eE][+-]?[0-9]+\\s*$");
  std::smatch m;
  if (std::regex_match(cell, m, float_code)) return m[1].str();
  if (std::regex_match(cell, scientific)) return std::nullopt;
  return cell;
}

void normalise_keys(core::AttributeTable& table, const std::vector<std::string>& key_columns) {
  for (const auto& key : key_columns) {
    const std::size_t column = table.require_field(key);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      auto* text = std::get_if<std::string>(&table.rows[r][column]);
      if (!text) continue;
      auto restored = restore_code(*text);
      if (!restored) {
        core::Diagnostic d;
        d.file = table.source;
        d.row = table.source_rows[r];
        d.field = key;
        d.message = "code '" + *text + "' is in scientific notation and has lost digits";
        d.hint = "format the column as text in the spreadsheet and re-enter the codes";
        throw core::Error(core::ErrorKind::InputData, std::move(d));
      }
      *text = *restored;
    }
  }
}

/// Rows with more cells than the header (an unquoted comma in a name, a shifted row): GDAL
/// drops the extra cells silently, so the values that remain may sit in the wrong columns.
void check_csv_row_widths(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), {});
  if (!data.empty() && data.back() != '\n') data += '\n';
  std::size_t header_cells = 0, cells = 1;
  std::int64_t row = 1;
  bool quoted = false;
  for (char c : data) {
    if (c == '"') quoted = !quoted;
    if (quoted || (c != ',' && c != '\n')) continue;
    if (c == ',') {
      ++cells;
      continue;
    }
    if (row == 1) header_cells = cells;
    if (cells > header_cells) {
      core::Diagnostic d;
      d.file = path.string();
      d.row = row;
      d.message = "row has " + std::to_string(cells) + " cells but the header has " + std::to_string(header_cells);
      d.hint = "quote values that contain commas, or remove the extra cells";
      throw core::Error(core::ErrorKind::InputData, std::move(d));
    }
    ++row;
    cells = 1;
  }
}

}  // namespace

core::AttributeTable read_table(const std::filesystem::path& path, const TableReadOptions& options) {
  const auto ext = detail::lower_extension(path);
  const bool csv = ext == ".csv" || ext == ".txt";
  const bool gbk = csv && std::filesystem::exists(path) && !file_is_utf8(path);
  std::vector<std::string> open_options;
  if (csv) open_options = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=YES"};
  if (csv && std::filesystem::exists(path)) check_csv_row_widths(path);
  ScopedSpreadsheetStrings strings;
  auto dataset = detail::open_vector_dataset(path, open_options);
  OGRLayer& layer = detail::pick_layer(*dataset, path, options.sheet);

  core::AttributeTable table;
  table.source = detail::display_name(path) + (options.sheet.empty() ? "" : " (sheet " + options.sheet + ")");
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    table.fields.push_back({to_utf8(definition->GetFieldDefn(i)->GetNameRef(), gbk), core::FieldType::String, 0});

  std::int64_t source_row = 1;  // the header
  for (auto& feature : layer) {
    ++source_row;
    std::vector<core::Value> row;
    row.reserve(table.fields.size());
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
      if (!feature->IsFieldSetAndNotNull(i) || feature->GetFieldAsString(i)[0] == '\0')
        row.emplace_back(std::monostate{});
      else
        row.emplace_back(to_utf8(feature->GetFieldAsString(i), gbk));
    }
    table.rows.push_back(std::move(row));
    table.source_rows.push_back(source_row);
  }
  normalise_keys(table, options.key_columns);
  return table;
}

}  // namespace ruralatlas::io
