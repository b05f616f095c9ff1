#include "layout/map_frame_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::layout {

namespace {

core::Envelope padded(const core::Envelope& e, double pct) {
  const double dx = (e.max_corner().x() - e.min_corner().x()) * pct / 100.0;
  const double dy = (e.max_corner().y() - e.min_corner().y()) * pct / 100.0;
  return core::Envelope{{e.min_corner().x() - dx, e.min_corner().y() - dy},
                        {e.max_corner().x() + dx, e.max_corner().y() + dy}};
}

/// A single point (or a line along one axis) has no size: show 1 km around it.
core::Envelope with_minimum_size(const core::Envelope& e, double metres_per_unit) {
  const double min_half = 500.0 / metres_per_unit;
  const double cx = (e.min_corner().x() + e.max_corner().x()) / 2, cy = (e.min_corner().y() + e.max_corner().y()) / 2;
  const double half_w = std::max((e.max_corner().x() - e.min_corner().x()) / 2, 0.0);
  const double half_h = std::max((e.max_corner().y() - e.min_corner().y()) / 2, 0.0);
  if (half_w > 0 && half_h > 0) return e;
  const double hw = std::max(half_w, min_half), hh = std::max(half_h, min_half);
  return core::Envelope{{cx - hw, cy - hh}, {cx + hw, cy + hh}};
}

core::Point centre_of(const core::Envelope& e) {
  return {(e.min_corner().x() + e.max_corner().x()) / 2, (e.min_corner().y() + e.max_corner().y()) / 2};
}

}  // namespace

core::Envelope frame_target_extent(const MapFrameItem& frame, const MapContent& map) {
  if (frame.extent) return *frame.extent;
  core::Envelope extent = core::empty_envelope();
  if (!frame.extent_layer.empty()) {
    bool found = false;
    for (const auto& styled : map.layers) {
      if (styled.layer->name != frame.extent_layer) continue;
      found = true;
      core::expand(extent, styled.layer->extent());
    }
    if (!found) {
      core::Diagnostic d;
      d.layer = frame.extent_layer;
      d.message = "the map frame of map '" + frame.map + "' is to show layer '" + frame.extent_layer +
                  "', which is not one of the map's layers";
      d.hint = "set extent_layer to the name of a layer drawn on that map";
      throw core::Error(core::ErrorKind::Config, std::move(d));
    }
  } else if (!core::is_empty(map.extent)) {
    extent = map.extent;
  } else {
    for (const auto& styled : map.layers) core::expand(extent, styled.layer->extent());
  }
  if (core::is_empty(extent)) {
    core::Diagnostic d;
    d.layer = frame.extent_layer;
    d.message = "map '" + frame.map + "' has no features to frame";
    d.hint = "check that the map's layers are not empty, or give the frame an explicit extent";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  return extent;
}

render::MapView frame_view(const MapFrameItem& frame, const MapContent& map, double px_per_mm) {
  const QSizeF frame_px(frame.rect.width_mm * px_per_mm, frame.rect.height_mm * px_per_mm);
  const double dpi = px_per_mm * 25.4;
  const auto target = with_minimum_size(frame_target_extent(frame, map), map.metres_per_unit);
  if (frame.scale_denominator)
    return render::MapView::at_scale(centre_of(target), *frame.scale_denominator, frame_px, dpi, map.metres_per_unit);
  render::MapView fitted(padded(target, frame.margin_pct), frame_px, dpi, map.metres_per_unit);
  if (!frame.round_scale) return fitted;
  return render::MapView::at_scale(centre_of(target), round_scale_up(fitted.scale_denominator()), frame_px, dpi,
                                   map.metres_per_unit);
}

double round_scale_up(double scale_denominator) {
  if (!(scale_denominator > 0)) return scale_denominator;
  const double step = std::pow(10.0, std::floor(std::log10(scale_denominator)) - 1);  // two significant digits
  return std::ceil(scale_denominator / step * (1 - 1e-12)) * step;
}

}  // namespace ruralatlas::layout
