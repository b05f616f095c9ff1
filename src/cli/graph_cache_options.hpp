#pragma once
// --graph-cache DIR and --no-graph-cache, shared by the commands that route over roads
// (travel, site): where built road graphs are kept between runs, and loading through it.
#include <string>

#include <CLI/CLI.hpp>

#include "project/road_graph_loader.hpp"

namespace ruralatlas::cli {

struct GraphCacheOptions {
  std::string folder;  ///< empty: project::RoadGraphCache::default_folder()
  bool disabled = false;

  void add_to(CLI::App* command);
  /// The road graph, from the cache when it holds these roads; a cache that cannot be written
  /// is a note on stderr, never a failure.
  project::CachedRoadGraph load(const std::string& roads_layer_file, const core::Crs& crs,
                                const analysis::RoadGraphOptions& options) const;
};

}  // namespace ruralatlas::cli
