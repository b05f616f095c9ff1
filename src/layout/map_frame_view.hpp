#pragma once
// Where a map frame looks and at what scale: the extent it must show (explicit, a layer's,
// or the map's), the room around it, an optional fixed or rounded scale.
#include "layout/page_content.hpp"
#include "layout/print_layout.hpp"
#include "render/map_view.hpp"

namespace ruralatlas::layout {

/// The map-CRS extent `frame` must show before margins. Throws core::Error: Config when
/// extent_layer is not a layer of the map, InputData when there is nothing to frame.
core::Envelope frame_target_extent(const MapFrameItem& frame, const MapContent& map);

/// The view of `frame` on a device with `px_per_mm` pixels per millimetre of paper. The
/// scale depends only on millimetres, never on the device resolution.
render::MapView frame_view(const MapFrameItem& frame, const MapContent& map, double px_per_mm);

/// 1:N rounded up to two significant digits (1:1,978,628 → 1:2,000,000; 1:58,824 → 1:59,000),
/// so a fitted map shrinks by less than 10 % and still fits.
double round_scale_up(double scale_denominator);

}  // namespace ruralatlas::layout
