#pragma once
#include "core/crs.hpp"
#include "core/layer.hpp"

namespace ruralatlas::io {

/// The layer with every coordinate transformed to `target` (through CrsTransformer, in GIS axis
/// order); its crs becomes `target`. Taken by value: pass std::move(layer) to transform in place
/// without a copy, or an lvalue to keep the input untouched. Same CRS: returned unchanged.
/// Throws core::Error (InputData) naming the layer's file when there is no transformation between
/// the two CRSs, and also the feature (fid) when one of its coordinates cannot be transformed.
core::Layer reproject(core::Layer layer, const core::Crs& target);

}  // namespace ruralatlas::io
