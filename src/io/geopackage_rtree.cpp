#include "io/geopackage_rtree.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>

#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/num_points.hpp>

#include "core/error.hpp"
#include "io/gdal_environment.hpp"

namespace ruralatlas::io::detail {

namespace {

// SQLite's rtreeValueDown / rtreeValueUp: a double that is not a float moves one float step
// outwards, so a stored box always covers the true one.
constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;

float round_down(double d) {
  auto f = static_cast<float>(d);
  if (f > d) f = static_cast<float>(d * (d < 0 ? kAwayFromZero : kTowardsZero));
  return f;
}

float round_up(double d) {
  auto f = static_cast<float>(d);
  if (f < d) f = static_cast<float>(d * (d < 0 ? kTowardsZero : kAwayFromZero));
  return f;
}

/// A node under construction: its cells are rows (leaves) or indices of child nodes.
struct Node {
  std::vector<RtreeEntry> cells;
  RtreeEntry box() const {
    RtreeEntry b = cells.front();
    for (const auto& c : cells) {
      b.min_x = std::min(b.min_x, c.min_x), b.max_x = std::max(b.max_x, c.max_x);
      b.min_y = std::min(b.min_y, c.min_y), b.max_y = std::max(b.max_y, c.max_y);
    }
    return b;
  }
};

/// Sort-tile-recursive packing of one level: vertical slices by x centre, each sorted by y
/// centre and cut into full nodes.
std::vector<Node> pack_level(std::vector<RtreeEntry> cells, std::size_t capacity) {
  auto centre_x = [](const RtreeEntry& e) { return double(e.min_x) + e.max_x; };
  auto centre_y = [](const RtreeEntry& e) { return double(e.min_y) + e.max_y; };
  std::sort(cells.begin(), cells.end(), [&](const auto& a, const auto& b) { return centre_x(a) < centre_x(b); });
  const std::size_t nodes = (cells.size() + capacity - 1) / capacity;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  const std::size_t slice_size = slices * capacity;
  std::vector<Node> out;
  for (std::size_t begin = 0; begin < cells.size(); begin += slice_size) {
    const auto end = cells.begin() + static_cast<std::ptrdiff_t>(std::min(begin + slice_size, cells.size()));
    std::sort(cells.begin() + static_cast<std::ptrdiff_t>(begin), end,
              [&](const auto& a, const auto& b) { return centre_y(a) < centre_y(b); });
    for (auto it = cells.begin() + static_cast<std::ptrdiff_t>(begin); it < end; it += std::min<std::ptrdiff_t>(capacity, end - it))
      out.push_back({{it, it + std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(capacity), end - it)}});
  }
  return out;
}

void put_big_endian(std::string& blob, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) blob.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

/// SQLite's node format: depth (root only) and cell count as 16-bit, then per cell a 64-bit
/// id and four 32-bit floats, all big-endian, zero-padded to the node size.
std::string encode_node(const Node& node, int depth, std::size_t node_size) {
  std::string blob;
  blob.reserve(node_size);
  put_big_endian(blob, static_cast<std::uint64_t>(depth), 2);
  put_big_endian(blob, node.cells.size(), 2);
  for (const auto& c : node.cells) {
    put_big_endian(blob, static_cast<std::uint64_t>(c.id), 8);
    for (float v : {c.min_x, c.max_x, c.min_y, c.max_y}) put_big_endian(blob, std::bit_cast<std::uint32_t>(v), 4);
  }
  blob.resize(node_size, '\0');
  return blob;
}

std::string hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) out += kDigits[b >> 4], out += kDigits[b & 15];
  return out;
}

std::string quoted(const std::string& identifier) {
  std::string out = "\"";
  for (char c : identifier) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

[[noreturn]] void throw_index_error(const std::string& path, const std::string& why) {
  core::Diagnostic d;
  d.file = path;
  d.message = "cannot write the spatial index: " + why;
  throw core::Error(core::ErrorKind::Output, std::move(d));
}

/// Runs statements that return no rows, in batches of VALUES rows.
class SqlBatch {
 public:
  SqlBatch(GDALDataset& dataset, std::string insert, std::string path)
      : m_dataset(dataset), m_insert(std::move(insert)), m_path(std::move(path)) {}
  void add(const std::string& row) {
    m_sql += (m_rows++ ? "," : m_insert + " VALUES ") + row;
    if (m_rows == 500) flush();
  }
  void flush() {
    if (!m_rows) return;
    clear_gdal_error();
    m_dataset.ExecuteSQL(m_sql.c_str(), nullptr, nullptr);
    if (!last_gdal_error().empty()) throw_index_error(m_path, last_gdal_error());
    m_sql.clear();
    m_rows = 0;
  }
 private:
  GDALDataset& m_dataset;
  std::string m_insert, m_path, m_sql;
  std::size_t m_rows = 0;
};

/// The first column of the first row of a query, as text ("" when there is none).
std::string query_text(GDALDataset& dataset, const std::string& sql) {
  OGRLayer* result = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
  if (!result) return {};
  std::string text;
  if (OGRFeatureUniquePtr row{result->GetNextFeature()}; row && row->IsFieldSetAndNotNull(0)) text = row->GetFieldAsString(0);
  dataset.ReleaseResultSet(result);
  return text;
}

}  // namespace

