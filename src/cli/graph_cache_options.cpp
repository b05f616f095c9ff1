#include "cli/graph_cache_options.hpp"

#include <iostream>

namespace ruralatlas::cli {

void GraphCacheOptions::add_to(CLI::App* command) {
  command->add_option("--graph-cache", folder,
                      "folder keeping built road graphs between runs (default: $RURALATLAS_CACHE_DIR, "
                      "$XDG_CACHE_HOME/ruralatlas or ~/.cache/ruralatlas)");
  command->add_flag("--no-graph-cache", disabled, "build the road graph from the roads, neither reading nor keeping a cached one");
}

project::CachedRoadGraph GraphCacheOptions::load(const std::string& roads_layer_file, const core::Crs& crs,
                                                 const analysis::RoadGraphOptions& options) const {
  const auto roads = project::read_layer_file(roads_layer_file);
  if (disabled) return {project::load_road_graph(roads, crs, options), false, std::nullopt};
  const project::RoadGraphCache cache(folder.empty() ? project::RoadGraphCache::default_folder()
                                                     : std::filesystem::path(folder));
  auto loaded = project::load_road_graph(roads, crs, options, cache);
  if (loaded.store_problem)
    std::cerr << "note: the road graph was not cached (" << *loaded.store_problem
              << "); the next run builds it again. Use --graph-cache DIR or --no-graph-cache.\n";
  return loaded;
}

}  // namespace ruralatlas::cli
