#pragma once
#include "core/crs.hpp"
#include "core/layer.hpp"

namespace ruralatlas::io {

/// The layer with every coordinate transformed to `target` (a copy; the input is untouched).
/// Same CRS: returned unchanged. A coordinate that cannot be transformed is an error naming
/// the feature.
core::Layer reproject(core::Layer layer, const core::Crs& target);

}  // namespace ruralatlas::io