std::optional<RtreeEntry> rtree_entry(std::int64_t id, const core::Geometry& geometry) {
  const auto box = std::visit([](const auto& g) -> std::optional<core::Envelope> {
    if constexpr (std::is_same_v<std::decay_t<decltype(g)>, std::monostate>) return std::nullopt;
    else {
      if (boost::geometry::num_points(g) == 0) return std::nullopt;
      return boost::geometry::return_envelope<core::Envelope>(g);
    }
  }, geometry);
  if (!box) return std::nullopt;
  return RtreeEntry{id, round_down(box->min_corner().x()), round_up(box->max_corner().x()),
                    round_down(box->min_corner().y()), round_up(box->max_corner().y())};
}

DeferredGeoPackageRtree::DeferredGeoPackageRtree(GDALDataset& dataset, OGRLayer& layer)
    : m_dataset(dataset), m_rtree(std::string("rtree_") + layer.GetName() + "_" + layer.GetGeometryColumn()) {
  const std::string table = layer.GetName(), column = layer.GetGeometryColumn();
  auto sql_literal = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  };
  query_text(dataset, "SELECT CreateSpatialIndex(" + sql_literal(table) + ", " + sql_literal(column) + ")");
  const std::string trigger = m_rtree + "_insert";
  m_insert_trigger = query_text(dataset, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = " + sql_literal(trigger));
  if (m_insert_trigger.empty()) throw_index_error(dataset.GetDescription(), "GDAL did not create " + trigger);
  dataset.ExecuteSQL(("DROP TRIGGER " + quoted(trigger)).c_str(), nullptr, nullptr);
}

void DeferredGeoPackageRtree::fill(const std::vector<RtreeEntry>& entries, const std::string& path_for_errors) {
  if (!entries.empty()) {
    const auto node_size = static_cast<std::size_t>(
        std::stoul(query_text(m_dataset, "SELECT length(data) FROM " + quoted(m_rtree + "_node") + " WHERE nodeno = 1")));
    const std::size_t capacity = (node_size - 4) / 24;
    // Levels bottom-up; a parent's cell holds the index of its child in the level below.
    std::vector<std::vector<Node>> levels{pack_level(entries, capacity)};
    while (levels.back().size() > 1) {
      std::vector<RtreeEntry> boxes;
      for (std::size_t i = 0; i < levels.back().size(); ++i) {
        auto b = levels.back()[i].box();
        b.id = static_cast<std::int64_t>(i);
        boxes.push_back(b);
      }
      levels.push_back(pack_level(std::move(boxes), capacity));
    }
    // Node numbers: the root is 1, the rest follow level by level from the top.
    std::vector<std::vector<std::int64_t>> number(levels.size());
    std::int64_t next = 1;
    for (std::size_t l = levels.size(); l-- > 0;)
      for (std::size_t i = 0; i < levels[l].size(); ++i) number[l].push_back(next++);
    SqlBatch nodes(m_dataset, "INSERT OR REPLACE INTO " + quoted(m_rtree + "_node"), path_for_errors);
    SqlBatch parents(m_dataset, "INSERT INTO " + quoted(m_rtree + "_parent"), path_for_errors);
    SqlBatch rows(m_dataset, "INSERT INTO " + quoted(m_rtree + "_rowid"), path_for_errors);
    const int depth = static_cast<int>(levels.size()) - 1;
    for (std::size_t l = levels.size(); l-- > 0;)
      for (std::size_t i = 0; i < levels[l].size(); ++i) {
        Node node = levels[l][i];
        for (auto& cell : node.cells) {
          if (l == 0) rows.add("(" + std::to_string(cell.id) + "," + std::to_string(number[0][i]) + ")");
          else {
            const auto child = number[l - 1][static_cast<std::size_t>(cell.id)];
            parents.add("(" + std::to_string(child) + "," + std::to_string(number[l][i]) + ")");
            cell.id = child;
          }
        }
        nodes.add("(" + std::to_string(number[l][i]) + ",X'" + hex(encode_node(node, l + 1 == levels.size() ? depth : 0, node_size)) + "')");
      }
    nodes.flush();
    parents.flush();
    rows.flush();
  }
  clear_gdal_error();
  m_dataset.ExecuteSQL(m_insert_trigger.c_str(), nullptr, nullptr);
  if (!last_gdal_error().empty()) throw_index_error(path_for_errors, last_gdal_error());
}

}  // namespace ruralatlas::io::detail
