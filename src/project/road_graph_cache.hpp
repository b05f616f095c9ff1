#pragma once
// Built road graphs kept on disk between runs. Reading a national road layer and snapping,
// splitting and joining it is most of a travel run, and the network rarely changes between the
// runs of one afternoon (clinics, then township seats, then hospitals). An entry is found only
// by a key naming everything the graph depends on: the road files' sizes and modification times,
// the layer file's reading options, the target CRS, the graph options and this program's own
// binary, so a changed input or a rebuilt RuralAtlas never reads a stale graph.
#include <filesystem>
#include <optional>
#include <string>

#include "analysis/road_graph.hpp"
#include "core/crs.hpp"
#include "project/layer_file.hpp"

namespace ruralatlas::project {

class RoadGraphCache {
 public:
  /// $RURALATLAS_CACHE_DIR, else $XDG_CACHE_HOME/ruralatlas, else ~/.cache/ruralatlas.
  static std::filesystem::path default_folder();

  /// Entries beyond the newest `keep` are removed when one is stored (a national graph is a few
  /// hundred MB).
  explicit RoadGraphCache(std::filesystem::path folder, std::size_t keep = 3);

  /// The key of the graph of these roads, or nothing when they cannot be fingerprinted (e.g. a
  /// database source): such graphs are not cached.
  static std::optional<std::string> key_for(const LayerFileSpec& roads, const core::Crs& crs,
                                            const analysis::RoadGraphOptions& options);

  /// The stored graph, or nothing when there is none for this key or the entry is unreadable
  /// (truncated, another format version): the caller builds the graph again.
  std::optional<analysis::RoadGraph> find(const std::string& key) const;

  /// Writes the entry atomically (temporary file + rename). Returns why it could not, e.g. a
  /// read-only folder; a cache that cannot be written never fails the run.
  std::optional<std::string> store(const std::string& key, const analysis::RoadGraph& graph) const;

  const std::filesystem::path& folder() const { return m_folder; }
  std::filesystem::path entry_path(const std::string& key) const;

 private:
  void prune() const;

  std::filesystem::path m_folder;
  std::size_t m_keep;
};

}  // namespace ruralatlas::project
