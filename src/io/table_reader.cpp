#include "io/table_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

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

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// A key cell as the digits it was meant to hold: "640121104205.0" → "640121104205";
/// "6.40121104205E+11" → "640121104205" (every digit is there); "6.40121E+11" → nullopt (Excel
/// kept 6 significant digits, the rest are lost). Other text is returned as it is.
std::optional<std::string> restore_code(const std::string& cell) {
  static const std::regex float_code("^\\s*([0-9]+)\\.0*\\s*$");
  static const std::regex scientific("^\\s*([0-9]+)(?:\\.([0-9]*))?[eE]\\+?([0-9]{1,3})\\s*$");
  std::smatch m;
  if (std::regex_match(cell, m, float_code)) return m[1].str();
  if (!std::regex_match(cell, m, scientific)) return cell;
  const std::string whole = m[1].str(), fraction = m[2].str();
  const long exponent = std::stol(m[3].str());
  // Restored only when the mantissa carries exactly the digits of a whole number: fewer, and
  // the zeros it would need were never typed; more, and it is not a code.
  if (static_cast<long>(fraction.size()) != exponent) return std::nullopt;
  auto digits = whole + fraction;
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
  return digits;
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

/// The separator GDAL's CSV driver will pick from the header line.
char csv_separator(const std::string& data) {
  const auto header = data.substr(0, data.find('\n'));
  for (char c : {',', ';', '\t'})
    if (header.find(c) != std::string::npos) return c;
  return ',';
}

/// Scans a CSV file as a spreadsheet would show it: one row per record (quoted line breaks
/// stay inside their cell), blank lines are rows too. Returns the row number (header = 1) of
/// each record GDAL will return, i.e. of each non-blank data row, so messages point at the row
/// the user sees.
///
/// Rows with more cells than the header (an unquoted comma in a name, a shifted row) are an
/// error: GDAL drops the extra cells silently, so the values that remain may sit in the wrong
/// columns.
std::vector<std::int64_t> scan_csv_rows(const std::filesystem::path& path, const std::string& data) {
  const char separator = csv_separator(data);
  std::vector<std::int64_t> data_rows;
  std::size_t header_cells = 0, cells = 1, characters = 0;
  std::int64_t row = 1;
  bool quoted = false;
  const bool ends_in_newline = !data.empty() && data.back() == '\n';
  for (std::size_t i = 0; i < data.size() + (ends_in_newline ? 0 : 1); ++i) {
    const char c = i < data.size() ? data[i] : '\n';  // a last line without its line break
    if (c == '"') quoted = !quoted;
    if (c != '\n' && c != '\r') ++characters;
    if (quoted || (c != separator && c != '\n')) continue;
    if (c == separator) {
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
    if (row > 1 && characters > 0) data_rows.push_back(row);
    ++row;
    cells = 1;
    characters = 0;
  }
  return data_rows;
}

/// GDAL 3.6 cannot open a CSV whose header line has no separator, i.e. a one-column table
/// (fixed in GDAL 3.7). Such a file is read from an in-memory copy whose header line ends in a
/// comma (GDAL then ignores the empty trailing header).
class OneColumnCsvCopy {
 public:
  /// `bytes`: the file's content.
  OneColumnCsvCopy(const std::filesystem::path& path, std::string bytes) : m_data(std::move(bytes)) {
    auto header_end = m_data.find('\n');
    if (header_end == std::string::npos) header_end = m_data.size();
    if (header_end > 0 && m_data[header_end - 1] == '\r') --header_end;
    const auto header = m_data.substr(0, header_end);
    if (header.empty() || header.find_first_of(",;\t") != std::string::npos) {
      m_data = std::string();  // not needed: free it now
      return;
    }
    m_data.insert(header_end, ",");
    static std::atomic<unsigned> counter{0};
    m_path = "/vsimem/ruralatlas-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "/" +
             path.filename().string();
    VSILFILE* file = VSIFileFromMemBuffer(m_path.c_str(), reinterpret_cast<GByte*>(m_data.data()),
                                          static_cast<vsi_l_offset>(m_data.size()), FALSE);
    if (file) VSIFCloseL(file);
    else m_path.clear();
  }
  ~OneColumnCsvCopy() {
    if (!m_path.empty()) VSIUnlink(m_path.c_str());
  }
  OneColumnCsvCopy(const OneColumnCsvCopy&) = delete;
  OneColumnCsvCopy& operator=(const OneColumnCsvCopy&) = delete;

  /// The in-memory copy to open instead, or empty when the file has more than one column.
  const std::string& path() const { return m_path; }

 private:
  std::string m_data;  // owned here: the in-memory file points into it
  std::string m_path;
};

bool all_empty(const std::vector<core::Value>& row) {
  return std::all_of(row.begin(), row.end(), [](const core::Value& v) { return core::is_null(v); });
}

}  // namespace

core::AttributeTable read_table(const std::filesystem::path& path, const TableReadOptions& options) {
  const auto ext = detail::lower_extension(path);
  const bool csv = ext == ".csv" || ext == ".txt";
  std::vector<std::string> open_options;
  if (csv) open_options = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=YES"};
  // CSV: the bytes are read once for the encoding, the row numbers and the one-column case.
  bool gbk = false;
  std::vector<std::int64_t> csv_rows;
  std::optional<OneColumnCsvCopy> one_column;
  if (csv && std::filesystem::is_regular_file(path)) {
    auto bytes = read_bytes(path);
    gbk = !is_valid_utf8(bytes);
    csv_rows = scan_csv_rows(path, bytes);
    one_column.emplace(path, std::move(bytes));
  }
  const bool padded = one_column && !one_column->path().empty();
  ScopedSpreadsheetStrings strings;
  auto dataset = detail::open_vector_dataset(padded ? std::filesystem::path(one_column->path()) : path, open_options);
  OGRLayer& layer = detail::pick_layer(*dataset, path, options.sheet);

  core::AttributeTable table;
  table.source = detail::display_name(path) + (options.sheet.empty() ? "" : " (sheet " + options.sheet + ")");
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  // The padded copy has one column; GDAL may or may not add a field for the empty header.
  const int field_count = padded ? std::min(1, definition->GetFieldCount()) : definition->GetFieldCount();
  for (int i = 0; i < field_count; ++i)
    table.fields.push_back({to_utf8(definition->GetFieldDefn(i)->GetNameRef(), gbk), core::FieldType::String, 0});

  // Row numbers as the user sees them: spreadsheet drivers use the row number as FID; for CSV
  // the scan above knows where the blank lines are.
  const bool fid_is_row = ext == ".xlsx" || ext == ".ods";
  std::size_t record = 0;
  for (auto& feature : layer) {
    const std::int64_t source_row = fid_is_row && feature->GetFID() != OGRNullFID ? feature->GetFID()
                                    : record < csv_rows.size()                    ? csv_rows[record]
                                                                                  : static_cast<std::int64_t>(record) + 2;
    ++record;
    std::vector<core::Value> row;
    row.reserve(table.fields.size());
    for (int i = 0; i < field_count; ++i) {
      if (!feature->IsFieldSetAndNotNull(i) || feature->GetFieldAsString(i)[0] == '\0')
        row.emplace_back(std::monostate{});
      else
        row.emplace_back(to_utf8(feature->GetFieldAsString(i), gbk));
    }
    if (all_empty(row)) continue;  // an empty spreadsheet row is not a record
    table.rows.push_back(std::move(row));
    table.source_rows.push_back(source_row);
  }
  normalise_keys(table, options.key_columns);
  return table;
}

}  // namespace ruralatlas::io
