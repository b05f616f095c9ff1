#include "io/layer_reprojector.hpp"

#include "core/error.hpp"
#include "io/crs_transformer.hpp"

namespace ruralatlas::io {

core::Layer reproject(core::Layer layer, const core::Crs& target) {
  if (layer.crs.definition == target.definition) return layer;
  auto transformer = [&] {
    try {
      return CrsTransformer(layer.crs, target);
    } catch (const core::Error& e) {
      core::Diagnostic d = e.diagnostic();
      d.file = layer.source;
      d.layer = layer.name;
      throw core::Error(e.kind(), std::move(d));
    }
  }();
  for (auto& feature : layer.features) {
    if (!transformer.transform(feature.geometry)) {
      core::Diagnostic d;
      d.file = layer.source;
      d.layer = layer.name;
      d.row = feature.fid;
      d.message = "feature " + std::to_string(feature.fid) + " has coordinates that cannot be transformed from " +
                  layer.crs.label() + " to " + target.label();
      d.hint = "check that the layer's coordinate system is right (a wrong .prj or `crs:` puts features far "
               "outside the area the system is made for)";
      throw core::Error(core::ErrorKind::InputData, std::move(d));
    }
  }
  layer.crs = target;
  return layer;
}

}  // namespace ruralatlas::io
