#include "project/road_graph_loader.hpp"

#include <optional>

#include "analysis/road_graph_builder.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "project/reprojected_layer_stream.hpp"

namespace ruralatlas::project {

analysis::RoadGraph load_road_graph(const LayerFileSpec& roads, const core::Crs& crs,
                                    const analysis::RoadGraphOptions& options) {
  if (roads.service_area || !roads.joins.empty())
    return analysis::build_road_graph(io::reproject(load_layer(roads).layer, crs), options);
  std::optional<analysis::RoadGraphBuilder> builder;
  stream_layer_in_crs(roads, std::vector<std::string>{options.class_field, options.surface_field}, crs,
                      {.on_header = [&](const core::Layer& header) { builder.emplace(header, options); },
                       .keep = {},
                       .on_feature = [&](core::Feature&& road) { builder->add(road); }});
  return builder->build();
}

CachedRoadGraph load_road_graph(const LayerFileSpec& roads, const core::Crs& crs,
                                const analysis::RoadGraphOptions& options, const RoadGraphCache& cache) {
  const bool cacheable = !roads.service_area && roads.joins.empty();
  const auto key = cacheable ? RoadGraphCache::key_for(roads, crs, options) : std::nullopt;
  if (key)
    if (auto graph = cache.find(*key)) return {std::move(*graph), true, std::nullopt};
  CachedRoadGraph built{load_road_graph(roads, crs, options), false, std::nullopt};
  if (key) built.store_problem = cache.store(*key, built.graph);
  return built;
}

}  // namespace ruralatlas::project
