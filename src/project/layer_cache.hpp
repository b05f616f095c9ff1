#pragma once
// The layers of one map load, each layer file read, joined, reprojected to the map CRS and
// scored once: a project may draw one layer file twice (a fill beneath, an outline on top),
// and computed layers (service areas, minutes to services) read the road network and the
// facility layers that the map also draws. At national scale a second read of the villages
// or the roads is seconds and gigabytes.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/layer.hpp"
#include "project/layer_loader.hpp"

namespace ruralatlas::project {

using ProgressFn = std::function<void(const std::string& step)>;

class LayerCache {
 public:
  /// Layers come out in `crs`; join reports and data warnings go to `notes`.
  LayerCache(core::Crs crs, ProgressFn progress, std::vector<std::string>& notes);

  /// The layer of `layer_file` in the map CRS, with its joins, criteria and services; read on
  /// the first call, shared afterwards. Asked for while it is being loaded (its services
  /// use its own features), the source as read is given, uncached.
  std::shared_ptr<const core::Layer> get(const std::filesystem::path& layer_file);

  /// Read only these columns of `layer_file`'s source (plus its key and join keys) when it is
  /// loaded: a map needs the few fields its styles name, not the ten columns of 4.8M road
  /// segments. Ignored for layers scored with criteria or given services (those read all).
  /// Call before the first get() of the file; a computed layer that reads the file for its
  /// own filters must not be given one.
  void read_only_fields(const std::filesystem::path& layer_file, std::vector<std::string> fields);

  /// The key layer files are cached under (the canonical path).
  static std::filesystem::path key_of(const std::filesystem::path& layer_file);

  /// The columns joins appended to `layer_file`'s layer (empty before get() or without joins).
  const std::vector<JoinedField>& joined_fields(const std::filesystem::path& layer_file) const;

  /// How many layer files were read or computed (not served from the cache).
  std::size_t loads() const { return m_loads; }
  const core::Crs& crs() const { return m_crs; }

 private:
  core::Layer load(const std::filesystem::path& layer_file, const std::filesystem::path& key);

  core::Crs m_crs;
  ProgressFn m_progress;
  std::vector<std::string>& m_notes;
  std::map<std::filesystem::path, std::shared_ptr<const core::Layer>> m_layers;  ///< by canonical path
  std::map<std::filesystem::path, std::vector<JoinedField>> m_joined_fields;  ///< by canonical path
  std::map<std::filesystem::path, std::vector<std::string>> m_only_fields;  ///< by canonical path
  std::set<std::filesystem::path> m_loading;  ///< being loaded: a request for one of these is a cycle
  std::size_t m_loads = 0;
};

}  // namespace ruralatlas::project
