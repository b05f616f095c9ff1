#include "io/layer_reprojector.hpp"

#include <vector>

#include "core/error.hpp"
#include "io/spatial_reference.hpp"

namespace ruralatlas::io {

namespace {

class CoordinateTransformer {
 public:
  CoordinateTransformer(const core::Crs& from, const core::Crs& to)
      : m_from(detail::to_spatial_reference(from)), m_to(detail::to_spatial_reference(to)) {
    m_transform.reset(OGRCreateCoordinateTransformation(m_from.get(), m_to.get()));
    if (!m_transform)
      core::throw_input_error(from.label(), "no transformation from this coordinate system to " + to.label());
  }

  /// Transforms points in place; returns false if any failed.
  template <class Range>
  bool transform(Range& points) {
    const std::size_t n = points.size();
    if (n == 0) return true;
    m_x.resize(n);
    m_y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      m_x[i] = points[i].x();
      m_y[i] = points[i].y();
    }
    if (!m_transform->Transform(n, m_x.data(), m_y.data())) return false;
    for (std::size_t i = 0; i < n; ++i) points[i] = core::Point{m_x[i], m_y[i]};
    return true;
  }

 private:
  detail::SpatialReferencePtr m_from, m_to;
  detail::CoordinateTransformationPtr m_transform;
  std::vector<double> m_x, m_y;
};

bool transform_geometry(CoordinateTransformer& ct, core::Geometry& geometry) {
  if (auto* points = std::get_if<core::MultiPoint>(&geometry)) return ct.transform(*points);
  if (auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    for (auto& line : *lines)
      if (!ct.transform(line)) return false;
    return true;
  }
  if (auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    for (auto& polygon : *polygons) {
      if (!ct.transform(polygon.outer())) return false;
      for (auto& inner : polygon.inners())
        if (!ct.transform(inner)) return false;
    }
  }
  return true;
}

}  // namespace

core::Layer reproject(core::Layer layer, const core::Crs& target) {
  if (layer.crs.definition == target.definition) return layer;
  CoordinateTransformer ct(layer.crs, target);
  for (auto& feature : layer.features) {
    if (!transform_geometry(ct, feature.geometry)) {
      core::Diagnostic d;
      d.file = layer.source;
      d.layer = layer.name;
      d.row = feature.fid;
      d.message = "coordinates cannot be transformed from " + layer.crs.label() + " to " + target.label();
      d.hint = "check that the layer's coordinate system is right (a wrong .prj puts features far outside the zone)";
      throw core::Error(core::ErrorKind::InputData, std::move(d));
    }
  }
  layer.crs = target;
  return layer;
}

}  // namespace ruralatlas::io
