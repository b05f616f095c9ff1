#include "project/road_graph_cache.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <type_traits>

#include <fmt/format.h>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"

namespace ruralatlas::project {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'R', 'A', 'G', 'R', 'A', 'P', 'H', '1'};
constexpr char kEnd[8] = {'R', 'A', 'G', 'R', 'E', 'N', 'D', '1'};
constexpr auto kExtension = ".graph";

static_assert(std::is_trivially_copyable_v<core::Point> && std::is_trivially_copyable_v<analysis::RoadEdge>);

/// "name size mtime" of a file, or nothing when it is not a regular file.
std::optional<std::string> fingerprint(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  const auto size = fs::file_size(path, ec);
  const auto mtime = fs::last_write_time(path, ec);
  if (ec) return std::nullopt;
  return fmt::format("{} {} {}", fs::absolute(path).string(), size, mtime.time_since_epoch().count());
}

/// The files a source is read from: a shapefile's parts, or the file itself.
std::vector<fs::path> source_files(const fs::path& source) {
  std::string extension = source.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  if (extension != ".shp") return {source};
  std::vector<fs::path> files;
  for (const auto* part : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
    auto path = source;
    path.replace_extension(part);
    std::error_code ec;
    if (fs::exists(path, ec)) files.push_back(path);
  }
  return files;
}

class Writer {
 public:
  explicit Writer(const fs::path& path) : m_out(path, std::ios::binary) {}
  template <typename T>
  void value(const T& v) { m_out.write(reinterpret_cast<const char*>(&v), sizeof v); }
  template <typename T>
  void array(const std::vector<T>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    m_out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  }
  void text(const std::string& s) {
    value(static_cast<std::uint64_t>(s.size()));
    m_out.write(s.data(), static_cast<std::streamsize>(s.size()));
  }
  bool good() { return m_out.flush().good(); }

 private:
  std::ofstream m_out;
};

/// Reads what Writer wrote; every count is checked against the bytes left, so a truncated or
/// foreign file is refused instead of allocating from garbage.
class Reader {
 public:
  explicit Reader(const fs::path& path) : m_in(path, std::ios::binary) {
    std::error_code ec;
    m_left = fs::file_size(path, ec);
    if (ec) m_in.setstate(std::ios::failbit);
  }
  template <typename T>
  bool value(T& v) { return take(&v, sizeof v); }
  template <typename T>
  bool array(std::vector<T>& v) {
    std::uint64_t n = 0;
    if (!value(n) || n > m_left / sizeof(T)) return false;
    v.resize(n);
    return take(v.data(), n * sizeof(T));
  }
  bool text(std::string& s) {
    std::uint64_t n = 0;
    if (!value(n) || n > m_left) return false;
    s.resize(n);
    return take(s.data(), n);
  }
  bool at_end() const { return m_left == 0; }

 private:
  bool take(void* to, std::uint64_t bytes) {
    if (bytes > m_left || !m_in.read(static_cast<char*>(to), static_cast<std::streamsize>(bytes))) return false;
    m_left -= bytes;
    return true;
  }
  std::ifstream m_in;
  std::uint64_t m_left = 0;
};

}  // namespace

fs::path RoadGraphCache::default_folder() {
  if (const char* dir = std::getenv("RURALATLAS_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "ruralatlas";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "ruralatlas";
  return fs::temp_directory_path() / "ruralatlas-cache";
}

RoadGraphCache::RoadGraphCache(fs::path folder, std::size_t keep) : m_folder(std::move(folder)), m_keep(keep) {}

std::optional<std::string> RoadGraphCache::key_for(const LayerFileSpec& roads, const core::Crs& crs,
                                                   const analysis::RoadGraphOptions& options) {
  std::error_code ec;
  const auto program = fingerprint(fs::read_symlink("/proc/self/exe", ec));
  if (ec || !program) return std::nullopt;
  std::string key = "program " + *program + "\n";
  const auto files = source_files(roads.source);
  if (files.empty()) return std::nullopt;
  for (const auto& file : files) {
    const auto print = fingerprint(file);
    if (!print) return std::nullopt;
    key += "source " + *print + "\n";
  }
  key += fmt::format("layer {}\nencoding {}\nassumed_crs {}\ncrs {}\nsnap_m {:a}\nclass {}\nsurface {}\n",
                     roads.source_layer, roads.encoding.value_or(""), roads.crs.value_or(""), crs.definition,
                     options.snap_tolerance_m, options.class_field, options.surface_field);
  return key;
}

fs::path RoadGraphCache::entry_path(const std::string& key) const {
  return m_folder / fmt::format("roads-{:016x}{}", std::hash<std::string>{}(key), kExtension);
}

std::optional<analysis::RoadGraph> RoadGraphCache::find(const std::string& key) const {
  const auto path = entry_path(key);
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  Reader in(path);
  char magic[8] = {}, end[8] = {};
  std::string stored_key;
  analysis::RoadGraph graph;
  std::uint64_t kinds = 0;
  if (!in.value(magic) || std::memcmp(magic, kMagic, sizeof magic) != 0 || !in.text(stored_key) || stored_key != key)
    return std::nullopt;
  if (!in.array(graph.nodes) || !in.array(graph.edges) || !in.value(kinds)) return std::nullopt;
  for (std::uint64_t k = 0; k < kinds; ++k) {
    analysis::RoadKind kind;
    if (!in.text(kind.road_class) || !in.text(kind.surface)) return std::nullopt;
    graph.kinds.push_back(std::move(kind));
  }
  if (!in.array(graph.road_kind) || !in.array(graph.road_fid) || !in.value(end) ||
      std::memcmp(end, kEnd, sizeof end) != 0 || !in.at_end())
    return std::nullopt;
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec);  // recently used: pruned last
  return graph;
}

std::optional<std::string> RoadGraphCache::store(const std::string& key, const analysis::RoadGraph& graph) const {
  try {
    fs::create_directories(m_folder);
    io::AtomicFileWriter file(entry_path(key));
    {
      Writer out(file.temp_path());
      out.value(kMagic);
      out.text(key);
      out.array(graph.nodes);
      out.array(graph.edges);
      out.value(static_cast<std::uint64_t>(graph.kinds.size()));
      for (const auto& kind : graph.kinds) out.text(kind.road_class), out.text(kind.surface);
      out.array(graph.road_kind);
      out.array(graph.road_fid);
      out.value(kEnd);
      if (!out.good()) return "cannot write " + file.temp_path().string() + " (disk full?)";
    }
    file.commit();
    prune();
    return std::nullopt;
  } catch (const core::Error& e) {
    return e.diagnostic().message;
  } catch (const std::exception& e) {
    return e.what();
  }
}

void RoadGraphCache::prune() const {
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(m_folder, ec))
    if (entry.path().extension() == kExtension) entries.emplace_back(entry.last_write_time(ec), entry.path());
  if (entries.size() <= m_keep) return;
  std::sort(entries.begin(), entries.end(), std::greater<>());
  for (std::size_t i = m_keep; i < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

}  // namespace ruralatlas::project
