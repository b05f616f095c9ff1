#include "project/road_graph_loader.hpp"

#include <exception>
#include <optional>
#include <thread>

#include "analysis/road_graph_builder.hpp"
#include "core/bounded_queue.hpp"
#include "core/error.hpp"
#include "io/crs_transformer.hpp"
#include "io/layer_reprojector.hpp"
#include "io/vector_layer_reader.hpp"
#include "project/layer_loader.hpp"

namespace ruralatlas::project {

namespace {

/// Transformer from the source's CRS to `crs` (none when they are the same), errors naming the file.
std::optional<io::CrsTransformer> transformer_for(const core::Layer& header, const core::Crs& crs) {
  if (header.crs.definition == crs.definition) return std::nullopt;
  try {
    return io::CrsTransformer(header.crs, crs);
  } catch (const core::Error& e) {
    core::Diagnostic d = e.diagnostic();
    d.file = header.source;
    d.layer = header.name;
    throw core::Error(e.kind(), std::move(d));
  }
}

[[noreturn]] void throw_untransformable(const core::Layer& header, const core::Crs& crs, std::int64_t fid) {
  core::Diagnostic d;
  d.file = header.source;
  d.layer = header.name;
  d.row = fid;
  d.message = "feature " + std::to_string(fid) + " has coordinates that cannot be transformed from " +
              header.crs.label() + " to " + crs.label();
  d.hint = "check that the layer's coordinate system is right (a wrong .prj or `crs:` puts features far "
           "outside the area the system is made for)";
  throw core::Error(core::ErrorKind::InputData, std::move(d));
}

/// Thrown on the reading thread to stop reading when the consumer has failed.
struct Cancelled {};

}  // namespace

analysis::RoadGraph load_road_graph(const LayerFileSpec& roads, const core::Crs& crs,
                                    const analysis::RoadGraphOptions& options) {
  if (roads.service_area || !roads.joins.empty())
    return analysis::build_road_graph(io::reproject(load_layer(roads).layer, crs), options);
  std::optional<analysis::RoadGraphBuilder> builder;
  std::optional<io::CrsTransformer> transformer;
  core::Layer header;
  // OGR decodes the file on this thread while another reprojects and adds the roads: the two
  // halves take about as long as each other on a national network.
  constexpr std::size_t kBatch = 4096;
  core::BoundedQueue<std::vector<core::Feature>> batches(4);
  std::exception_ptr consumer_error;
  std::jthread consumer;
  std::vector<core::Feature> batch;
  auto send = [&] {
    if (!batches.push(std::move(batch))) throw Cancelled{};
    batch.clear();
    batch.reserve(kBatch);
  };
  try {
    io::stream_vector_layer(
        roads.source, vector_read_options(roads, std::vector<std::string>{options.class_field, options.surface_field}),
        [&](const core::Layer& source) {
          header = source;
          transformer = transformer_for(header, crs);
          auto in_crs = header;
          in_crs.crs = crs;
          builder.emplace(in_crs, options);
          consumer = std::jthread([&] {
            try {
              while (auto roads_in = batches.pop())
                for (auto& road : *roads_in) {
                  if (transformer && !transformer->transform(road.geometry)) throw_untransformable(header, crs, road.fid);
                  builder->add(road);
                }
            } catch (...) {
              consumer_error = std::current_exception();
              batches.close();
            }
          });
        },
        [&](core::Feature&& road) {
          batch.push_back(std::move(road));
          if (batch.size() == kBatch) send();
        });
    if (!batch.empty()) send();
  } catch (const Cancelled&) {
    // the consumer failed; its error is rethrown below
  } catch (...) {
    batches.close();
    throw;
  }
  batches.close();
  if (consumer.joinable()) consumer.join();
  if (consumer_error) std::rethrow_exception(consumer_error);
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
