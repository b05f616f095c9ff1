#pragma once
#include "core/crs.hpp"
#include "core/layer.hpp"

namespace ruralatlas::io {

/// The CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534–4554, central meridians 75°E–135°E,
/// no zone prefix) whose central meridian is nearest the layer's centre: a metric CRS with
/// scale error under 0.1% for data within ±1.5° of it.
core::Crs gauss_kruger_crs_for(const core::Layer& layer);
/// The same for an extent in `crs` (e.g. a layer header's, before its features are read);
/// `source` names the layer in the error for an empty extent.
core::Crs gauss_kruger_crs_for(const core::Envelope& extent, const core::Crs& crs, const std::string& source);

}  // namespace ruralatlas::io
