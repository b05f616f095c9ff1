#pragma once
// The keys every style file may carry whatever its renderer (labels, opacity, scale range,
// legend), written as read_style_file reads them, for the style writers.
#include <yaml-cpp/yaml.h>

#include "style/layer_style.hpp"

namespace ruralatlas::project {

/// Emits `labels:`, and opacity, min_scale, max_scale and show_in_legend where they differ
/// from the defaults, into the open mapping `out`.
void emit_common_style_keys(YAML::Emitter& out, const style::LayerStyle& style);

}  // namespace ruralatlas::project
