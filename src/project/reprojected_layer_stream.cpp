#include "project/reprojected_layer_stream.hpp"

#include <exception>
#include <thread>

#include "core/bounded_queue.hpp"
#include "core/error.hpp"
#include "io/crs_transformer.hpp"
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

void stream_layer_in_crs(const LayerFileSpec& spec, const std::optional<std::vector<std::string>>& only_fields,
                         const core::Crs& crs, const LayerStreamHandlers& handlers) {
  std::optional<io::CrsTransformer> transformer;
  core::Layer source_header;
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
  auto consume = [&] {
    try {
      while (auto features = batches.pop())
        for (auto& feature : *features) {
          if (handlers.keep && !handlers.keep(feature)) continue;
          if (transformer && !transformer->transform(feature.geometry))
            throw_untransformable(source_header, crs, feature.fid);
          handlers.on_feature(std::move(feature));
        }
    } catch (...) {
      consumer_error = std::current_exception();
      batches.close();
    }
  };
  try {
    io::stream_vector_layer(
        spec.source, vector_read_options(spec, only_fields),
        [&](const core::Layer& header) {
          source_header = header;
          transformer = transformer_for(header, crs);
          auto in_crs = header;
          in_crs.crs = crs;
          if (handlers.on_header) handlers.on_header(in_crs);
          consumer = std::jthread(consume);
        },
        [&](core::Feature&& feature) {
          batch.push_back(std::move(feature));
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
}

}  // namespace ruralatlas::project
