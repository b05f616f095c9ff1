#pragma once
// A layer file's features in a metric CRS, one at a time, without ever holding the layer: OGR
// decodes the file on the calling thread while a second thread filters, reprojects and hands
// each feature on. The two halves take about as long as each other on a national network.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/crs.hpp"
#include "core/layer.hpp"
#include "project/layer_file.hpp"

namespace ruralatlas::project {

struct LayerStreamHandlers {
  /// The layer's name, source and fields, already in the target CRS; called on the calling
  /// thread before any feature (e.g. to bind a filter to the fields).
  std::function<void(const core::Layer& header)> on_header;
  /// Optional: features it rejects are dropped before reprojection (e.g. unpaved roads).
  std::function<bool(const core::Feature& feature)> keep;
  /// Each kept feature, reprojected, in file order; called on the second thread.
  std::function<void(core::Feature&& feature)> on_feature;
};

/// Reads only `only_fields` (unset = all; the layer's key is not added). Throws core::Error as
/// io::stream_vector_layer does, or naming the feature whose coordinates cannot be transformed;
/// an exception from a handler stops the reading and is rethrown here. Layer files with joins
/// are not streamed: callers load them whole (a join may supply a column the handlers need).
void stream_layer_in_crs(const LayerFileSpec& spec, const std::optional<std::vector<std::string>>& only_fields,
                         const core::Crs& crs, const LayerStreamHandlers& handlers);

}  // namespace ruralatlas::project
